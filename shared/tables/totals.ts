// Checks declared totals against the cells they add up. A disagreement is reported with both
// numbers and never corrected: the official decides which figure is wrong.
//
// Which cells a total adds up:
// - a total row adds the data rows since the previous total row; a total row with no data rows in
//   that stretch (a grand total under sub-totals) adds every data row above it. When the first
//   total row comes before any data row (the "Total, of which:" layout common in CIS statistics),
//   the direction flips: each total row adds the data rows below it up to the next total row.
// - total columns work the same way, left to right (or right to left when a total comes first).
// - only integer and decimal columns are added; percentages may be shares or rates, so they are
//   never summed. Group rows are captions and add nothing.
// - "-" (nil) and "n/a" (not applicable) add 0; ".." (not available), an empty or unreadable
//   addend leaves the total unknown, so it is not checked.
import type { CellKind, DataTableElement } from '../editor/types';
import { type CellValue, parseCell } from './cells';

export interface TotalMismatch {
  rowId: string;
  columnId: string;
  /** 'row': a total row disagrees with the rows it adds; 'column': a total column with the columns. */
  along: 'row' | 'column';
  entered: number;
  computed: number;
  /** Decimals to show the computed figure with. */
  decimals: number;
  /** Ids of the rows (along 'row') or columns (along 'column') that were added. */
  addends: string[];
}

const summable = (kind: CellKind) => kind === 'integer' || kind === 'decimal';

type Line = { id: string; total: boolean; addend: boolean };

/** For each total line, the indices of the lines it adds, per the rules above. */
export function totalSegments(lines: readonly Line[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const firstTotal = lines.findIndex((l) => l.total);
  const firstAddend = lines.findIndex((l) => l.addend);
  if (firstTotal < 0 || firstAddend < 0) return out;
  const forward = firstTotal < firstAddend;
  lines.forEach((line, i) => {
    if (!line.total) return;
    const step = forward ? 1 : -1;
    const segment: number[] = [];
    for (let j = i + step; j >= 0 && j < lines.length && !lines[j].total; j += step) if (lines[j].addend) segment.push(j);
    if (segment.length > 0) return out.set(i, forward ? segment : segment.reverse());
    const all: number[] = [];
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].addend) all.push(j);
    if (all.length > 0) out.set(i, forward ? all : all.reverse());
  });
  return out;
}

/** An addend's contribution: a number, 0 for "-" and "n/a", or null when unknown. */
function contribution(v: CellValue): { value: number; decimals: number } | null {
  if (v.type === 'number') return v;
  if (v.type === 'missing' && v.mark !== '..') return { value: 0, decimals: 0 };
  return null;
}

function compare(
  entered: CellValue,
  addends: CellValue[],
  kind: CellKind,
): { entered: number; computed: number; decimals: number } | null {
  const target = entered.type === 'missing' && entered.mark === '-' ? { value: 0, decimals: 0 } : entered.type === 'number' ? entered : null;
  if (!target) return null;
  let sum = 0;
  let decimals = 0;
  // Published figures are rounded: allow half a unit of the last shown place of every figure involved.
  let tolerance = kind === 'decimal' ? 0.5 * 10 ** -target.decimals : 0;
  for (const a of addends) {
    const c = contribution(a);
    if (!c) return null;
    sum += c.value;
    decimals = Math.max(decimals, c.decimals);
    if (kind === 'decimal' && a.type === 'number') tolerance += 0.5 * 10 ** -c.decimals;
  }
  const computed = Number(sum.toFixed(Math.max(decimals, target.decimals, 0) + 2));
  const diff = Math.abs(computed - target.value);
  return diff > tolerance + 1e-9 ? { entered: target.value, computed, decimals: Math.max(decimals, target.decimals) } : null;
}

export function checkTotals(table: DataTableElement): TotalMismatch[] {
  const { columns, rows } = table;
  const out: TotalMismatch[] = [];
  const read = (r: number, c: number) => parseCell(rows[r].cells[c] ?? '', columns[c].kind);

  // Total rows, column by column.
  const rowLines = rows.map((r) => ({ id: r.id, total: r.role === 'total', addend: r.role === 'data' }));
  const rowSegments = totalSegments(rowLines);
  columns.forEach((col, c) => {
    if (!summable(col.kind)) return;
    for (const [t, segment] of rowSegments) {
      const m = compare(read(t, c), segment.map((r) => read(r, c)), col.kind);
      if (m) out.push({ rowId: rows[t].id, columnId: col.id, along: 'row', ...m, addends: segment.map((r) => rows[r].id) });
    }
  });

  // Total columns, row by row.
  const colLines = columns.map((c) => ({ id: c.id, total: c.total === true && summable(c.kind), addend: c.total !== true && summable(c.kind) }));
  const colSegments = totalSegments(colLines);
  rows.forEach((row, r) => {
    if (row.role === 'group') return;
    for (const [t, segment] of colSegments) {
      const kind = segment.some((c) => columns[c].kind === 'decimal') || columns[t].kind === 'decimal' ? 'decimal' : 'integer';
      const m = compare(read(r, t), segment.map((c) => read(r, c)), kind);
      if (m) out.push({ rowId: row.id, columnId: columns[t].id, along: 'column', ...m, addends: segment.map((c) => columns[c].id) });
    }
  });
  return out;
}
