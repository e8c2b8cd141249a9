// Table merge, cell by cell, with rows and columns matched by id.
import { describe, expect, it } from 'vitest';
import { mergeTable } from '../../../shared/merge/merge-table';
import { applyChoice, showsProvisional } from '../../../shared/merge/table-keys';
import { table } from './fixtures';

const base = table([['r0', '1', '2'], ['r1', '3', '4']]);
const cells = (t: ReturnType<typeof table>) => t.rows.map((r) => [r.id, ...r.cells]);

describe('mergeTable', () => {
  it('merges edits to different cells and keeps the column headers', () => {
    const r = mergeTable(base, table([['r0', '10', '2'], ['r1', '3', '4']]), table([['r0', '1', '2'], ['r1', '3', '40']]));
    expect(cells(r.table)).toEqual([['r0', '10', '2'], ['r1', '3', '40']]);
    expect(r.table.header).toEqual(base.header);
    expect(r.conflicts).toEqual([]);
  });

  it('conflicts on one cell changed differently and shows side a’s value meanwhile', () => {
    const r = mergeTable(base, table([['r0', '10', '2'], ['r1', '3', '4']]), table([['r0', '11', '2'], ['r1', '3', '4']]));
    expect(r.conflicts).toEqual([{ kind: 'table', table: 't1', key: 'cell:r0:c0', base: '1', a: '10', b: '11' }]);
    expect(r.table.rows[0].cells[0]).toBe('10');
    expect(showsProvisional(r.table, 'cell:r0:c0', '10')).toBe(true);
    expect(applyChoice(r.table, 'cell:r0:c0', '11').rows[0].cells[0]).toBe('11');
  });

  it('takes rows added on both sides and a row deleted on one side that the other left alone', () => {
    const a = table([['r0', '1', '2'], ['r1', '3', '4'], ['ra', '5', '6']]);
    const b = table([['r1', '3', '4'], ['rb', '7', '8']]);
    const r = mergeTable(base, a, b);
    expect(cells(r.table)).toEqual([['r1', '3', '4'], ['ra', '5', '6'], ['rb', '7', '8']]);
    expect(r.conflicts).toEqual([]);
  });

  it('conflicts on a row deleted on one side and edited on the other, and keeps the edited row', () => {
    const r = mergeTable(base, table([['r1', '3', '4']]), table([['r0', '1', '99'], ['r1', '3', '4']]));
    expect(cells(r.table)).toEqual([['r0', '1', '99'], ['r1', '3', '4']]);
    expect(r.conflicts).toMatchObject([{ key: 'row:r0', a: null, b: expect.stringContaining('"99"') }]);
    expect(cells(applyChoice(r.table, 'row:r0', null))).toEqual([['r1', '3', '4']]);
  });

  it('merges a column added on one side with a cell edit on the other', () => {
    const a = table([['r0', '1', '2', '9'], ['r1', '3', '4', '9']]);
    const b = table([['r0', '1', '2'], ['r1', '3', '5']]);
    const r = mergeTable(base, a, b);
    expect(cells(r.table)).toEqual([['r0', '1', '2', '9'], ['r1', '3', '5', '9']]);
    expect(r.table.columns.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(r.table.header[0]).toEqual(['C0', 'C1', 'C2']);
  });

  it('merges the title and the chart as fields', () => {
    const r = mergeTable(base, { ...base, title: 'Workers abroad, 2024' }, { ...base, chart: 'bar' });
    expect([r.table.title, r.table.chart]).toEqual(['Workers abroad, 2024', 'bar']);
    const c = mergeTable(base, { ...base, title: 'A' }, { ...base, title: 'B' });
    expect(c.conflicts).toMatchObject([{ key: 'meta:title', a: 'A', b: 'B' }]);
  });
});
