// The one way a list-of-issues file enters Treaty Desk, from every door: detect the format from the
// bytes, extract the text, parse it. Every refusal is one line that names the file.
import { parseLoiText } from '../../../shared/loi/parse';
import type { ParsedLoi } from '../../../shared/loi/types';
import { UserError } from '../../../shared/result';
import { type LoiFormat, decodeText, detectFormat } from './detect';
import { docxToLoiText } from './docx';
import { htmlToLoiText } from './html';
import { pdfToLoiText } from './pdf';

export interface ReadLoi {
  format: LoiFormat;
  /** The text the parser read, in its line layout: what a user can check a warning's line number against. */
  text: string;
  loi: ParsedLoi;
}

/** A refusal from a converter or the parser, which do not know the file's name, with the name put in front. */
function named<T>(fileName: string, convert: () => T): T {
  try {
    return convert();
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`${fileName}: ${e.message}`, e.code, e.i18n && { key: e.i18n.key, params: { ...e.i18n.params, file: fileName } });
    throw e;
  }
}

export async function readLoiBytes(bytes: Uint8Array, fileName: string): Promise<ReadLoi> {
  const format = detectFormat(bytes, fileName);
  const text =
    format === 'pdf' ? await pdfToLoiText(bytes, fileName)
    : format === 'docx' ? await docxToLoiText(bytes, fileName)
    : format === 'html' ? named(fileName, () => htmlToLoiText(decodeText(bytes, fileName, false)))
    : decodeText(bytes, fileName);
  return { format, text, loi: named(fileName, () => parseLoiText(text, { fileName })) };
}
