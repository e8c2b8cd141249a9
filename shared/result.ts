// Typed outcome of every call that crosses a process boundary: errors travel as data, never as throws.
export type ErrorCode = 'invalid_argument' | 'not_found' | 'conflict' | 'rejected' | 'internal' | 'unknown_method';

/** A message of the core by its key in shared/core-messages and its values, so a door can show it in the user's language. */
export interface MessageRef {
  key: string;
  params: Record<string, string | number>;
}

/** `error` is always the English one-line message; `i18n`, when present, names it for translation. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode; i18n?: MessageRef };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, error: string, i18n?: MessageRef): Result<never> => (i18n ? { ok: false, code, error, i18n } : { ok: false, code, error });

/** An error the core throws on purpose: its message is safe to show to the user as one line. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'invalid_argument',
    readonly i18n?: MessageRef,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
