// How a data table is laid out on paper, the same in Word and HTML: header labels equal to their
// left neighbour merge into one spanning cell (never across a boundary of the row above), an empty
// label under a single-column cell merges into it, numbers align right, and the UN's missing-value
// marks are recognised so the table can carry their legend.
import type { DataTableElement, TableColumn, TableRow } from '../editor/types';

export interface HeaderCell {
  col: number;
  text: string;
  colSpan: number;
  rowSpan: number;
}

export const MISSING_MARKS = ['..', '-', '–', 'n/a'] as const;

export function headerLayout(header: readonly string[][]): HeaderCell[][] {
  const rows: HeaderCell[][] = [];
  // owner[r][c]: the cell that covers column c in row r.
  const owner: HeaderCell[][] = [];
  header.forEach((labels, r) => {
    const cells: HeaderCell[] = [];
    owner[r] = [];
    const above = r > 0 ? owner[r - 1] : null;
    for (let c = 0; c < labels.length; ) {
      const text = labels[c].trim();
      const up = above?.[c];
      if (text === '' && up && up.colSpan === 1) {
        up.rowSpan++;
        owner[r][c] = up;
        c++;
        continue;
      }
      let span = 1;
      while (
        text !== '' &&
        c + span < labels.length &&
        labels[c + span].trim() === text &&
        // A span stops where the row above starts a new cell.
        (!above || above[c + span] === above[c])
      )
        span++;
      const cell: HeaderCell = { col: c, text, colSpan: span, rowSpan: 1 };
      cells.push(cell);
      for (let k = 0; k < span; k++) owner[r][c + k] = cell;
      c += span;
    }
    rows.push(cells);
  });
  return rows;
}

export const isNumeric = (c: TableColumn) => c.kind !== 'text';

export const isMissing = (cell: string) => (MISSING_MARKS as readonly string[]).includes(cell.trim());

export function usesMissingMarks(t: DataTableElement): boolean {
  return t.rows.some((r) => !isCaptionRow(r) && r.cells.some(isMissing));
}

/** Relative widths: label columns get more room than figures. */
export function columnWeights(t: DataTableElement): number[] {
  return t.columns.map((c, i) => {
    if (isNumeric(c)) return 1;
    const longest = Math.max(0, ...t.rows.map((r) => r.cells[i]?.length ?? 0));
    return longest > 24 ? 3 : 2;
  });
}

/** A group row's caption: its first non-empty cell. */
export const groupLabel = (cells: readonly string[]) => cells.find((c) => c.trim() !== '')?.trim() ?? '';

/**
 * A group row that holds only its caption prints as one label spanning the table. The grid lets a
 * group row carry figures too (a region's own subtotal, say); such a row prints every cell, so no
 * typed number is left out of the report.
 */
export const isCaptionRow = (row: Pick<TableRow, 'role' | 'cells'>) => row.role === 'group' && row.cells.filter((c) => c.trim() !== '').length <= 1;

/** "(2019–2023; thousands of persons)": the period and units line under a table's title. */
export function periodUnits(t: Pick<DataTableElement, 'period' | 'units'>): string {
  const bits = [t.period.trim(), t.units.trim()].filter(Boolean);
  return bits.length ? `(${bits.join('; ')})` : '';
}
