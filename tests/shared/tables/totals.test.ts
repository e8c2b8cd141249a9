// Totals are checked, never fixed: total rows and columns, sub-totals and grand totals, both the
// totals-last and the "Total, of which" layouts, and the missing-value marks.
import { describe, expect, it } from 'vitest';
import { checkTable, describeCheck } from '../../../shared/tables/check';
import { checkTotals, totalSegments } from '../../../shared/tables/totals';
import { table } from './fixtures';

describe('checkTotals', () => {
  it('accepts a table whose totals add up and flags the one that does not, with both figures', () => {
    const t = table({
      kinds: ['text', 'integer', 'integer', 'integer+total'],
      rows: [
        ['data', 'Bishkek', '1 200', '800', '2 000'],
        ['data', 'Osh', '300', '200', '510'],
        ['total', 'Total', '1500', '1000', '2500'],
      ],
    });
    const before = JSON.stringify(t);
    // 510 is wrong, so both the row's total and the grand total disagree with what they add up.
    expect(checkTotals(t)).toEqual([
      { rowId: 'r3', columnId: 'c4', along: 'row', entered: 2500, computed: 2510, decimals: 0, addends: ['r1', 'r2'] },
      { rowId: 'r2', columnId: 'c4', along: 'column', entered: 510, computed: 500, decimals: 0, addends: ['c2', 'c3'] },
    ]);
    expect(JSON.stringify(t)).toBe(before);
  });

  it('checks sub-totals under group captions and a grand total that adds every data row above it', () => {
    const t = table({
      kinds: ['text', 'integer'],
      rows: [
        ['group', 'Women', ''],
        ['data', '0-17', '10'],
        ['data', '18+', '20'],
        ['total', 'Total women', '30'],
        ['group', 'Men', ''],
        ['data', '0-17', '5'],
        ['data', '18+', '6'],
        ['total', 'Total men', '11'],
        ['total', 'Total', '42'],
      ],
    });
    expect(checkTotals(t)).toEqual([{ rowId: 'r9', columnId: 'c2', along: 'row', entered: 42, computed: 41, decimals: 0, addends: ['r2', 'r3', 'r6', 'r7'] }]);
  });

  it('reads the "Total, of which" layout where totals come before their parts', () => {
    const t = table({
      kinds: ['text', 'integer+total', 'integer+total', 'integer', 'integer', 'integer+total', 'integer', 'integer'],
      rows: [
        ['total', 'All regions', '100', '60', '25', '35', '40', '15', '25'],
        ['data', 'Chui', '70', '40', '15', '25', '30', '10', '20'],
        ['data', 'Naryn', '30', '20', '10', '10', '10', '5', '6'],
      ],
    });
    const found = checkTotals(t).map((m) => `${m.rowId}/${m.columnId}/${m.along}:${m.entered}≠${m.computed}`);
    expect(found.sort()).toEqual(['r1/c8/row:25≠26', 'r3/c2/column:30≠31', 'r3/c6/column:10≠11'].sort());
  });

  it('treats "-" and "n/a" as nothing and leaves a total with ".." or an empty part unchecked', () => {
    const t = table({
      kinds: ['text', 'integer', 'integer', 'integer+total'],
      rows: [
        ['data', 'A', '5', '-', '5'],
        ['data', 'B', 'n/a', '7', '7'],
        ['data', 'C', '..', '3', '999'],
        ['data', 'D', '', '3', '999'],
        ['data', 'E', '2', '2', '-'],
      ],
    });
    expect(checkTotals(t).map((m) => [m.rowId, m.entered, m.computed])).toEqual([['r5', 0, 4]]);
  });

  it('allows rounding in decimal columns but not in integer columns, and never sums percentages', () => {
    const t = table({
      kinds: ['text', 'decimal', 'decimal', 'decimal+total', 'percent', 'percent+total'],
      rows: [
        ['data', 'A', '33.3', '33.3', '66.6', '50', '100'],
        ['data', 'B', '12.5', '13.1', '25.7', '10', '100'],
        ['data', 'C', '1.04', '1.04', '2.3', '10', '100'],
        ['total', 'Total', '46.84', '47.44', '94.6', '70', '300'],
      ],
    });
    // 2.08 vs 2.3 is beyond rounding; 94.6 vs 94.28 also; percentages are not checked.
    expect(checkTotals(t).map((m) => `${m.rowId}/${m.columnId}`).sort()).toEqual(['r3/c4', 'r4/c4']);
  });

  it('finds segments for totals placed last, first and as grand totals', () => {
    const L = (s: string) => [...s].map((ch, i) => ({ id: String(i), total: ch === 'T', addend: ch === 'd' }));
    expect([...totalSegments(L('ddTddTT'))]).toEqual([[2, [0, 1]], [5, [3, 4]], [6, [0, 1, 3, 4]]]);
    expect([...totalSegments(L('TTddTdd'))]).toEqual([[0, [2, 3, 5, 6]], [1, [2, 3]], [4, [5, 6]]]);
    expect([...totalSegments(L('dd'))]).toEqual([]);
    expect([...totalSegments(L('T'))]).toEqual([]);
  });
});

describe('checkTable', () => {
  it('lists the cells that do not read in their column kind, ignoring group captions and text columns', () => {
    const t = table({
      kinds: ['text', 'integer', 'decimal'],
      rows: [
        ['group', 'Women', 'x'],
        ['data', 'twelve', '12a', '1,234'],
        ['data', 'B', '7', '3.5'],
      ],
    });
    const check = checkTable(t);
    expect(check.invalid).toEqual([
      { rowId: 'r2', columnId: 'c2', raw: '12a', reason: 'not-a-number' },
      { rowId: 'r2', columnId: 'c3', raw: '1,234', reason: 'ambiguous-separator' },
    ]);
    expect(describeCheck(check)).toBe('2 cells do not read as numbers');
    expect(describeCheck({ invalid: [], mismatches: [] })).toBe('');
  });
});
