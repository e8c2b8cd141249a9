// Turns the bytes of a text file into text without guessing: UTF-8 (with or without BOM) and
// UTF-16 with a BOM are read; anything else is refused with a hint, unless the caller names
// windows-1251, the encoding Excel uses for "CSV" on Russian-language Windows.
import { type CoreMessage, coreError, coreMessage } from '../../../shared/core-messages';
import type { TextEncoding } from '../../../shared/tables/import-types';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: CoreMessage; suggested: TextEncoding | null };

export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): Decoded {
  if (encoding === 'windows-1251') return { ok: true, text: new TextDecoder('windows-1251').decode(bytes), encoding };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.subarray(0, 4096).includes(0)) throw coreError('tableImport.notText', {});
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, label: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: label };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    const cyrillic = looksLikeWindows1251(bytes);
    const where = { line, byte: `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}` };
    const message = cyrillic ? coreMessage('tableImport.notUtf8Cyrillic', where) : coreMessage('tableImport.notUtf8', where);
    return { ok: false, message, suggested: cyrillic ? 'windows-1251' : null };
  }
}

/** Offset of the first byte a strict decoder refuses, found chunk by chunk then by halving. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const fails = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  // Point at the start of the broken sequence (the lead byte), not at the byte that broke it.
  let k = lo - 1;
  while (k >= 0 && lo - k <= 3 && (bytes[k] & 0xc0) === 0x80) k--;
  const at = k >= 0 && lo - k <= 3 && bytes[k] >= 0xc0 ? k : lo;
  return Math.min(at, bytes.length - 1);
}

function countLines(bytes: Uint8Array, end: number): number {
  let n = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/**
 * Windows-1251 Cyrillic: most bytes above 0x7F are its letters (0xC0–0xFF, Ё 0xA8, ё 0xB8) and
 * they come in words. Latin-1 accents share that range but sit between ASCII letters ("été").
 */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 1 << 20);
  const asciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  let high = 0;
  let letters = 0;
  let beside = 0;
  sample.forEach((b, i) => {
    if (b < 0x80) return;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) letters++;
    if (asciiLetter(sample[i - 1]) || asciiLetter(sample[i + 1])) beside++;
  });
  return high > 0 && letters / high > 0.8 && beside / high < 0.3;
}
