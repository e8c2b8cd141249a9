// Builds a PDF list of issues the way UN documents are set: the symbol as running head, footnote
// citations as small raised numbers, footnotes in small type under a rule, job number and page
// number in the footer. pdf-lib's standard fonts are Latin-only, so the text is English or French.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface PdfPage {
  head?: string;
  /** Body lines; "^1" marks a footnote citation drawn as a raised small number. Leading spaces indent. */
  body: string[];
  notes?: string[];
  foot: string[];
}

export async function makePdf(pages: PdfPage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (const p of pages) {
    const page = pdf.addPage([595, 842]);
    if (p.head) page.drawText(p.head, { x: 70, y: 800, size: 10, font });
    let y = 770;
    for (const raw of p.body) {
      let x = 70 + (raw.length - raw.trimStart().length) * 6;
      for (const [i, part] of raw.trimStart().split(/\^(\d+|\*)/).entries()) {
        const marker = i % 2 === 1;
        const size = marker ? 6 : 10;
        if (part) page.drawText(part, { x, y: marker ? y + 4 : y, size, font });
        x += font.widthOfTextAtSize(part, size);
      }
      y -= 14;
    }
    if (p.notes?.length) {
      let ny = 60 + p.notes.length * 11 + 6;
      page.drawLine({ start: { x: 70, y: ny + 10 }, end: { x: 200, y: ny + 10 }, thickness: 0.5, color: rgb(0, 0, 0) });
      for (const n of p.notes) {
        const [marker, ...rest] = n.split(' ');
        page.drawText(marker, { x: 70, y: ny + 3, size: 6, font });
        page.drawText(rest.join(' '), { x: 80, y: ny, size: 8, font });
        ny -= 11;
      }
    }
    p.foot.forEach((f, i) => page.drawText(f, { x: i === 0 ? 70 : 480, y: 30, size: 8, font }));
  }
  return pdf.save();
}
