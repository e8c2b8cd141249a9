// The .tdbundle file: seven text lines, then the payload bytes.
//   1    "treaty-desk-bundle 1"
//   2-3  the signer's public key, exactly as a minisign .pub file
//   4-7  the signature of the payload, exactly as a minisign .minisig file
//   8-   the payload (gzip of UTF-8 JSON), signed byte for byte
// Nothing in the payload is read before the signature over these exact bytes has been checked.
import { type PublicKeyInfo, type Minisig, MinisignFormatError, decodeMinisig, decodePublicKeyLine, encodePublicKey, signMinisig, verifyMinisig } from '../identity/minisign';
import type { Signer } from '../identity/own-keys';
import { BundleRejected, why } from './rejection';

export const MAGIC = 'treaty-desk-bundle 1';
const HEADER_LINES = 7;
const MAX_LINE = 1100;

export interface Unsealed {
  /** Not yet trusted: the key that the signature verified against. */
  key: PublicKeyInfo;
  sig: Minisig;
  payload: Buffer;
}

export function seal(payload: Buffer, signer: Signer, trustedComment: string, untrustedComment: string): Buffer {
  const pub = encodePublicKey(signer.publicKey);
  const sig = signMinisig(payload, signer.privateKey, signer.keyId, trustedComment, untrustedComment);
  return Buffer.concat([Buffer.from(`${MAGIC}\n${pub}${sig}`, 'utf8'), payload]);
}

export interface Split {
  lines: string[];
  payload: Buffer;
}

/** Cuts the file into its seven header lines and the payload; checks the framing only. */
export function split(file: Buffer): Split {
  const lines: string[] = [];
  let at = 0;
  for (let i = 0; i < HEADER_LINES; i++) {
    const end = file.indexOf(0x0a, at);
    if (end < 0 || end - at > MAX_LINE) {
      const ours = file.subarray(0, 19).equals(Buffer.from('treaty-desk-bundle '));
      throw new BundleRejected(ours ? 'truncated' : 'not_a_bundle', why('signatureBlockIncomplete', {}));
    }
    try {
      lines.push(new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(at, end)));
    } catch {
      throw new BundleRejected(i === 0 ? 'not_a_bundle' : 'altered', why('signatureBlockNotUtf8', {}));
    }
    at = end + 1;
  }
  if (lines.some((l) => l.includes('\r'))) throw new BundleRejected('altered', why('carriageReturns', {}));
  if (lines[0] !== MAGIC) {
    throw new BundleRejected(lines[0].startsWith('treaty-desk-bundle ') ? 'unsupported_version' : 'not_a_bundle', why('firstLine', { line: lines[0].slice(0, 40) }));
  }
  const payload = file.subarray(at);
  if (payload.length === 0) throw new BundleRejected('truncated', why('noPayload', {}));
  return { lines, payload: Buffer.from(payload) };
}

/** The parts of a bundle as minisign's own files: payload, payload.minisig, signer.pub. */
export const minisignFiles = (s: Split) => ({ pub: `${s.lines[1]}\n${s.lines[2]}\n`, minisig: `${s.lines.slice(3, 7).join('\n')}\n`, payload: s.payload });

/** Splits the file and checks the signature over the exact payload bytes; parses nothing inside. */
export function unseal(file: Buffer): Unsealed {
  const u = readSeal(file);
  if (!verifyMinisig(u.payload, u.sig, u.key)) throw new BundleRejected('altered', why('signatureMismatch', {}));
  return u;
}

/**
 * The framing, key and signature lines read, the signature not yet checked: only unseal() above,
 * and a prepared bundle whose thread ran unseal() over the same bytes (prepare.ts), may use it.
 */
export function readSeal(file: Buffer): Unsealed {
  const { lines, payload } = split(file);
  if (!lines[1].startsWith('untrusted comment: ')) throw new BundleRejected('malformed', why('noKeyComment', {}));
  let key: PublicKeyInfo;
  let sig: Minisig;
  try {
    key = decodePublicKeyLine(lines[2]);
    sig = decodeMinisig(lines.slice(3, 7));
  } catch (e) {
    // minisign.ts says what is wrong by a code the catalogue words; anything else keeps its own words.
    throw new BundleRejected('malformed', e instanceof MinisignFormatError ? why(e.problem, {}) : (e as Error).message);
  }
  if (sig.keyId !== key.keyId) throw new BundleRejected('altered', why('notSignedByKey', {}));
  return { key, sig, payload };
}
