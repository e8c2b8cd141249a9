// Why a bundle was refused: a stable reason code (for the audit log, the CLI's JSON and tests)
// and one line a user can act on. The line's words are the catalogue's
// (shared/core-messages/bundle-refusals.ts): the English for the CLI and the log, and the key and
// values with it, so that the window says it in Russian or Kyrgyz.
import type { RejectionReason } from '../../../shared/api/bundle-types';
import { type CoreMessage, messageText, messagesOf } from '../../../shared/core-messages';
import { type MessageRef, UserError } from '../../../shared/result';

export type { RejectionReason };

const DOMAIN = 'bundleRefusal.';

/** The detail of a refusal: what exactly was wrong, from the catalogue. */
export const why = messagesOf('bundleRefusal');

/** The whole line: the reason's words, then the detail (a catalogue message, or another's words kept as they are). */
function refusalOf(reason: RejectionReason, detail: CoreMessage | string): CoreMessage {
  const i18n: MessageRef =
    typeof detail === 'string'
      ? { key: `${DOMAIN}refusedSaying`, params: { reason, said: detail } }
      : { key: `${DOMAIN}refused`, params: { ...detail.i18n.params, reason, detail: detail.i18n.key.slice(DOMAIN.length) } };
  return { text: messageText(i18n, 'en')!, i18n };
}

export class BundleRejected extends UserError {
  constructor(
    readonly reason: RejectionReason,
    /** A string is a detail in another's words (zod's issue, an unexpected error), shown as it is in every language. */
    readonly detail: CoreMessage | string,
    /** What the audit log may keep about the signer, once its signature held. */
    readonly signer?: Record<string, unknown>,
  ) {
    const line = refusalOf(reason, detail);
    super(line.text, 'rejected', line.i18n);
    this.name = 'BundleRejected';
  }
}
