// An institution joins a reporting workspace from its coordinator's signed invitation: the list of
// issues and the current answers come in, the coordinator's key is bound (the invitation is where
// a drafter first learns it; join prints its fingerprint to compare by phone), and a key of our own
// is made. Into a new workspace file (CLI), or over the untouched seed workspace (desktop, browser).
// A workspace that has joined takes a newer invitation from the same coordinator as an import
// (import.ts): its paragraphs change, its key and its text stay.
import type { JoinResult } from '../../../shared/api/bundle-types';
import { coreError } from '../../../shared/core-messages';
import { UserError } from '../../../shared/result';
import { addInstitution, bindKey, ensureSelf, recordSequence, selfInstitution, setParagraphs } from '../identity/institutions';
import { currentOwnKey } from '../identity/own-keys';
import { fingerprint } from '../identity/fingerprint';
import { insertNewOwnKey } from '../identity/own-keys';
import type { SecretProtector } from '../identity/protector';
import type { Db } from '../store/database';
import { audit, hasWorkspace, readWorkspace } from '../store/workspace-store';
import { unseal } from './container';
import { applyRevisions, importBundle } from './import';
import { BUNDLE_LIMITS } from './payload';
import { BundleRejected, why } from './rejection';
import { payloadHash } from './sign';
import { writeSnapshot } from './snapshot';
import { parseClaims } from './trusted-comment';
import { decodePayloadFor } from './verify';

const TABLES_OF_WORK = ['answer', 'revision', 'own_key', 'institution', 'bundle_in', 'bundle_out', 'loi_import'];
/** The seed's own list of issues, which joining replaces (in an order that deletes what points at the tree first). */
const DOCUMENT_TABLES = ['footnote', 'limit_rule', 'node', 'document'];

/**
 * The seed workspace made on first start, before anyone wrote in it, may still become a drafter's.
 * Besides our own tables, any table that points at the question tree (comments, assignments, …,
 * whoever added them) must be empty, since the tree is about to be replaced.
 */
export function canJoin(db: Db): boolean {
  if (!hasWorkspace(db)) return true;
  const ws = db.prepare('SELECT role FROM workspace WHERE id = 1').get() as { role: string };
  if (ws.role !== 'coordinator') return false;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((r) => r.name);
  const pointsAtTree = (t: string) => (db.pragma(`foreign_key_list("${t}")`) as Array<{ table: string }>).some((f) => f.table === 'node');
  const mustBeEmpty = tables.filter((t) => TABLES_OF_WORK.includes(t) || (!DOCUMENT_TABLES.includes(t) && pointsAtTree(t)));
  return mustBeEmpty.every((t) => db.prepare(`SELECT 1 FROM "${t}" LIMIT 1`).get() === undefined);
}

export function joinFromInvitation(db: Db, bytes: Buffer, protector: SecretProtector, now: Date): JoinResult {
  if (bytes.length > BUNDLE_LIMITS.fileBytes) throw new BundleRejected('oversized', why('fileTooLarge', { mb: bytes.length / 1024 / 1024, max: BUNDLE_LIMITS.fileBytes / 1024 / 1024 }));
  const unsealed = unseal(bytes);
  const claims = parseClaims(unsealed.sig.trustedComment);
  if (claims.keyId !== unsealed.key.keyId) throw new BundleRejected('altered', why('otherSigner', {}));
  if (claims.kind !== 'invitation') throw new BundleRejected('wrong_kind', why('answersNotInvitation', {}));
  const p = decodePayloadFor(unsealed, claims);
  const inv = p.invitation!;
  if (p.signer.role !== 'coordinator') throw new BundleRejected('unauthorized', why('onlyCoordinatorInvites', {}));
  if (inv.institution.id === p.signer.institution.id || inv.institution.name === p.signer.institution.name) {
    throw new BundleRejected('invalid_content', why('invitesCoordinator', {}));
  }
  if (!canJoin(db)) {
    if (joinedTo(db) === p.workspace) return takeNewInvitation(db, bytes, now);
    throw coreError('bundles.joinHoldsWork', {}, 'conflict');
  }
  const at = now.toISOString();
  return db.transaction((): JoinResult => {
    if (hasWorkspace(db)) {
      // The untouched seed: its list of issues gives way to the coordinator's, reference for reference.
      for (const t of DOCUMENT_TABLES) db.prepare(`DELETE FROM ${t}`).run();
      db.prepare("UPDATE workspace SET workspace_id = ?, institution = ?, role = 'drafter' WHERE id = 1").run(p.workspace, inv.institution.name);
    } else {
      db.prepare("INSERT INTO workspace (id, workspace_id, institution, role, created_at) VALUES (1, ?, ?, 'drafter', ?)").run(p.workspace, inv.institution.name, at);
    }
    writeSnapshot(db, inv.snapshot, now);
    const self = ensureSelf(db, inv.institution.name, 'drafter', now, inv.institution.id);
    setParagraphs(db, self.id, inv.paragraphs);
    const coordinator = addInstitution(db, { id: p.signer.institution.id, name: p.signer.institution.name, role: 'coordinator', paragraphs: [] }, now);
    const key = bindKey(db, coordinator.id, unsealed.key.raw, now);
    recordSequence(db, key.keyId, p.sequence);
    const own = insertNewOwnKey(db, protector, now);
    const summary = applyRevisions(db, p, coordinator, key.keyId, now);
    const hash = payloadHash(unsealed.payload);
    db.prepare('INSERT INTO bundle_in (hash, key_id, kind, seq, created_at, imported_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      hash, key.keyId, 'invitation', p.sequence, p.createdAt, at, JSON.stringify(summary),
    );
    const coordinatorFingerprint = fingerprint(unsealed.key.raw);
    audit(db, now, inv.institution.name, 'workspace.join', {
      workspace: p.workspace, coordinator: coordinator.name, coordinatorKey: key.keyId, coordinatorFingerprint, paragraphs: inv.paragraphs,
      key: own.keyId, fingerprint: own.fingerprint, sequence: p.sequence, hash, answers: Object.keys(p.heads).length,
    });
    return { institution: self.name, paragraphs: inv.paragraphs, coordinator: coordinator.name, coordinatorFingerprint, fingerprint: own.fingerprint };
  }).immediate();
}

/** The reporting workspace this one drafts for, once it has joined. */
function joinedTo(db: Db): string | null {
  if (!hasWorkspace(db)) return null;
  const ws = readWorkspace(db);
  return ws.role === 'drafter' ? ws.workspaceId : null;
}

/** Join again from a newer invitation: checked and taken like any bundle from the coordinator (its key, our institution). */
function takeNewInvitation(db: Db, bytes: Buffer, now: Date): JoinResult {
  const r = importBundle(db, bytes, now);
  if (r.outcome === 'rejected') throw new UserError(r.message, 'rejected', r.detail);
  const self = selfInstitution(db);
  const paragraphs = self?.paragraphs ?? [];
  return {
    institution: self?.name ?? readWorkspace(db).institution,
    paragraphs,
    // Taken before (the same file again): nothing changed.
    reassignment: r.assignment ?? { paragraphs, was: paragraphs, olderThan: null },
    coordinator: r.signer?.institution ?? '',
    coordinatorFingerprint: r.signer?.fingerprint ?? '',
    fingerprint: currentOwnKey(db)?.fingerprint ?? '',
  };
}
