// A data table in Word as UN statistical tables are set: a numbered caption ("Table 3", a real SEQ
// caption field with its number already filled in) and a bold title, horizontal rules only, header
// rows that repeat on every page, figures aligned right, then the source, the notes and the legend
// of the missing-value marks.
import {
  AlignmentType, Bookmark, BorderStyle, type FileChild, type IBorderOptions, Paragraph, type ParagraphChild,
  SimpleField, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { DataTableElement } from '../../../../shared/editor/types';
import { REPORT_STRINGS } from '../../../../shared/export/strings';
import { columnWeights, groupLabel, headerLayout, isCaptionRow, isNumeric, periodUnits, usesMissingMarks } from '../../../../shared/export/table-layout';
import type { ReportLanguage } from '../../../../shared/export/types';
import { PAGE, TEXT_INDENT, TEXT_WIDTH } from './styles';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: '000000' };

export const tableBookmark = (n: number) => `Table${n}`;

function cellParagraph(text: string, align: 'left' | 'right' | 'center', marks: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  const alignment = align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new Paragraph({ style: 'TableText', alignment, children: text ? [new TextRun({ text, ...marks })] : [] });
}

export function captionParagraphs(t: DataTableElement, n: number, language: ReportLanguage, bookmark: boolean): Paragraph[] {
  const [before, after] = REPORT_STRINGS[language].table('\u0000').split('\u0000');
  // The caption number is a SEQ field with its result written in, so Word lists it among the
  // captions and shows the right number without asking to update fields.
  const label: ParagraphChild[] = [new TextRun(before), new SimpleField('SEQ Table \\* ARABIC', String(n)), ...(after ? [new TextRun(after)] : [])];
  const out = [new Paragraph({ style: 'Caption', children: bookmark ? [new Bookmark({ id: tableBookmark(n), children: label })] : label })];
  if (t.title.trim()) out.push(new Paragraph({ style: 'TableTitle', children: [new TextRun(t.title.trim())] }));
  const pu = periodUnits(t);
  if (pu) out.push(new Paragraph({ style: 'TableTitle', children: [new TextRun({ text: pu, bold: false })] }));
  return out;
}

function tableGrid(t: DataTableElement): Table {
  const width = t.columns.length;
  const wide = width > 6;
  const total = wide ? PAGE.width - PAGE.margin.left - PAGE.margin.right : TEXT_WIDTH;
  const weights = columnWeights(t);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const align = (col: number) => (isNumeric(t.columns[col]) ? 'right' : 'left');

  const header = headerLayout(t.header);
  const rows: TableRow[] = header.map(
    (cells, r) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.map(
          (c) =>
            new TableCell({
              columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
              rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
              verticalAlign: VerticalAlign.BOTTOM,
              // A rule under every spanning label shows which columns it groups, as UN tables do.
              borders: r + c.rowSpan === header.length || c.colSpan > 1 ? { bottom: THIN } : undefined,
              children: [cellParagraph(c.text, c.colSpan > 1 ? 'center' : align(c.col), { italics: true })],
            }),
        ),
      }),
  );
  for (const row of t.rows) {
    if (isCaptionRow(row)) {
      rows.push(new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: width > 1 ? width : undefined, children: [cellParagraph(groupLabel(row.cells), 'left', { italics: true })] })] }));
      continue;
    }
    // A group row with figures keeps its italics, as its caption would.
    const marks = row.role === 'total' ? { bold: true } : row.role === 'group' ? { italics: true } : {};
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.cells.map((cell, i) => new TableCell({ borders: row.role === 'total' ? { top: THIN } : undefined, children: [cellParagraph(cell.trim(), align(i), marks)] })),
      }),
    );
  }
  if (rows.length === 0) rows.push(new TableRow({ children: t.columns.map(() => new TableCell({ children: [cellParagraph('', 'left')] })) }));

  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    indent: { size: wide ? 0 : TEXT_INDENT, type: WidthType.DXA },
    margins: { left: 57, right: 57 },
    borders: { top: THIN, bottom: THICK, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
  });
}

function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ style: 'TableNote', children: [new TextRun({ text: `${label}: `, italics: true }), new TextRun(text)] });
}

export function tableNotes(t: DataTableElement, language: ReportLanguage): Paragraph[] {
  const s = REPORT_STRINGS[language];
  const out: Paragraph[] = [];
  if (t.source.trim()) out.push(labelled(s.source, t.source.trim()));
  const notes = t.notes.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  notes.forEach((line, i) => out.push(i === 0 ? labelled(s.notes, line) : new Paragraph({ style: 'TableNote', children: [new TextRun(line)] })));
  if (usesMissingMarks(t)) out.push(new Paragraph({ style: 'TableNote', children: [new TextRun(s.symbols)] }));
  // Space after the table block before the next reply paragraph.
  out.push(new Paragraph({ style: 'TableNote', children: [] }));
  return out;
}

/** Caption, table and notes, in the reply where the table stands or in the annex. */
export function tableBlock(t: DataTableElement, n: number, language: ReportLanguage, opts: { bookmark: boolean; lead?: Paragraph[] } = { bookmark: false }): FileChild[] {
  return [...captionParagraphs(t, n, language, opts.bookmark), ...(opts.lead ?? []), tableGrid(t), ...tableNotes(t, language)];
}
