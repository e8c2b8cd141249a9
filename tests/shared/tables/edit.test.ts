// Pure table edits: cells and merged headings, paste that grows the table, rows and columns added,
// moved and removed with their ids, and the limits refused without touching the table.
import { describe, expect, it } from 'vitest';
import {
  cellText, clearRange, deleteColumn, deleteRow, insertColumn, insertRow, mergeLeft, moveColumn, moveRow, newTable,
  pasteBlock, rangeTexts, setCell, setKind, setRole, setTotalColumn, splitSpan, toTsv, toggleHeaderRow,
} from '../../../shared/tables/edit';
import { counterIds } from '../../../shared/tables/ids';
import { table } from './fixtures';

const base = () =>
  table({
    header: [['Region', 'Women', 'Women', 'Men'], ['', '0-17', '18+', 'All']],
    kinds: ['text', 'integer', 'integer', 'integer'],
    rows: [['data', 'Chui', '1', '2', '3'], ['data', 'Osh', '4', '5', '6']],
  });

describe('table edits', () => {
  it('creates an empty table with a label column and number columns', () => {
    const t = newTable(counterIds('n'), 2, 3);
    expect(t.columns).toEqual([{ id: 'nc1', kind: 'text' }, { id: 'nc2', kind: 'integer' }, { id: 'nc3', kind: 'integer' }]);
    expect(t.rows.map((r) => r.id)).toEqual(['nr1', 'nr2']);
    expect(t.header).toEqual([['', '', '']]);
  });

  it('sets a body cell sharing every other row, and relabels a whole merged heading', () => {
    const t = base();
    const u = setCell(t, 3, 1, '40');
    expect(cellText(u, 3, 1)).toBe('40');
    expect(u.rows[0]).toBe(t.rows[0]);
    expect(cellText(t, 3, 1)).toBe('4');
    const v = setCell(t, 0, 2, 'Female');
    expect(v.header[0]).toEqual(['Region', 'Female', 'Female', 'Men']);
    expect(splitSpan(v, 0, 1).header[0]).toEqual(['Region', 'Female', '', 'Men']);
    expect(mergeLeft(splitSpan(v, 0, 1), 0, 2).header[0]).toEqual(['Region', 'Female', 'Female', 'Men']);
  });

  it('pastes a block at a cell, growing rows and columns with fresh ids and inferred kinds', () => {
    const t = pasteBlock(base(), { r: 3, c: 2 }, [['7', '8', '9.5'], ['10', '11', '12.5'], ['13', '14', '15']], counterIds('p'));
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['Chui', '1', '2', '3', ''],
      ['Osh', '4', '7', '8', '9.5'],
      ['', '', '10', '11', '12.5'],
      ['', '', '13', '14', '15'],
    ]);
    expect(t.columns[4]).toEqual({ id: 'pc1', kind: 'decimal' });
    expect(t.rows.slice(2).map((r) => r.id)).toEqual(['pr1', 'pr2']);
    expect(t.header.map((h) => h.length)).toEqual([5, 5]);
  });

  it('refuses a paste beyond the limits and leaves the table as it was', () => {
    const t = base();
    const before = JSON.stringify(t);
    const block = Array.from({ length: 25_000 }, () => ['1', '2']);
    expect(() => pasteBlock(t, { r: 2, c: 0 }, block, counterIds())).toThrow(/rows; a table holds at most 20,000/);
    expect(JSON.stringify(t)).toBe(before);
  });

  it('inserts rows in the header or the body, and refuses to delete the last row', () => {
    const ids = counterIds('i');
    const t = insertRow(base(), 0, 'above', ids);
    expect(t.header).toHaveLength(3);
    const u = insertRow(base(), 2, 'above', ids);
    expect(u.rows.map((r) => r.id)).toEqual(['ir1', 'r1', 'r2']);
    expect(insertRow(base(), 3, 'below', ids).rows.map((r) => r.role)).toEqual(['data', 'data', 'data']);
    const one = table({ kinds: ['text'], rows: [['data', 'x']] });
    expect(() => deleteRow(one, 0)).toThrow('at least one row');
    expect(deleteRow(base(), 1).header).toEqual([['Region', 'Women', 'Women', 'Men']]);
  });

  it('moves rows within the body but not into the header', () => {
    const t = base();
    expect(moveRow(t, 3, -1).rows.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(moveRow(t, 2, -1)).toBe(t);
  });

  it('turns the first body row into a header row and back', () => {
    const ids = counterIds('h');
    const t = toggleHeaderRow(base(), 2, ids);
    expect(t.header).toHaveLength(3);
    expect(t.rows.map((r) => r.id)).toEqual(['r2']);
    const back = toggleHeaderRow(t, 2, ids);
    expect(back.rows.map((r) => r.cells[0])).toEqual(['Chui', 'Osh']);
    expect(() => toggleHeaderRow(base(), 3, ids)).toThrow('Only the first body row');
  });

  it('inserts a column inside a merged heading into that heading, moves and deletes columns', () => {
    const t = insertColumn(base(), 1, 'right', counterIds('k'));
    expect(t.header[0]).toEqual(['Region', 'Women', 'Women', 'Women', 'Men']);
    expect(t.rows[0].cells).toEqual(['Chui', '1', '', '2', '3']);
    const m = moveColumn(base(), 3, -1);
    expect(m.columns.map((c) => c.id)).toEqual(['c1', 'c2', 'c4', 'c3']);
    expect(m.rows[0].cells).toEqual(['Chui', '1', '3', '2']);
    expect(deleteColumn(base(), 0).header[0]).toEqual(['Women', 'Women', 'Men']);
  });

  it('sets roles, kinds and the total flag', () => {
    let t = setRole(base(), 3, 'total');
    expect(t.rows[1].role).toBe('total');
    t = setTotalColumn(t, 3, true);
    expect(t.columns[3]).toEqual({ id: 'c4', kind: 'integer', total: true });
    expect(setKind(t, 3, 'text').columns[3]).toEqual({ id: 'c4', kind: 'text' });
    expect(setTotalColumn(t, 3, false).columns[3]).toEqual({ id: 'c4', kind: 'integer' });
  });

  it('clears a range and copies it as spreadsheet text', () => {
    const t = clearRange(base(), { r: 2, c: 1 }, { r: 3, c: 2 });
    expect(t.rows.map((r) => r.cells)).toEqual([['Chui', '', '', '3'], ['Osh', '', '', '6']]);
    expect(toTsv(rangeTexts(base(), { r: 1, c: 0 }, { r: 2, c: 1 }))).toBe('\t0-17\r\nChui\t1');
    expect(toTsv([['a\tb', 'say "x"']])).toBe('"a\tb"\t"say ""x"""');
  });
});
