// Everything the grid flags about a table: cells that do not read in their column's kind, and
// totals that disagree with what they add up. Nothing here changes the table.
import type { DataTableElement } from '../editor/types';
import { type InvalidReason, isNumericKind, parseCell } from './cells';
import { type TotalMismatch, checkTotals } from './totals';

export interface CellIssue {
  rowId: string;
  columnId: string;
  raw: string;
  reason: InvalidReason;
}

export interface TableCheck {
  invalid: CellIssue[];
  mismatches: TotalMismatch[];
}

export function checkTable(table: DataTableElement): TableCheck {
  const invalid: CellIssue[] = [];
  for (const row of table.rows) {
    if (row.role === 'group') continue;
    table.columns.forEach((col, c) => {
      if (!isNumericKind(col.kind)) return;
      const raw = row.cells[c] ?? '';
      const v = parseCell(raw, col.kind);
      if (v.type === 'invalid') invalid.push({ rowId: row.id, columnId: col.id, raw, reason: v.reason });
    });
  }
  return { invalid, mismatches: checkTotals(table) };
}

/** English wording of each reason, for the CLI and logs; the UI has its own translated catalog. */
export const REASON_TEXT: Record<InvalidReason, string> = {
  'not-a-number': 'is not a number',
  'not-whole': 'is not a whole number',
  'ambiguous-separator': 'could be read two ways: write 1234 or 1.234',
  'percent-sign': 'has a % sign in a column that is not a percentage',
  'bad-grouping': 'groups its digits wrongly (write 1 234 567 or 1234567)',
};

/** "2 cells are not numbers; 1 total disagrees", or '' when all is well. */
export function describeCheck(check: TableCheck): string {
  const parts: string[] = [];
  const n = check.invalid.length;
  const m = check.mismatches.length;
  if (n) parts.push(`${n} cell${n === 1 ? ' does' : 's do'} not read as ${n === 1 ? 'a number' : 'numbers'}`);
  if (m) parts.push(`${m} total${m === 1 ? ' disagrees' : 's disagree'} with ${m === 1 ? 'its' : 'their'} parts`);
  return parts.join('; ');
}
