// Why a bundle was refused: a stable reason code (for the audit log, the CLI's JSON and tests)
// and one line a user can act on.
import type { RejectionReason } from '../../../shared/api/bundle-types';
import { UserError } from '../../../shared/result';

export type { RejectionReason };

const PREFIX: Record<RejectionReason, string> = {
  not_a_bundle: 'This is not a Treaty Desk bundle',
  // The detail says whether the bundle is older or newer, and so who has to update.
  unsupported_version: 'This bundle is in a format this app does not read',
  truncated: 'The bundle is incomplete (truncated in transit?)',
  altered: 'The bundle was altered or damaged after it was signed',
  malformed: 'The bundle is malformed',
  oversized: 'The bundle is too large',
  unknown_signer: 'The bundle is signed by a key this workspace does not trust',
  new_key: 'The bundle is signed by a new key that has not been confirmed',
  revoked_key: 'The bundle is signed by a revoked key',
  retired_key: 'The bundle is signed by a key that was replaced',
  wrong_workspace: 'The bundle belongs to another reporting workspace',
  wrong_kind: 'This file cannot be imported here',
  // No longer given (an older bundle is taken like any other); kept for audit entries written before.
  replay: 'The bundle is older than one already imported from this signer (replay)',
  invalid_content: 'The bundle\'s contents are invalid',
  // Given for the sender's role, writing attributed to another institution, an invitation not from a
  // coordinator: one line that holds for each, the detail says which.
  unauthorized: 'The institution that signed the bundle may not send what it contains',
  not_enrolled: 'This workspace has not joined a reporting workspace yet',
  internal_error: 'Treaty Desk failed while importing this bundle and kept nothing of it',
};

export class BundleRejected extends UserError {
  constructor(
    readonly reason: RejectionReason,
    readonly detail: string,
    /** What the audit log may keep about the signer, once its signature held. */
    readonly signer?: Record<string, unknown>,
  ) {
    super(`${PREFIX[reason]}: ${detail}.`, 'rejected');
    this.name = 'BundleRejected';
  }
}
