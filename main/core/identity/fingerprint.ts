// The short form of a public key that two officials read to each other over the phone before the
// coordinator trusts a key: 25 digits in five groups (digits read the same in English, Russian and
// Kyrgyz). Each group is 5 bytes of a BLAKE2b-512 hash taken modulo 100000, as Signal's safety
// numbers do: about 83 bits, far beyond what anyone could match by generating keys.
import { blake2b512 } from './minisign';

const DOMAIN = Buffer.from('treaty-desk fingerprint v1\0', 'utf8');

export function fingerprint(rawPublicKey: Buffer): string {
  const h = blake2b512(Buffer.concat([DOMAIN, rawPublicKey]));
  const groups: string[] = [];
  for (let i = 0; i < 5; i++) groups.push((h.readUIntBE(i * 5, 5) % 100_000).toString().padStart(5, '0'));
  return groups.join(' ');
}

/** Accepts a fingerprint however it was copied (spaces, dashes, line breaks); null unless it has 25 digits. */
export function normalizeFingerprint(input: string): string | null {
  if (/[^\d\s\-.]/.test(input)) return null;
  const digits = input.replace(/\D/g, '');
  return digits.length === 25 ? digits.replace(/(\d{5})(?=\d)/g, '$1 ') : null;
}
