// Verification of an answer bundle, in the order that trusts the least: the signature over the
// exact bytes, then who signed (a key bound here and not revoked), then which workspace, and only
// then the payload, read with limits and checked against what this signer may change. Read-only:
// verify-bundle and import-bundle both use it. Any failure refuses the whole bundle, except new text
// for a paragraph the signer is no longer assigned: that answer alone is refused (Opened.refused).
import type { BundleSigner, VerifyReport } from '../../../shared/api/bundle-types';
import { fingerprint } from '../identity/fingerprint';
import { type BoundKey, type Institution, institutionById, keyById, keysOf, selfInstitution, trustedKeys } from '../identity/institutions';
import type { Db } from '../store/database';
import { AUTO_MERGE_AUTHOR } from '../revisions/heads';
import { type RefusedAnswer, refuse, refusedAnswer } from '../revisions/validate-incoming';
import { readWorkspace } from '../store/workspace-store';
import { type OwnKey, ownKeys } from '../identity/own-keys';
import { type Unsealed, unseal } from './container';
import type { Prepared } from './prepare';
import type { HeldMerges } from '../revisions/held-merges';
import { paragraphOf } from './paragraphs';
import { BUNDLE_LIMITS, type Payload, decodePayload } from './payload';
import { BundleRejected, why } from './rejection';
import { payloadHash } from './sign';
import { type Claims, parseClaims } from './trusted-comment';

export interface Opened {
  unsealed: Unsealed;
  claims: Claims;
  hash: string;
  signer: BundleSigner;
  key: BoundKey;
  institution: Institution;
  /** Set when exactly this bundle was imported before; the payload is then not read again. */
  importedAt: string | null;
  payload: Payload | null;
  /** The highest sequence number taken from this key before (0: none). */
  lastSequence?: number;
  /** Answers whose new revisions are not taken (their paragraph is no longer the signer's); the rest of the bundle is. */
  refused?: Refusal[];
  /** Signed by this workspace itself: taken back (import.ts), its revisions as its own. */
  own?: boolean;
}

export type Refusal = RefusedAnswer;

/** The signer as the audit log and the import report describe it, once its signature held. */
function describeSigner(db: Db, u: Unsealed, c: Claims): BundleSigner {
  return { institutionId: c.institution, institution: institutionById(db, c.institution)?.name ?? null, keyId: u.key.keyId, fingerprint: fingerprint(u.key.raw) };
}

/**
 * The public keys whose bundles openBundle reads past the signer checks: the institutions' trusted
 * keys and this workspace's own current ones. An inbox's second thread reads only these (prepare.ts);
 * a bundle signed with any other key is refused here before its payload is inflated.
 */
export function keysReadFrom(db: Db): Buffer[] {
  return [...trustedKeys(db), ...ownKeys(db).filter((k) => k.retiredAt === null)].map((k) => k.publicKey);
}

/**
 * `prepared`: the same bytes as an inbox's second thread read them (prepare.ts); the checks below
 * run all the same. `held`: the inbox's merges not written yet (revisions/held-merges.ts).
 */
export function openBundle(db: Db, bytes: Buffer, prepared?: Prepared, held?: HeldMerges): Opened {
  if (bytes.length > BUNDLE_LIMITS.fileBytes) throw new BundleRejected('oversized', why('fileTooLarge', { mb: bytes.length / 1024 / 1024, max: BUNDLE_LIMITS.fileBytes / 1024 / 1024 }));
  const unsealed = prepared?.sealOf(bytes) ?? unseal(bytes);
  const claims = parseClaims(unsealed.sig.trustedComment);
  if (claims.keyId !== unsealed.key.keyId) throw new BundleRejected('altered', why('otherSigner', {}));
  const signer = describeSigner(db, unsealed, claims);
  const audit = { ...signer, publicKey: unsealed.key.raw.toString('base64'), sequence: claims.sequence, kind: claims.kind };
  const ws = readWorkspace(db);
  if (claims.workspace !== ws.workspaceId) throw new BundleRejected('wrong_workspace', why('otherWorkspace', { theirs: claims.workspace, ours: ws.workspaceId }), audit);
  // A drafter takes a newer invitation from its coordinator (changed paragraphs); anyone else joins with one.
  if (claims.kind === 'invitation' && ws.role !== 'drafter') throw new BundleRejected('wrong_kind', why('invitationNotImported', {}), audit);
  const own = ownKeys(db).find((k) => k.keyId === claims.keyId);
  if (own) return openOwn(db, unsealed, claims, own, signer, audit, prepared);

  const key = keyById(db, claims.keyId);
  const institution = institutionById(db, claims.institution);
  if (!key) {
    const hasTrusted = institution !== undefined && keysOf(db, institution.id).some((k) => k.state === 'trusted');
    if (hasTrusted) {
      throw new BundleRejected('new_key', why('newKey', { name: institution.name, fingerprint: signer.fingerprint }), audit);
    }
    const detail = institution ? why('unknownSigner', { fingerprint: signer.fingerprint, name: institution.name }) : why('unknownSignerUninvited', { fingerprint: signer.fingerprint });
    throw new BundleRejected('unknown_signer', detail, audit);
  }
  // The id is a 64-bit hash of the key: the whole key must be the one bound here under it.
  if (!key.publicKey.equals(unsealed.key.raw)) throw new BundleRejected('altered', why('keyNotBound', {}), audit);
  if (key.state === 'revoked') throw new BundleRejected('revoked_key', why('keyRevokedOn', { fingerprint: signer.fingerprint, date: key.stateAt.slice(0, 10) }), audit);
  if (key.state === 'retired') throw new BundleRejected('retired_key', why('keyReplacedOn', { fingerprint: signer.fingerprint, date: key.stateAt.slice(0, 10) }), audit);
  if (!institution || key.institutionId !== institution.id) throw new BundleRejected('altered', why('otherInstitutionsKey', {}), audit);
  if (ws.role === 'drafter' && institution.role !== 'coordinator') throw new BundleRejected('unauthorized', why('drafterTakesFromCoordinator', {}), audit);
  if (ws.role === 'coordinator' && institution.role !== 'drafter') throw new BundleRejected('unauthorized', why('coordinatorTakesFromDrafters', {}), audit);

  const hash = payloadHash(unsealed.payload);
  const seen = db.prepare('SELECT imported_at FROM bundle_in WHERE hash = ?').get(hash) as { imported_at: string } | undefined;
  const base = { unsealed, claims, hash, signer, key, institution };
  if (seen) return { ...base, importedAt: seen.imported_at, payload: null };
  // A number not above the last one taken is no reason to refuse: revisions are named by their
  // content and merge the same in any order, so an older bundle brings only what is not here yet,
  // and a drafter that restored a backup numbers its next bundles again from there.
  const payload = decodePayloadFor(unsealed, claims, audit, prepared);
  if (payload.signer.institution.name !== institution.name || payload.signer.role !== institution.role) {
    throw new BundleRejected('malformed', why('institutionNamedOtherwise', { claimed: payload.signer.institution.name.slice(0, 80), name: institution.name }), audit);
  }
  if (payload.invitation) addressedToUs(db, payload.invitation.institution, audit);
  // An institution's merge may be one held here, which one by one would be known by now.
  if (held && held.size > 0 && payload.revisions.some((r) => r.author === AUTO_MERGE_AUTHOR)) held.flush(db);
  const refused = authorize(db, payload, institution, ws.role, audit);
  return { ...base, importedAt: null, payload, lastSequence: key.lastSeq, refused };
}

/**
 * A bundle this workspace signed itself (with its current key): an answers bundle is taken back,
 * as after restoring a backup older than it the workspace lacks what it sent, and the
 * institutions' later bundles build on that. Nothing else of ours is imported.
 */
function openOwn(db: Db, unsealed: Unsealed, claims: Claims, own: OwnKey, signer: BundleSigner, audit: Record<string, unknown>, prepared?: Prepared): Opened {
  if (!own.publicKey.equals(unsealed.key.raw)) throw new BundleRejected('altered', why('ownKeyMismatch', {}), audit);
  // A key is replaced when it may be in other hands: what it signs is no longer ours. (What this
  // workspace sent with it before is here, or came back with the backup that had it as current.)
  if (own.retiredAt !== null) {
    throw new BundleRejected('retired_key', why('ownKeyReplaced', { fingerprint: own.fingerprint, date: own.retiredAt.slice(0, 10) }), audit);
  }
  if (claims.kind !== 'answers') throw new BundleRejected('wrong_kind', why('ownInvitation', {}), audit);
  const self = selfInstitution(db);
  const payload = decodePayloadFor(unsealed, claims, audit, prepared);
  if (!self || payload.signer.institution.id !== self.id) throw new BundleRejected('malformed', why('ownKeyOtherInstitution', {}), audit);
  const key: BoundKey = {
    keyId: own.keyId, publicKey: own.publicKey, fingerprint: own.fingerprint, institutionId: self.id,
    state: 'trusted', boundAt: own.createdAt, stateAt: own.retiredAt ?? own.createdAt, lastSeq: 0,
  };
  return { unsealed, claims, hash: payloadHash(unsealed.payload), signer, key, institution: self, importedAt: null, payload, own: true };
}

/** Reads the payload and checks that its signed header says what the trusted comment says. */
export function decodePayloadFor(unsealed: Unsealed, claims: Claims, audit?: Record<string, unknown>, prepared?: Prepared): Payload {
  let p: Payload;
  try {
    p = prepared?.payload() ?? decodePayload(unsealed.payload);
  } catch (e) {
    if (e instanceof BundleRejected) throw new BundleRejected(e.reason, e.detail, audit);
    throw e;
  }
  if (
    p.kind !== claims.kind || p.workspace !== claims.workspace || p.sequence !== claims.sequence || p.createdAt !== claims.createdAt ||
    p.signer.keyId !== claims.keyId || p.signer.institution.id !== claims.institution || p.signer.publicKey !== unsealed.key.raw.toString('base64')
  ) {
    throw new BundleRejected('malformed', why('headerDisagrees', {}), audit);
  }
  return p;
}

/** A newer invitation changes our own paragraphs only: one for another institution is not ours to take. */
function addressedToUs(db: Db, invited: { id: string; name: string }, audit: Record<string, unknown>): void {
  const self = selfInstitution(db);
  if (!self || invited.id !== self.id) {
    throw new BundleRejected('wrong_kind', self ? why('invitesAnother', { invited: invited.name.slice(0, 80), name: self.name }) : why('invitesAnotherNoSelf', { invited: invited.name.slice(0, 80) }), audit);
  }
}

/**
 * What is new in a drafter's bundle must be its own writing (else the whole bundle is refused), and
 * only its paragraphs may change. Revisions the coordinator has change nothing, whoever's paragraph
 * they are in; new ones for a paragraph that is no longer the signer's (the coordinator moved it,
 * and the drafter has not taken the new invitation yet) are refused answer by answer, so that its
 * work on the paragraphs it still has comes in.
 */
function authorize(db: Db, p: Payload, from: Institution, role: 'coordinator' | 'drafter', audit: Record<string, unknown>): Refusal[] {
  const ids = new Set<string>();
  for (const r of p.revisions) {
    if (ids.has(r.id)) throw new BundleRejected('malformed', why('revisionTwice', { revision: r.id.slice(0, 12) }), audit);
    ids.add(r.id);
  }
  const refOf = new Map(p.revisions.map((r) => [r.id, r.ref]));
  for (const [ref, head] of Object.entries(p.heads)) {
    if (refOf.get(head) !== ref) throw new BundleRejected('malformed', why('headMissing', { ref }), audit);
  }
  if (role !== 'coordinator') return [];
  const assigned = new Set(from.paragraphs);
  // The merge writes its own revisions when a drafter takes in the coordinator's text; they too are the drafter's to send.
  const ownWriting = (r: Payload['revisions'][number]) => r.author === from.name || r.author === AUTO_MERGE_AUTHOR;
  // Only a revision that breaks a rule is looked up: one this workspace has changes nothing.
  const known = db.prepare('SELECT 1 FROM revision WHERE id = ?');
  const fresh = p.revisions.filter((r) => (!ownWriting(r) || !assigned.has(paragraphOf(r.ref))) && !known.get(r.id));
  for (const r of fresh) {
    if (!ownWriting(r)) {
      throw new BundleRejected('unauthorized', why('authorMismatch', { revision: r.id.slice(0, 12), ref: r.ref, author: r.author.slice(0, 60), name: from.name }), audit);
    }
  }
  const outside = [...new Set(fresh.map((r) => r.ref))];
  return outside.map((ref) => refusedAnswer(ref, refuse('notAssigned', { paragraph: paragraphOf(ref), name: from.name })));
}

/** verify-bundle: everything import would check, without changing anything. Throws BundleRejected. */
export function verifyBundle(db: Db, bytes: Buffer): VerifyReport {
  const o = openBundle(db, bytes);
  const p = o.payload ?? decodePayloadFor(o.unsealed, o.claims);
  return {
    kind: o.claims.kind,
    workspaceId: o.claims.workspace,
    signer: o.signer,
    sequence: o.claims.sequence,
    createdAt: o.claims.createdAt,
    revisions: p.revisions.length,
    answers: Object.keys(p.heads).length,
    importedAt: o.importedAt,
    trustedComment: o.unsealed.sig.trustedComment,
    refused: o.refused ?? [],
  };
}
