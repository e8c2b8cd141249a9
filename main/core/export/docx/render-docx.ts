// The report as a Word document: the title block, the replies in the list's order under headings
// that mirror it, the word count, and the statistical annex when tables are moved there.
import {
  AlignmentType, Document, type FileChild, Footer, Header, HeadingLevel, InternalHyperlink, Packer, PageNumber, Paragraph, TextRun,
} from 'docx';
import { refLabel } from '../../../../shared/export/refs';
import { REPORT_STRINGS, formatCount } from '../../../../shared/export/strings';
import { committeeName } from '../../../../shared/export/title';
import type { ReportModel, ReportPart } from '../../../../shared/export/types';
import { type FootnoteMap, inlineRuns } from './inlines';
import { CM, NUMBERING, PAGE, TEXT_INDENT, reportNumbering, reportStyles } from './styles';
import { tableBlock, tableBookmark } from './tables';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function titleBlock(m: ReportModel): Paragraph[] {
  const s = REPORT_STRINGS[m.language];
  const out: Paragraph[] = [];
  const committee = committeeName(m.committee, m.language);
  if (committee) out.push(new Paragraph({ style: 'Committee', children: [new TextRun(committee)] }));
  if (m.layout === 'review') {
    out.push(new Paragraph({ style: 'ReportTitle', children: [new TextRun(s.reviewTitle)] }));
    out.push(new Paragraph({ style: 'TitleLine', children: [new TextRun({ text: m.title, bold: true })] }));
    out.push(new Paragraph({ style: 'TitleLine', children: [new TextRun({ text: s.reviewNote, italics: true })] }));
  } else {
    out.push(new Paragraph({ style: 'ReportTitle', children: [new TextRun(`${m.title}${m.dueYear ? s.dueIn(m.dueYear) : ''}`)] }));
    if (m.submittedYear) out.push(new Paragraph({ style: 'TitleLine', children: [new TextRun(s.submitted(m.submittedYear))] }));
  }
  if (m.symbol) out.push(new Paragraph({ style: 'TitleLine', children: [new TextRun({ text: s.procedure(m.symbol), italics: true })] }));
  if (m.draft) out.push(new Paragraph({ style: 'Draft', children: [new TextRun(s.draft)] }));
  for (const note of m.draftNotes) out.push(new Paragraph({ style: 'TitleLine', children: [new TextRun({ text: note, color: 'A00000' })] }));
  return out;
}

function partChildren(p: ReportPart, m: ReportModel, footnotes: FootnoteMap, nextList: () => number): FileChild[] {
  const s = REPORT_STRINGS[m.language];
  switch (p.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[p.level - 1], children: [new TextRun(p.text)] })];
    case 'reply-heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_5, children: [new TextRun(p.text)] })];
    case 'subitem-heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_6, indent: { left: TEXT_INDENT + (p.depth - 1) * CM }, children: [new TextRun(p.text)] })];
    case 'question':
      return [
        new Paragraph({ style: 'Question', keepNext: true, children: [new TextRun(p.text)] }),
        ...(p.status ? [new Paragraph({ style: 'Status', children: [new TextRun(s.status(p.status))] })] : []),
      ];
    case 'pending':
      return [new Paragraph({ style: 'Pending', children: [new TextRun(s.pending)] })];
    case 'conflict-note':
      return [new Paragraph({ style: 'ConflictNote', keepNext: true, children: [new TextRun(p.text)] })];
    case 'paragraph':
      return [new Paragraph({ style: 'ReplyText', numbering: { reference: NUMBERING.paragraphs, level: 0 }, children: inlineRuns(p.children, footnotes) })];
    case 'quote':
      return [new Paragraph({ style: 'ReplyQuote', children: inlineRuns(p.children, footnotes) })];
    case 'list': {
      const instance = nextList();
      const reference = p.ordered ? NUMBERING.letters : NUMBERING.bullets;
      return p.items.map((item) => new Paragraph({ style: 'ReplyText', numbering: { reference, level: 0, instance }, children: inlineRuns(item, footnotes) }));
    }
    case 'table':
      return tableBlock(p.table, p.number, m.language);
    case 'table-ref':
      return [
        new Paragraph({
          style: 'CrossRef',
          children: [new InternalHyperlink({ anchor: tableBookmark(p.number), children: [new TextRun(s.seeAnnex(String(p.number), p.title))] })],
        }),
      ];
  }
}

export async function renderDocx(m: ReportModel): Promise<Buffer> {
  const s = REPORT_STRINGS[m.language];
  const footnotes: FootnoteMap = {};
  let lists = 0;
  const nextList = () => ++lists;
  const body: FileChild[] = [...titleBlock(m)];
  for (const p of m.parts) body.push(...partChildren(p, m, footnotes, nextList));
  if (m.layout === 'report') body.push(new Paragraph({ style: 'WordCount', children: [new TextRun(s.wordCount(formatCount(m.words, m.language)))] }));
  if (m.annex.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(s.annex)] }));
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(s.annexTitle)] }));
    for (const t of m.annex) {
      const lead = [new Paragraph({ style: 'TableNote', keepNext: true, children: [new TextRun({ text: s.annexRelates(refLabel(t.ref)), italics: true })] })];
      body.push(...tableBlock(t.table, t.number, m.language, { bookmark: true, lead }));
    }
  }
  body.push(new Paragraph({ style: 'Rule', children: [new TextRun('____________________')] }));

  const pageFooter = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] });
  const doc = new Document({
    title: m.title,
    subject: m.symbol ?? undefined,
    creator: 'Treaty Desk',
    description: m.draft ? s.draft : undefined,
    styles: reportStyles(m.language),
    numbering: reportNumbering(),
    footnotes,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: m.draft
          ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: s.draft, bold: true, color: 'A00000', size: 18 })] })] }) }
          : undefined,
        footers: { default: pageFooter },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
