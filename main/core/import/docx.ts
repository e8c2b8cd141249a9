// Word documents: mammoth turns the body, its numbered lists and its footnotes into HTML (page
// headers and footers, where running heads and job numbers live, are left out), then the HTML reader.
import { MAX_LOI_BYTES } from '../../../shared/loi/file-limits';
import { coreError, coreMessage } from '../../../shared/core-messages';
import { checkZipSize } from '../zip-size-check';
import { htmlToLoiText } from './html';

// A list of issues is a few hundred kilobytes of Word markup and never a file over MAX_LOI_BYTES.
// mammoth builds a tree of every element in memory (a megabyte of markup in short paragraphs costs it
// some 250 MB), so the markup is held to ten times a long real list; pictures and fonts hardly shrink
// when zipped, so the whole package may unzip to twice the file limit.
const MAX_DOCX_MARKUP = 4 * 1024 * 1024;
const MAX_DOCX_UNZIPPED = 2 * MAX_LOI_BYTES;
const MB = 1024 * 1024;

export async function docxToLoiText(bytes: Uint8Array, fileName: string): Promise<string> {
  await checkZipSize(
    bytes,
    [
      { parts: /\.(xml|rels)$/i, max: MAX_DOCX_MARKUP, refusal: (mb) => coreMessage('loiImport.docxMarkupTooLarge', { file: fileName, mb, max: MAX_DOCX_MARKUP / MB }) },
      { max: MAX_DOCX_UNZIPPED, refusal: (mb) => coreMessage('loiImport.docxTooLarge', { file: fileName, mb, max: MAX_DOCX_UNZIPPED / MB }) },
    ],
    coreMessage('loiImport.docxDamaged', { file: fileName }),
    'rejected',
  );
  let html: string;
  try {
    // mammoth loads only when a Word file is read.
    const mammoth = (await import('mammoth')).default;
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw coreError('loiImport.docxUnreadable', { file: fileName, reason: firstLine(e) }, 'rejected');
  }
  return htmlToLoiText(html);
}

export const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 160);
