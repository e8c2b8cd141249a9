// Turns a grid read from a file or the clipboard into a table: how many rows are column headers,
// what kind each column holds, which rows are group captions or totals, which columns are totals.
// These are guesses the official sees and can change; the cell texts are kept exactly.
import type { CellKind, DataTableElement, TableColumn, TableRow } from '../editor/types';
import { LIMITS } from '../editor/schema';
import { coreError } from '../core-messages';
import { parseCell } from './cells';
import type { SourceGrid } from './clipboard';
import { type IdSource, freshId } from './ids';

export interface TableMeta {
  title?: string;
  source?: string;
  period?: string;
  units?: string;
  notes?: string;
}

/** "Total", "Sub-total", "Всего", "Итого", "Жалпы", "Баары": a label that declares a total. */
export const TOTAL_LABEL = /^(?:grand\s+total|sub-?\s?total|totals?|всего|итого|в\s+целом|итог|жалпы|баары|бардыгы|жыйынтык)(?=$|[\s:,.(–-])/i;

/** Refuses a grid the table model cannot hold, with the numbers that matter. */
export function checkSize(rows: number, columns: number): void {
  if (columns > LIMITS.tableColumns) throw coreError('tableEdit.tooManyColumns', { columns, max: LIMITS.tableColumns });
  if (rows > LIMITS.tableRows) throw coreError('tableEdit.tooManyRows', { rows, max: LIMITS.tableRows });
  if (rows * columns > LIMITS.tableCells) throw coreError('tableEdit.tooManyCells', { cells: rows * columns, max: LIMITS.tableCells });
}

/** Drops trailing blank rows and columns and trims every cell. */
export function trimGrid(grid: SourceGrid): SourceGrid {
  const rows = grid.map((r) => r.map((c) => ({ ...c, text: c.text.trim() })));
  while (rows.length && rows[rows.length - 1].every((c) => c.text === '')) rows.pop();
  let width = 0;
  for (const r of rows) for (let c = r.length - 1; c >= width; c--) if (r[c].text !== '') width = c + 1;
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { text: '' }));
}

const isNumberish = (text: string) => {
  const v = parseCell(text, 'decimal');
  return v.type === 'number' || (v.type === 'invalid' && v.reason === 'ambiguous-separator') || /^[-−+]?[\d\s.,]+\s?%$/.test(text);
};

/**
 * Leading rows that hold labels only: the first row (when there is more than one), then the rows
 * with labels past the first column before the first row with a number there.
 */
export function headerRowCount(grid: SourceGrid): number {
  if (grid.length < 2) return 0;
  const firstNumbers = grid.findIndex((row, r) => r > 0 && row.slice(1).some((c) => isNumberish(c.text)));
  if (firstNumbers < 0) return 1;
  // A row with only a first-column label is a group caption ("North"), which ends the header.
  let n = 1;
  while (n < Math.min(firstNumbers, LIMITS.headerRows) && grid[n].slice(1).some((c) => c.text !== '')) n++;
  return n;
}

/** The kind that reads every body value of a column; the first column holds row labels. */
export function inferKind(values: string[], first: boolean): CellKind {
  if (first) return 'text';
  const present = values.filter((v) => parseCell(v, 'text').type === 'text');
  if (present.length === 0) return 'integer';
  if (present.every((v) => v.trim().endsWith('%') && parseCell(v, 'percent').type === 'number')) return 'percent';
  if (present.every((v) => parseCell(v, 'integer').type === 'number')) return 'integer';
  if (present.every((v) => parseCell(v, 'decimal').type === 'number')) return 'decimal';
  return 'text';
}

export function tableFromGrid(source: SourceGrid, ids: IdSource, meta: TableMeta = {}): DataTableElement {
  const grid = trimGrid(source);
  if (grid.length === 0) throw coreError('tableEdit.noData', {});
  const width = grid[0].length;
  checkSize(grid.length, width);
  const long = grid.flat().find((c) => c.text.length > LIMITS.cellChars);
  if (long) throw coreError('tableEdit.cellTooLong', { chars: long.text.length, max: LIMITS.cellChars });

  const h = headerRowCount(grid);
  const header = grid.slice(0, h).map((row, r) =>
    row.map((cell, c) => {
      // A cell covered by a merge repeats its label (that is a span); a vertical merge leaves a blank.
      if (cell.continues) return cell.continues === 'left' ? cell.text : '';
      // A CSV export leaves blanks right of a merged label in the upper header rows: they continue it.
      if (cell.text === '' && r < h - 1 && grid[h - 1][c].text !== '') return labelToTheLeft(row, c);
      return cell.text;
    }),
  );
  const body = grid.slice(h).map((row) => row.map((cell) => (cell.continues ? '' : cell.text)));

  const taken = new Set<string>();
  const columns: TableColumn[] = Array.from({ length: width }, (_, c) => {
    const kind = inferKind(body.map((r) => r[c]), c === 0 && width > 1);
    const label = header.map((row) => row[c]).find((l) => TOTAL_LABEL.test(l));
    return { id: freshId(ids, 'column', taken), kind, ...(label && kind !== 'text' ? { total: true as const } : {}) };
  });
  const numeric = columns.some((c) => c.kind !== 'text');
  const rows: TableRow[] = body.map((cells) => {
    const label = cells[0] ?? '';
    const role: TableRow['role'] = TOTAL_LABEL.test(label)
      ? 'total'
      : numeric && width > 1 && label !== '' && cells.slice(1).every((v) => v === '')
        ? 'group'
        : 'data';
    return { id: freshId(ids, 'row', taken), role, cells };
  });
  return {
    type: 'data-table',
    id: ids('table'),
    title: meta.title ?? '',
    source: meta.source ?? '',
    period: meta.period ?? '',
    units: meta.units ?? '',
    notes: meta.notes ?? '',
    header,
    columns,
    rows,
    chart: null,
    children: [{ text: '' }],
  };
}

/** The nearest label to the left in a header row, unless that is the row-label column. */
function labelToTheLeft(row: SourceGrid[number], c: number): string {
  for (let i = c - 1; i >= 1; i--) if (row[i].text !== '') return row[i].text;
  return '';
}
