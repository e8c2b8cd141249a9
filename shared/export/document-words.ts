// The words of the compiled report as Word counts the document: the title page, the headings, the
// replies with their footnotes, and the tables in the text. The budget the app shows counts the
// replies and footnotes only; a secretariat that counts the file also counts the rest, so the
// compile check gives this figure beside it. The statistical annex is not counted, as annexes are
// not.
import type { DataTableElement } from '../editor/types';
import { countWords } from '../text/word-count';
import { REPORT_STRINGS } from './strings';
import { groupLabel, headerLayout, isCaptionRow, periodUnits, usesMissingMarks } from './table-layout';
import { committeeName } from './title';
import type { ReportInline, ReportModel, ReportPart } from './types';

function inlineWords(children: readonly ReportInline[]): number {
  let n = 0;
  for (const c of children) {
    if ('text' in c) n += countWords(c.text);
    else if (c.type === 'link') n += inlineWords(c.children);
    else n += countWords(c.note);
  }
  return n;
}

function tableWords(t: DataTableElement, number: number, m: ReportModel): number {
  const s = REPORT_STRINGS[m.language];
  const notes = t.notes.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const texts = [
    s.table(String(number)),
    t.title,
    periodUnits(t),
    ...headerLayout(t.header).flatMap((row) => row.map((c) => c.text)),
    ...t.rows.flatMap((r) => (isCaptionRow(r) ? [groupLabel(r.cells)] : r.cells)),
    t.source.trim() ? `${s.source}: ${t.source}` : '',
    ...notes,
    notes.length ? s.notes : '',
    usesMissingMarks(t) ? s.symbols : '',
  ];
  return texts.reduce((n, x) => n + countWords(x), 0);
}

function partWords(p: ReportPart, m: ReportModel): number {
  const s = REPORT_STRINGS[m.language];
  switch (p.type) {
    case 'heading':
    case 'reply-heading':
    case 'subitem-heading':
    case 'question':
    case 'conflict-note':
      return countWords(p.text);
    case 'pending':
      return countWords(s.pending);
    case 'paragraph':
    case 'quote':
      return inlineWords(p.children);
    case 'list':
      return p.items.reduce((n, i) => n + inlineWords(i), 0);
    case 'table':
      return tableWords(p.table, p.number, m);
    case 'table-ref':
      return countWords(s.seeAnnex(String(p.number), p.title));
  }
}

/** The report's words as compiled, without the statistical annex. */
export function documentWords(m: ReportModel): number {
  const s = REPORT_STRINGS[m.language];
  const title = [
    committeeName(m.committee, m.language) ?? '',
    `${m.title}${m.dueYear ? s.dueIn(m.dueYear) : ''}`,
    m.submittedYear ? s.submitted(m.submittedYear) : '',
    m.symbol ? s.procedure(m.symbol) : '',
  ];
  return title.reduce((n, x) => n + countWords(x), 0) + m.parts.reduce((n, p) => n + partWords(p, m), 0);
}
