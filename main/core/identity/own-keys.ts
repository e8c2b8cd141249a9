// This workspace's own signing keys: made locally, stored only encrypted, unlocked for one signature.
import { type KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { coreError } from '../../../shared/core-messages';
import type { Db } from '../store/database';
import { fingerprint } from './fingerprint';
import { encodePublicKey, keyIdOf, rawPublicKey } from './minisign';
import type { SecretProtector } from './protector';

export interface OwnKey {
  keyId: string;
  publicKey: Buffer;
  fingerprint: string;
  createdAt: string;
  retiredAt: string | null;
}

export interface Signer extends OwnKey {
  privateKey: KeyObject;
}

interface Row {
  key_id: string;
  public_key: string;
  secret: string;
  created_at: string;
  retired_at: string | null;
}

const toKey = (r: Row): OwnKey => {
  const publicKey = Buffer.from(r.public_key, 'base64');
  return { keyId: r.key_id, publicKey, fingerprint: fingerprint(publicKey), createdAt: r.created_at, retiredAt: r.retired_at };
};

const context = (keyId: string) => `treaty-desk signing key ${keyId}`;

export function currentOwnKey(db: Db): OwnKey | undefined {
  const row = db.prepare('SELECT * FROM own_key WHERE retired_at IS NULL').get() as Row | undefined;
  return row && toKey(row);
}

export function ownKeys(db: Db): OwnKey[] {
  return (db.prepare('SELECT * FROM own_key ORDER BY created_at').all() as Row[]).map(toKey);
}

/** Makes a fresh Ed25519 key pair and stores it sealed. The caller holds the transaction. */
export function insertNewOwnKey(db: Db, protector: SecretProtector, now: Date): OwnKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  const keyId = keyIdOf(raw);
  const sealed = protector.seal(privateKey.export({ format: 'der', type: 'pkcs8' }), context(keyId));
  db.prepare('INSERT INTO own_key (key_id, public_key, secret, created_at) VALUES (?, ?, ?, ?)').run(keyId, raw.toString('base64'), sealed, now.toISOString());
  return currentOwnKey(db)!;
}

export function createOwnKey(db: Db, protector: SecretProtector, now: Date): OwnKey {
  return db.transaction(() => {
    if (currentOwnKey(db)) throw coreError('bundles.keyExists', {}, 'conflict');
    return insertNewOwnKey(db, protector, now);
  }).immediate();
}

/** The current key, unlocked. Refuses (without changing anything) when there is no key or the passphrase is wrong. */
export function unlockSigner(db: Db, protector: SecretProtector, keyId?: string): Signer {
  const row = (keyId
    ? db.prepare('SELECT * FROM own_key WHERE key_id = ?').get(keyId)
    : db.prepare('SELECT * FROM own_key WHERE retired_at IS NULL').get()) as Row | undefined;
  if (!row) throw coreError('bundles.noKey', {}, 'not_found');
  const der = protector.open(row.secret, context(row.key_id));
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return { ...toKey(row), privateKey };
}

export const publicKeyFile = (key: OwnKey): string => encodePublicKey(key.publicKey);
