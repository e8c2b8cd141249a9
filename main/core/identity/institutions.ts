// The institutions of a reporting workspace and the keys bound to them. A key is bound only by an
// explicit act (the coordinator's `trust` after comparing fingerprints, or a drafter's `join` from
// its coordinator's signed invitation): nothing that arrives in a bundle can bind a key by itself.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/api/types';
import { coreError } from '../../../shared/core-messages';
import type { Db } from '../store/database';
import { fingerprint } from './fingerprint';
import { keyIdOf } from './minisign';

export type KeyState = 'trusted' | 'revoked' | 'retired';

export interface Institution {
  id: string;
  name: string;
  role: Role;
  self: boolean;
  paragraphs: string[];
  createdAt: string;
}

export interface BoundKey {
  keyId: string;
  publicKey: Buffer;
  fingerprint: string;
  institutionId: string;
  state: KeyState;
  boundAt: string;
  stateAt: string;
  lastSeq: number;
}

interface InstitutionRow { id: string; name: string; role: Role; is_self: number; paragraphs: string; created_at: string }
interface KeyRow { key_id: string; public_key: string; institution_id: string; state: KeyState; bound_at: string; state_at: string; last_seq: number }

const toInstitution = (r: InstitutionRow): Institution => ({
  id: r.id, name: r.name, role: r.role, self: r.is_self === 1, paragraphs: JSON.parse(r.paragraphs) as string[], createdAt: r.created_at,
});
const toKey = (r: KeyRow): BoundKey => {
  const publicKey = Buffer.from(r.public_key, 'base64');
  return {
    keyId: r.key_id, publicKey, fingerprint: fingerprint(publicKey), institutionId: r.institution_id,
    state: r.state, boundAt: r.bound_at, stateAt: r.state_at, lastSeq: r.last_seq,
  };
};

export function listInstitutions(db: Db): Institution[] {
  return (db.prepare('SELECT * FROM institution ORDER BY is_self DESC, name').all() as InstitutionRow[]).map(toInstitution);
}

export function selfInstitution(db: Db): Institution | undefined {
  const row = db.prepare('SELECT * FROM institution WHERE is_self = 1').get() as InstitutionRow | undefined;
  return row && toInstitution(row);
}

export function institutionById(db: Db, id: string): Institution | undefined {
  const row = db.prepare('SELECT * FROM institution WHERE id = ?').get(id) as InstitutionRow | undefined;
  return row && toInstitution(row);
}

export function requireInstitution(db: Db, name: string): Institution {
  const wanted = name.trim().normalize('NFC').toLocaleLowerCase();
  const found = listInstitutions(db).find((i) => i.name.normalize('NFC').toLocaleLowerCase() === wanted);
  if (!found) throw coreError('bundles.noInstitution', { name: name.trim() }, 'not_found');
  return found;
}

/** Our own row, made on first use: the coordinator gets a fresh id, a drafter the one in its invitation. */
export function ensureSelf(db: Db, name: string, role: Role, now: Date, id: string = randomUUID()): Institution {
  const existing = selfInstitution(db);
  if (existing) return existing;
  db.prepare('INSERT INTO institution (id, name, role, is_self, paragraphs, created_at) VALUES (?, ?, ?, 1, ?, ?)').run(id, name, role, '[]', now.toISOString());
  return selfInstitution(db)!;
}

export function addInstitution(db: Db, i: { id: string; name: string; role: Role; paragraphs: string[] }, now: Date): Institution {
  db.prepare('INSERT INTO institution (id, name, role, is_self, paragraphs, created_at) VALUES (?, ?, ?, 0, ?, ?)').run(
    i.id, i.name, i.role, JSON.stringify(i.paragraphs), now.toISOString(),
  );
  return institutionById(db, i.id)!;
}

export function setParagraphs(db: Db, id: string, paragraphs: string[]): void {
  db.prepare('UPDATE institution SET paragraphs = ? WHERE id = ?').run(JSON.stringify(paragraphs), id);
}

export function keyById(db: Db, keyId: string): BoundKey | undefined {
  const row = db.prepare('SELECT * FROM institution_key WHERE key_id = ?').get(keyId) as KeyRow | undefined;
  return row && toKey(row);
}

export function keysOf(db: Db, institutionId: string): BoundKey[] {
  return (db.prepare('SELECT * FROM institution_key WHERE institution_id = ? ORDER BY bound_at').all(institutionId) as KeyRow[]).map(toKey);
}

/** Every institution's trusted key (one each at most). */
export function trustedKeys(db: Db): BoundKey[] {
  return (db.prepare("SELECT * FROM institution_key WHERE state = 'trusted'").all() as KeyRow[]).map(toKey);
}

/** Binds a key as the institution's trusted key; a key it had before is retired. The caller holds the transaction. */
export function bindKey(db: Db, institutionId: string, publicKey: Buffer, now: Date): BoundKey {
  const keyId = keyIdOf(publicKey);
  const at = now.toISOString();
  const existing = keyById(db, keyId);
  if (existing && existing.state === 'revoked') throw coreError('bundles.keyRevoked', {}, 'conflict');
  if (existing && existing.institutionId !== institutionId) throw coreError('bundles.keyOfAnother', {}, 'conflict');
  if (existing?.state === 'trusted') return existing;
  db.prepare("UPDATE institution_key SET state = 'retired', state_at = ? WHERE institution_id = ? AND state = 'trusted'").run(at, institutionId);
  if (existing) db.prepare("UPDATE institution_key SET state = 'trusted', state_at = ? WHERE key_id = ?").run(at, keyId);
  else {
    db.prepare("INSERT INTO institution_key (key_id, public_key, institution_id, state, bound_at, state_at) VALUES (?, ?, ?, 'trusted', ?, ?)").run(
      keyId, publicKey.toString('base64'), institutionId, at, at,
    );
  }
  return keyById(db, keyId)!;
}

/** Revokes every key the institution has that is still trusted; returns how many. */
export function revokeKeys(db: Db, institutionId: string, now: Date): number {
  return db.prepare("UPDATE institution_key SET state = 'revoked', state_at = ? WHERE institution_id = ? AND state = 'trusted'").run(now.toISOString(), institutionId).changes;
}

export function recordSequence(db: Db, keyId: string, seq: number): void {
  db.prepare('UPDATE institution_key SET last_seq = ? WHERE key_id = ? AND last_seq < ?').run(seq, keyId, seq);
}
