// Which kind of file the user gave us, read from its bytes (the name is only a hint), and the
// checks that refuse what can never be a list of issues before any parser sees it.
import { coreError } from '../../../shared/core-messages';
import { MAX_LOI_BYTES, loiTooLarge } from '../../../shared/loi/file-limits';

export type LoiFormat = 'text' | 'html' | 'docx' | 'pdf';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, n: number) => String.fromCharCode(...bytes.subarray(0, n));

export function detectFormat(bytes: Uint8Array, fileName: string): LoiFormat {
  if (bytes.length === 0) throw coreError('loiImport.empty', { file: fileName }, 'rejected');
  if (bytes.length > MAX_LOI_BYTES) throw loiTooLarge(fileName, bytes.length);
  // PDF allows up to 1 KB of junk before its header.
  if (ascii(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).includes('word/')) return 'docx';
    throw coreError('loiImport.zipNotDocx', { file: fileName }, 'rejected');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw coreError('loiImport.oldWord', { file: fileName }, 'rejected');
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw coreError('loiImport.rtf', { file: fileName }, 'rejected');
  const head = decodeText(bytes.subarray(0, 4096), fileName, false).slice(0, 4096);
  if (/<!doctype html|<html[\s>]|<body[\s>]|<(?:p|div|h[1-6]|table)[\s>]/i.test(head)) return 'html';
  return 'text';
}

/** Text in UTF-8 (with or without BOM), UTF-16 with a BOM, or a Windows code page for Cyrillic or Latin. */
export function decodeText(bytes: Uint8Array, fileName: string, check = true): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // Not UTF-8: Cyrillic text from older Windows tools is windows-1251, Western text windows-1252.
      const high = bytes.filter((b) => b >= 0xc0).length;
      const lowCyr = bytes.filter((b) => b >= 0xe0).length;
      text = new TextDecoder(lowCyr > high / 2 && high > 20 ? 'windows-1251' : 'windows-1252').decode(bytes);
    }
  }
  if (check) {
    // Control characters other than tab, line breaks and form feed mean binary data, not text.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
    const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
    if (controls > Math.max(8, text.length / 200)) {
      throw coreError('loiImport.notReadable', { file: fileName }, 'rejected');
    }
  }
  return text;
}
