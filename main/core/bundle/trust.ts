// Key management on the coordinator: trusting an institution's key after the fingerprint was
// compared by phone, revoking it, and (on a drafter) replacing our own key. A key becomes
// trustable only after a bundle signed with it arrived and was refused: the audit log keeps the
// key that signature was checked against, and `trust` binds that key, never one from a file.
import { coreError } from '../../../shared/core-messages';
import { fingerprint, normalizeFingerprint } from '../identity/fingerprint';
import { type Institution, bindKey, keysOf, requireInstitution, revokeKeys } from '../identity/institutions';
import { keyIdOf } from '../identity/minisign';
import { currentOwnKey, insertNewOwnKey, unlockSigner } from '../identity/own-keys';
import type { SecretProtector } from '../identity/protector';
import type { Db } from '../store/database';
import { audit, readWorkspace } from '../store/workspace-store';

export interface Sighting {
  keyId: string;
  fingerprint: string;
  publicKey: Buffer;
  institutionId: string;
  seenAt: string;
}

/** Keys seen on refused bundles that claim to be from this institution, newest first, once each. */
export function sightings(db: Db, institutionId: string): Sighting[] {
  const rows = db
    .prepare(
      `SELECT at, json_extract(detail, '$.signer.publicKey') AS pk FROM audit_log
       WHERE action = 'bundle.import' AND json_extract(detail, '$.outcome') = 'rejected'
         AND json_extract(detail, '$.reason') IN ('unknown_signer', 'new_key')
         AND json_extract(detail, '$.signer.institutionId') = ?
       ORDER BY id DESC`,
    )
    .all(institutionId) as Array<{ at: string; pk: string | null }>;
  const bound = new Set((db.prepare('SELECT key_id FROM institution_key').all() as Array<{ key_id: string }>).map((r) => r.key_id));
  const out = new Map<string, Sighting>();
  for (const r of rows) {
    const raw = Buffer.from(r.pk ?? '', 'base64');
    if (raw.length !== 32) continue;
    const keyId = keyIdOf(raw);
    if (bound.has(keyId) || out.has(keyId)) continue;
    out.set(keyId, { keyId, fingerprint: fingerprint(raw), publicKey: raw, institutionId, seenAt: r.at });
  }
  return [...out.values()];
}

function requireCoordinator(db: Db): string {
  const ws = readWorkspace(db);
  if (ws.role !== 'coordinator') throw coreError('bundles.trustCoordinatorOnly', {}, 'rejected');
  return ws.institution;
}

function requireDrafting(db: Db, name: string): Institution {
  const inst = requireInstitution(db, name);
  if (inst.self || inst.role !== 'drafter') throw coreError('bundles.notDrafting', { name: inst.name }, 'rejected');
  return inst;
}

export function trustInstitution(db: Db, name: string, typed: string, now: Date): { institution: string; fingerprint: string; keyId: string; replaced: boolean } {
  const actor = requireCoordinator(db);
  const inst = requireDrafting(db, name);
  const fp = normalizeFingerprint(typed);
  if (!fp) throw coreError('bundles.fingerprintFormat', {});
  const current = keysOf(db, inst.id).find((k) => k.state === 'trusted');
  if (current?.fingerprint === fp) return { institution: inst.name, fingerprint: fp, keyId: current.keyId, replaced: false };
  const seen = sightings(db, inst.id).find((s) => s.fingerprint === fp);
  if (!seen) throw coreError('bundles.keyNotSeen', { fingerprint: fp, name: inst.name }, 'not_found');
  return db.transaction(() => {
    const key = bindKey(db, inst.id, seen.publicKey, now);
    audit(db, now, actor, 'institution.trust', { institution: inst.name, institutionId: inst.id, keyId: key.keyId, fingerprint: fp, replaces: current?.keyId ?? null });
    return { institution: inst.name, fingerprint: fp, keyId: key.keyId, replaced: current !== undefined };
  }).immediate();
}

export function revokeInstitution(db: Db, name: string, now: Date): { institution: string; revoked: number } {
  const actor = requireCoordinator(db);
  const inst = requireDrafting(db, name);
  return db.transaction(() => {
    const revoked = revokeKeys(db, inst.id, now);
    if (revoked === 0) throw coreError('bundles.nothingToRevoke', { name: inst.name }, 'not_found');
    audit(db, now, actor, 'institution.revoke', { institution: inst.name, institutionId: inst.id, revoked });
    return { institution: inst.name, revoked };
  }).immediate();
}

/** A drafter replaces its key; its coordinator confirms the new fingerprint (trust) before it counts. */
export function rotateOwnKey(db: Db, current: SecretProtector, next: SecretProtector, now: Date): { fingerprint: string; keyId: string; previous: string } {
  const ws = readWorkspace(db);
  if (ws.role !== 'drafter') throw coreError('bundles.coordinatorKeyFixed', {}, 'rejected');
  const old = currentOwnKey(db);
  if (!old) throw coreError('bundles.noKey', {}, 'not_found');
  unlockSigner(db, current);
  return db.transaction(() => {
    db.prepare('UPDATE own_key SET retired_at = ? WHERE key_id = ?').run(now.toISOString(), old.keyId);
    const key = insertNewOwnKey(db, next, now);
    audit(db, now, ws.institution, 'identity.rotate', { previous: old.keyId, keyId: key.keyId, fingerprint: key.fingerprint });
    return { fingerprint: key.fingerprint, keyId: key.keyId, previous: old.fingerprint };
  }).immediate();
}
