// Typed outcome of every call that crosses a process boundary: errors travel as data, never as throws.
export type ErrorCode = 'invalid_argument' | 'not_found' | 'conflict' | 'rejected' | 'internal' | 'unknown_method';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, error: string): Result<never> => ({ ok: false, code, error });

/** An error the core throws on purpose: its message is safe to show to the user as one line. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'invalid_argument',
  ) {
    super(message);
    this.name = 'UserError';
  }
}
