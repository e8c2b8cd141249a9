// mergeTable keeps the rows neither side changed as they are when both sides edited cells only.
// Over generated edits of one layout, that shortcut must give exactly what the general cell-by-cell
// merge gives: the same table (as JSON, so the same chunk names) and the same conflicts in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTable } from '../../../shared/merge/merge-table';
import type { DataTableElement } from '../../../shared/editor/types';
import { table } from './fixtures';

const ROWS = 4;
const COLS = 3;
const value = fc.constantFrom('', '1', '2', '3', '..');
const grid = fc.array(fc.array(value, { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS });
const make = (g: string[][], meta: Partial<DataTableElement> = {}) => table(g.map((cells, r) => [`r${r}`, ...cells] as [string, ...string[]]), meta);
/** A side: the base with some cells replaced (null keeps the base's cell). */
const side = (base: string[][], edits: Array<Array<string | null>>) => base.map((row, r) => row.map((v, c) => edits[r][c] ?? v));
const edits = fc.array(fc.array(fc.option(value, { nil: null, freq: 3 }), { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS });

describe('mergeTable shortcut for cell-only edits', () => {
  it('gives the general merge’s table and conflicts', () => {
    fc.assert(
      fc.property(grid, edits, edits, fc.constantFrom('', 'Revised'), (g, ea, eb, title) => {
        const o = make(g);
        const a = make(side(g, ea), title ? { title } : {});
        const b = make(side(g, eb));
        const fast = mergeTable(o, a, b);
        const general = mergeTable(o, a, b, false);
        expect(JSON.stringify(fast.table)).toBe(JSON.stringify(general.table));
        expect(fast.conflicts).toEqual(general.conflicts);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps an unchanged row object, and rebuilds one whose keys come in another order', () => {
    const o = make([['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['1', '1', '1']]);
    const a = { ...o, rows: o.rows.map((r, i) => (i === 0 ? { ...r, cells: ['10', '2', '3'] } : r)) };
    const reordered = { cells: ['4', '5', '60'], role: 'data' as const, id: 'r1' };
    const b = { ...o, rows: o.rows.map((r, i) => (i === 1 ? reordered : r)) };
    const { table: merged, conflicts } = mergeTable(o, a, b);
    expect(conflicts).toEqual([]);
    expect(merged.rows[0]).toBe(a.rows[0]);
    expect(merged.rows[2]).toBe(o.rows[2]);
    expect(merged.rows[1]).toEqual(reordered);
    expect(Object.keys(merged.rows[1])).toEqual(['id', 'role', 'cells']);
  });
});
