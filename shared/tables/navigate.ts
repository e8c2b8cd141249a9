// Where the active cell goes on a key press, as in a spreadsheet. A merged heading is one stop:
// moving into it lands on its first column, moving right leaves it past its last.
import { type Cell, type Table, gridHeight, isHeaderRow } from './edit';
import { headerSpans, spanAt } from './spans';

export type Move = 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'first' | 'last' | 'next' | 'previous';

export interface MoveResult {
  cell: Cell;
  /** Tab on the last cell: the caller adds a row and moves into it. */
  append?: true;
}

/** The cell as the grid shows it: snapped to the start of the heading that covers it. */
export function snap(t: Table, cell: Cell, spans = headerSpans(t.header)): Cell {
  const r = clamp(cell.r, 0, gridHeight(t) - 1);
  const c = clamp(cell.c, 0, t.columns.length - 1);
  return isHeaderRow(t, r) ? { r, c: spanAt(spans, r, c)?.start ?? c } : { r, c };
}

export function move(t: Table, from: Cell, how: Move): MoveResult {
  const spans = headerSpans(t.header);
  const at = snap(t, from, spans);
  const lastRow = gridHeight(t) - 1;
  const lastCol = t.columns.length - 1;
  const end = (r: number, c: number) => (isHeaderRow(t, r) ? (spanAt(spans, r, c) ?? { start: c, span: 1 }).start + (spanAt(spans, r, c)?.span ?? 1) - 1 : c);
  switch (how) {
    case 'left':
      return { cell: snap(t, { r: at.r, c: Math.max(0, at.c - 1) }, spans) };
    case 'right':
      return { cell: snap(t, { r: at.r, c: Math.min(lastCol, end(at.r, at.c) + 1) }, spans) };
    case 'up':
      return { cell: snap(t, { r: Math.max(0, at.r - 1), c: from.c }, spans) };
    case 'down':
      return { cell: snap(t, { r: Math.min(lastRow, at.r + 1), c: from.c }, spans) };
    case 'home':
      return { cell: { r: at.r, c: 0 } };
    case 'end':
      return { cell: snap(t, { r: at.r, c: lastCol }, spans) };
    case 'first':
      return { cell: { r: 0, c: 0 } };
    case 'last':
      return { cell: snap(t, { r: lastRow, c: lastCol }, spans) };
    case 'next': {
      const c = end(at.r, at.c) + 1;
      if (c <= lastCol) return { cell: snap(t, { r: at.r, c }, spans) };
      if (at.r < lastRow) return { cell: { r: at.r + 1, c: 0 } };
      return { cell: { r: at.r + 1, c: 0 }, append: true };
    }
    case 'previous': {
      if (at.c > 0) return { cell: snap(t, { r: at.r, c: at.c - 1 }, spans) };
      if (at.r > 0) return { cell: snap(t, { r: at.r - 1, c: lastCol }, spans) };
      return { cell: at };
    }
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
