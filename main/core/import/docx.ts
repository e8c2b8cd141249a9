// Word documents: mammoth turns the body, its numbered lists and its footnotes into HTML (page
// headers and footers, where running heads and job numbers live, are left out), then the HTML reader.
import { UserError } from '../../../shared/result';
import { htmlToLoiText } from './html';

export async function docxToLoiText(bytes: Uint8Array, fileName: string): Promise<string> {
  let html: string;
  try {
    // mammoth loads only when a Word file is read.
    const mammoth = (await import('mammoth')).default;
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw new UserError(`${fileName} could not be read as a Word document (${firstLine(e)}).`, 'rejected');
  }
  return htmlToLoiText(html);
}

export const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 160);
