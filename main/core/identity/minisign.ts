// minisign's file formats and its hashed Ed25519 scheme ("ED": the signature is over the BLAKE2b-512
// hash of the exact bytes), so that any bundle can be checked with the standard `minisign -Vm` tool.
// Key id: the first 8 bytes of BLAKE2b-512 of the public key (minisign itself picks them at random;
// deriving them makes a key's id checkable). minisign prints a key id as the little-endian number.
import { type KeyObject, createHash, createPublicKey, sign, verify } from 'node:crypto';

export const SIG_ALG_HASHED = 'ED';
const PK_ALG = 'Ed';
export const MAX_COMMENT_BYTES = 1024;

export interface PublicKeyInfo {
  /** 8 bytes as 16 lowercase hex digits, in file order. */
  keyId: string;
  /** The raw 32-byte Ed25519 public key. */
  raw: Buffer;
}

export interface Minisig {
  keyId: string;
  signature: Buffer;
  trustedComment: string;
  globalSignature: Buffer;
  untrustedComment: string;
}

export const blake2b512 = (bytes: Uint8Array): Buffer => createHash('blake2b512').update(bytes).digest();

export function keyIdOf(rawPublicKey: Buffer): string {
  return blake2b512(rawPublicKey).subarray(0, 8).toString('hex');
}

/** How minisign shows a key id: the 8 bytes read as a little-endian number, in upper-case hex. */
export function displayKeyId(keyId: string): string {
  return Buffer.from(keyId, 'hex').reverse().toString('hex').toUpperCase();
}

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key follows it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyObject(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('An Ed25519 public key has 32 bytes.');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32));
}

/** The two lines of a minisign public key file. */
export function encodePublicKey(raw: Buffer): string {
  const keyId = keyIdOf(raw);
  const body = Buffer.concat([Buffer.from(PK_ALG), Buffer.from(keyId, 'hex'), raw]).toString('base64');
  return `untrusted comment: minisign public key ${displayKeyId(keyId)}\n${body}\n`;
}

/** What is wrong with a key or signature line as read: a code for each case (bundle refusals word it), the English as message. */
export type MinisignProblem =
  | 'keyNotEd25519' | 'keyIdMismatch' | 'signatureLines' | 'noUntrustedComment' | 'noTrustedComment' | 'signatureNotHashed' | 'notBase64' | 'badBase64';

export class MinisignFormatError extends Error {
  constructor(
    readonly problem: MinisignProblem,
    message: string,
  ) {
    super(message);
    this.name = 'MinisignFormatError';
  }
}

/** Reads the base64 line of a minisign public key; the key id must be the one derived from the key. */
export function decodePublicKeyLine(line: string): PublicKeyInfo {
  const bytes = strictBase64(line, 42);
  if (bytes.subarray(0, 2).toString('latin1') !== PK_ALG) throw new MinisignFormatError('keyNotEd25519', 'not an Ed25519 minisign public key');
  const raw = Buffer.from(bytes.subarray(10));
  const keyId = bytes.subarray(2, 10).toString('hex');
  if (keyId !== keyIdOf(raw)) throw new MinisignFormatError('keyIdMismatch', 'the public key does not match its key id');
  return { keyId, raw };
}

export function signMinisig(message: Uint8Array, privateKey: KeyObject, keyId: string, trustedComment: string, untrustedComment: string): string {
  checkComment(trustedComment);
  checkComment(untrustedComment);
  const signature = sign(null, blake2b512(message), privateKey);
  const global = sign(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), privateKey);
  const sigLine = Buffer.concat([Buffer.from(SIG_ALG_HASHED), Buffer.from(keyId, 'hex'), signature]).toString('base64');
  return `untrusted comment: ${untrustedComment}\n${sigLine}\ntrusted comment: ${trustedComment}\n${global.toString('base64')}\n`;
}

/** Parses the four lines of a .minisig file. Only the hashed variant is accepted. */
export function decodeMinisig(lines: readonly string[]): Minisig {
  if (lines.length !== 4) throw new MinisignFormatError('signatureLines', 'a signature has four lines');
  const [untrusted, sigLine, trusted, globalLine] = lines;
  if (!untrusted.startsWith('untrusted comment: ')) throw new MinisignFormatError('noUntrustedComment', 'the signature has no untrusted comment line');
  if (!trusted.startsWith('trusted comment: ')) throw new MinisignFormatError('noTrustedComment', 'the signature has no trusted comment line');
  const bytes = strictBase64(sigLine, 74);
  if (bytes.subarray(0, 2).toString('latin1') !== SIG_ALG_HASHED) throw new MinisignFormatError('signatureNotHashed', 'only hashed (ED) minisign signatures are accepted');
  return {
    keyId: bytes.subarray(2, 10).toString('hex'),
    signature: Buffer.from(bytes.subarray(10)),
    trustedComment: trusted.slice('trusted comment: '.length),
    globalSignature: strictBase64(globalLine, 64),
    untrustedComment: untrusted.slice('untrusted comment: '.length),
  };
}

/** True when both the signature over the message and the global signature over the trusted comment hold. */
export function verifyMinisig(message: Uint8Array, sig: Minisig, key: PublicKeyInfo): boolean {
  if (sig.keyId !== key.keyId) return false;
  const pk = publicKeyObject(key.raw);
  if (!verify(null, blake2b512(message), pk, sig.signature)) return false;
  return verify(null, Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]), pk, sig.globalSignature);
}

function checkComment(c: string): void {
  if (/[\r\n]/.test(c) || Buffer.byteLength(c, 'utf8') > MAX_COMMENT_BYTES) throw new Error('a minisign comment is one line of at most 1024 bytes');
}

/** Decodes canonical base64 of an exact length: anything else (padding games, junk) is refused. */
function strictBase64(line: string, bytes: number): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(line)) throw new MinisignFormatError('notBase64', 'not base64');
  const out = Buffer.from(line, 'base64');
  if (out.length !== bytes || out.toString('base64') !== line) throw new MinisignFormatError('badBase64', 'malformed base64 key or signature');
  return out;
}
