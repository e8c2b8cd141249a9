// Keys at rest and their fingerprints: the private key is stored only encrypted under the
// passphrase, a wrong passphrase unlocks nothing, and fingerprints read the same however typed.
import { describe, expect, it } from 'vitest';
import { fingerprint, normalizeFingerprint } from '../../../../main/core/identity/fingerprint';
import { createOwnKey, currentOwnKey, unlockSigner } from '../../../../main/core/identity/own-keys';
import { passphraseProtector } from '../../../../main/core/identity/protector';
import { seededDb } from '../../../helpers/workspace';

describe('own signing key', () => {
  it('is stored encrypted and unlocks only with its passphrase', () => {
    const db = seededDb();
    const key = createOwnKey(db, passphraseProtector('correct horse battery'), new Date('2026-01-05T10:00:00Z'));
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(key.fingerprint).toMatch(/^\d{5}( \d{5}){4}$/);
    const row = db.prepare('SELECT secret FROM own_key').get() as { secret: string };
    const sealed = JSON.parse(row.secret) as Record<string, unknown>;
    expect(sealed).toMatchObject({ kdf: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(row.secret).not.toContain('MC4CAQAwBQYDK2Vw'); // the PKCS#8 header of a bare Ed25519 key

    expect(unlockSigner(db, passphraseProtector('correct horse battery')).keyId).toBe(key.keyId);
    expect(() => unlockSigner(db, passphraseProtector('wrong horse battery'))).toThrow('Wrong passphrase');
    expect(() => unlockSigner(db, passphraseProtector(undefined))).toThrow(/passphrase is needed/);
    expect(() => createOwnKey(db, passphraseProtector('another passphrase'), new Date())).toThrow(/already has a signing key/);
    expect(currentOwnKey(db)?.keyId).toBe(key.keyId);
  });

  it('refuses a short passphrase and leaves no key behind', () => {
    const db = seededDb();
    expect(() => createOwnKey(db, passphraseProtector('short'), new Date())).toThrow(/at least 8 characters/);
    expect(currentOwnKey(db)).toBeUndefined();
  });

  it('a sealed secret moved to another key id does not open', () => {
    const db = seededDb();
    const key = createOwnKey(db, passphraseProtector('correct horse battery'), new Date());
    const { secret } = db.prepare('SELECT secret FROM own_key').get() as { secret: string };
    // Another id for certain: a random id may begin with 'f' already (one run in sixteen).
    const other = `${key.keyId[0] === 'f' ? 'e' : 'f'}${key.keyId.slice(1)}`;
    expect(() => passphraseProtector('correct horse battery').open(secret, `treaty-desk signing key ${other}`)).toThrow('Wrong passphrase');
  });
});

describe('fingerprint', () => {
  it('is 25 digits in five groups and accepts them however they were copied', () => {
    const fp = fingerprint(Buffer.alloc(32, 7));
    expect(fp).toMatch(/^\d{5} \d{5} \d{5} \d{5} \d{5}$/);
    expect(fingerprint(Buffer.alloc(32, 8))).not.toBe(fp);
    expect(normalizeFingerprint(fp)).toBe(fp);
    expect(normalizeFingerprint(` ${fp.replaceAll(' ', '-')}\n`)).toBe(fp);
    expect(normalizeFingerprint(fp.replaceAll(' ', ''))).toBe(fp);
    expect(normalizeFingerprint(fp.slice(0, -1))).toBeNull();
    expect(normalizeFingerprint(`${fp}x`)).toBeNull();
  });
});
