// Keeps a private key encrypted at rest. One interface, so that the desktop app can hold keys with
// Electron's safeStorage while the CLI and browser mode use a passphrase: scrypt derives a key from
// the passphrase and AES-256-GCM encrypts (and authenticates) the secret with it.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { coreError } from '../../../shared/core-messages';

export interface SecretProtector {
  readonly kind: string;
  /** Encrypts secret, binding it to `context` (e.g. the key id) so a sealed value cannot be swapped. */
  seal(secret: Buffer, context: string): string;
  /** Decrypts; throws a UserError when the passphrase (or store) does not open it. */
  open(sealed: string, context: string): Buffer;
}

export const MIN_PASSPHRASE = 8;
/** OWASP's scrypt floor (N=2^17, r=8, p=1): about a quarter of a second here, 128 MiB. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

const sealedSchema = z
  .object({
    v: z.literal(1),
    kdf: z.literal('scrypt'),
    N: z.number().int().min(2 ** 14).max(2 ** 20),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().max(64),
    iv: z.string().max(64),
    tag: z.string().max(64),
    data: z.string().max(4096),
  })
  .strict();

export function passphraseProtector(passphrase: string | undefined): SecretProtector {
  const need = (): string => {
    if (passphrase === undefined || passphrase === '') throw coreError('bundles.passphraseNeeded', {}, 'rejected');
    return passphrase;
  };
  const derive = (salt: Buffer, p: { N: number; r: number; p: number }) =>
    scryptSync(need().normalize('NFC'), salt, 32, { ...p, maxmem: 512 * p.N * p.r + 16 * 1024 * 1024 });
  return {
    kind: 'passphrase',
    seal(secret, context) {
      const pass = need();
      if ([...pass].length < MIN_PASSPHRASE) throw coreError('bundles.passphraseShort', { min: MIN_PASSPHRASE });
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', derive(salt, SCRYPT), iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(secret), cipher.final()]);
      const b64 = (b: Buffer) => b.toString('base64');
      return JSON.stringify({ v: 1, kdf: 'scrypt', ...SCRYPT, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) });
    },
    open(sealed, context) {
      const s = sealedSchema.parse(JSON.parse(sealed));
      const decipher = createDecipheriv('aes-256-gcm', derive(Buffer.from(s.salt, 'base64'), s), Buffer.from(s.iv, 'base64'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(s.tag, 'base64'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(s.data, 'base64')), decipher.final()]);
      } catch {
        throw coreError('bundles.wrongPassphrase', {}, 'rejected');
      }
    },
  };
}
