// What the bundle, identity and institution methods return (shared/api/domains/bundles.ts).
import type { ImportSummary } from '../merge/summary';
import type { MessageRef } from '../result';
import type { Role } from './types';

export type RejectionReason =
  | 'not_a_bundle' | 'unsupported_version' | 'truncated' | 'altered' | 'malformed' | 'oversized'
  | 'unknown_signer' | 'new_key' | 'revoked_key' | 'retired_key' | 'wrong_workspace' | 'wrong_kind'
  | 'replay' | 'invalid_content' | 'unauthorized' | 'not_enrolled'
  /** Treaty Desk failed while importing it (a bug or the disk); nothing of it was kept. */
  | 'internal_error';

/** Files per bundle.importMany call (each call is one transaction). */
export const MANY_FILES = 500;

export type KeyState = 'trusted' | 'revoked' | 'retired';

export interface KeyView {
  keyId: string;
  fingerprint: string;
  createdAt: string;
}

export interface IdentityView {
  workspaceId: string;
  institution: string;
  role: Role;
  /** Our current signing key, if one was made. */
  key: KeyView | null;
  /** The public key as a minisign .pub file, for auditors. */
  publicKeyFile: string | null;
  /** The workspace is still the untouched seed, so it may join a reporting workspace from an invitation. */
  canJoin: boolean;
  /** A drafter: the paragraphs assigned to us. */
  paragraphs: string[];
  /** Why our institution's name can no longer change (a drafter's, or one a signed bundle carried out), or null while it can. */
  renameRefusal: string | null;
}

export interface BoundKeyView {
  keyId: string;
  fingerprint: string;
  state: KeyState;
  boundAt: string;
  stateAt: string;
  lastSequence: number;
}

export interface LastBundle {
  sequence: number;
  createdAt: string;
  importedAt: string;
  fastForwarded: number;
  merged: number;
  conflicts: number;
  unchanged: number;
}

/** A key seen on a bundle that was refused because nobody has confirmed it yet. */
export interface PendingKey {
  keyId: string;
  fingerprint: string;
  seenAt: string;
  replaces: boolean;
}

export interface InstitutionView {
  id: string;
  name: string;
  role: Role;
  self: boolean;
  paragraphs: string[];
  trust: 'trusted' | 'awaiting_key' | 'revoked';
  keys: BoundKeyView[];
  pending: PendingKey[];
  lastBundle: LastBundle | null;
  lastAttempt: { at: string; outcome: 'accepted' | 'unchanged' | 'rejected'; message: string } | null;
}

export interface BundleSigner {
  institutionId: string;
  institution: string | null;
  keyId: string;
  fingerprint: string;
}

/** An answer of a bundle that was not taken: why in English, and its key and values for the interface's language. */
export interface RefusedAnswer {
  ref: string;
  reason: string;
  i18n?: MessageRef;
}

export interface ImportReport extends ImportSummary {
  outcome: 'accepted' | 'unchanged' | 'rejected';
  reason: RejectionReason | null;
  /** One line for people: what happened, or why the bundle was refused. */
  message: string;
  /** A refused bundle: `message` by its key and values (shared/core-messages), to say it in the interface's language. */
  detail?: MessageRef;
  rejected: RefusedAnswer[];
  signer: BundleSigner | null;
  kind: 'answers' | 'invitation' | null;
  sequence: number | null;
  createdAt: string | null;
  revisions: number;
  /** Set when a bundle with a higher number from the same key was imported before: that number. */
  olderThan?: number | null;
  /** Its number equals the last one taken from this key, by another bundle (a drafter that restored a backup). */
  reusesNumber?: boolean;
  /** When exactly this bundle was imported before (outcome unchanged, nothing read again). */
  importedAt?: string | null;
  /** Answers among `rejected` refused because their paragraph is no longer assigned to the signer (the rest was taken). */
  notAssigned?: string[];
  /** A bundle this workspace signed itself, taken back (after restoring a backup older than it). */
  own?: boolean;
  /** A drafter took a newer invitation from its coordinator: the paragraphs assigned to it now and before. */
  assignment?: Reassignment | null;
}

export interface Reassignment {
  paragraphs: string[];
  was: string[];
  /** The invitation is older than one taken before (made at this time), so the paragraphs did not change. */
  olderThan: string | null;
}

export interface VerifyReport {
  kind: 'answers' | 'invitation';
  workspaceId: string;
  signer: BundleSigner;
  sequence: number;
  createdAt: string;
  revisions: number;
  answers: number;
  /** Set when this workspace has already imported exactly this bundle. */
  importedAt: string | null;
  trustedComment: string;
  /** Answers an import would not take (new text for a paragraph no longer the signer's), with why. */
  refused: RefusedAnswer[];
}

export interface FileOut {
  fileName: string;
  /** The file's bytes, base64: the door saves it (CLI), offers it as a download (browser) or a save dialog (desktop). */
  data: string;
  bytes: number;
}

export interface ExportResult extends FileOut {
  sequence: number;
  revisions: number;
  answers: number;
  fingerprint: string;
  /** Answers this institution changed outside the paragraphs assigned to it, and so were not sent. */
  notSent: string[];
}

export interface InviteResult extends FileOut {
  institution: string;
  paragraphs: string[];
  coordinatorFingerprint: string;
}

export interface JoinResult {
  institution: string;
  paragraphs: string[];
  /** A workspace that had joined took a newer invitation: what the coordinator assigned it before. */
  reassignment?: Reassignment;
  coordinator: string;
  coordinatorFingerprint: string;
  fingerprint: string;
}
