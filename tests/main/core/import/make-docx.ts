// Builds a Word list of issues the way UN documents are set: typed paragraph numbers, sub-items as
// Word numbered lists (lettered, with roman sub-levels), real Word footnotes, the symbol in the page header.
import { AlignmentType, Document, FootnoteReferenceRun, Header, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

export type DocxBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string; note?: number }
  | { kind: 'item'; text: string; level: 0 | 1; list: number };

export async function makeDocx(symbol: string, front: string[], blocks: DocxBlock[], notes: Record<number, string>): Promise<Uint8Array> {
  const children = [
    ...front.map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] })),
    ...blocks.map((b) => {
      if (b.kind === 'heading') return new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] });
      if (b.kind === 'item') return new Paragraph({ text: b.text, numbering: { reference: 'items', level: b.level, instance: b.list } });
      return new Paragraph({ children: [new TextRun(b.text), ...(b.note ? [new FootnoteReferenceRun(b.note)] : [])] });
    }),
  ];
  const doc = new Document({
    footnotes: Object.fromEntries(Object.entries(notes).map(([n, t]) => [n, { children: [new Paragraph(t)] }])),
    numbering: {
      config: [{
        reference: 'items',
        levels: [
          { level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.START },
          { level: 1, format: LevelFormat.LOWER_ROMAN, text: '(%2)', alignment: AlignmentType.START },
        ],
      }],
    },
    sections: [{ headers: { default: new Header({ children: [new Paragraph(symbol)] }) }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
