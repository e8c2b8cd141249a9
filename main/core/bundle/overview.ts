// What the institutions page and `institutions` command show: who we are and our key's
// fingerprint, each institution with its paragraphs, keys and trust state, keys waiting for a
// confirmation, and the last bundle taken from each.
import type { IdentityView, InstitutionView, LastBundle } from '../../../shared/api/bundle-types';
import type { ImportSummary } from '../../../shared/merge/summary';
import { keysOf, listInstitutions, selfInstitution } from '../identity/institutions';
import { currentOwnKey, publicKeyFile } from '../identity/own-keys';
import { renameRefusal } from '../identity/rename-self';
import type { Db } from '../store/database';
import { readWorkspace } from '../store/workspace-store';
import { canJoin } from './join';
import { sightings } from './trust';

export function identityView(db: Db): IdentityView {
  const ws = readWorkspace(db);
  const key = currentOwnKey(db);
  return {
    workspaceId: ws.workspaceId,
    institution: ws.institution,
    role: ws.role,
    key: key ? { keyId: key.keyId, fingerprint: key.fingerprint, createdAt: key.createdAt } : null,
    publicKeyFile: key ? publicKeyFile(key) : null,
    canJoin: canJoin(db),
    paragraphs: selfInstitution(db)?.paragraphs ?? [],
    renameRefusal: renameRefusal(db, ws)?.text ?? null,
  };
}

export function institutionViews(db: Db): InstitutionView[] {
  const lastIn = db.prepare(
    `SELECT b.seq, b.created_at, b.imported_at, b.summary FROM bundle_in b JOIN institution_key k ON k.key_id = b.key_id
     WHERE k.institution_id = ? ORDER BY b.seq DESC, b.imported_at DESC LIMIT 1`,
  );
  const lastTry = db.prepare(
    `SELECT at, json_extract(detail, '$.outcome') AS outcome, json_extract(detail, '$.message') AS message FROM audit_log
     WHERE action = 'bundle.import' AND json_extract(detail, '$.signer.institutionId') = ? ORDER BY id DESC LIMIT 1`,
  );
  return listInstitutions(db).map((i): InstitutionView => {
    const keys = i.self ? [] : keysOf(db, i.id);
    const trusted = keys.some((k) => k.state === 'trusted');
    const row = lastIn.get(i.id) as { seq: number; created_at: string; imported_at: string; summary: string } | undefined;
    let lastBundle: LastBundle | null = null;
    if (row) {
      const s = JSON.parse(row.summary) as ImportSummary;
      lastBundle = {
        sequence: row.seq, createdAt: row.created_at, importedAt: row.imported_at,
        fastForwarded: s.fastForwarded.length, merged: s.merged.length, conflicts: s.conflicts.length, unchanged: s.unchanged.length,
      };
    }
    const attempt = lastTry.get(i.id) as { at: string; outcome: 'accepted' | 'unchanged' | 'rejected'; message: string | null } | undefined;
    return {
      id: i.id,
      name: i.name,
      role: i.role,
      self: i.self,
      paragraphs: i.paragraphs,
      trust: i.self || trusted ? 'trusted' : keys.some((k) => k.state === 'revoked') ? 'revoked' : 'awaiting_key',
      keys: keys.map((k) => ({ keyId: k.keyId, fingerprint: k.fingerprint, state: k.state, boundAt: k.boundAt, stateAt: k.stateAt, lastSequence: k.lastSeq })),
      pending: i.self ? [] : sightings(db, i.id).map((s) => ({ keyId: s.keyId, fingerprint: s.fingerprint, seenAt: s.seenAt, replaces: trusted })),
      lastBundle,
      lastAttempt: attempt ? { at: attempt.at, outcome: attempt.outcome, message: attempt.message ?? '' } : null,
    };
  });
}
