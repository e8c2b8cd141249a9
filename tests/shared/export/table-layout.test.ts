import { describe, expect, it } from 'vitest';
import { headerLayout, isMissing, periodUnits, usesMissingMarks } from '../../../shared/export/table-layout';
import { migrationTable } from '../../main/core/export/fixture';

describe('table layout', () => {
  it('spans a header label over the equal labels to its right and merges empty labels below into the cell above', () => {
    const rows = headerLayout(migrationTable.header);
    expect(rows[0]).toEqual([
      { col: 0, text: 'Country', colSpan: 1, rowSpan: 2 },
      { col: 1, text: 'Women', colSpan: 2, rowSpan: 1 },
      { col: 3, text: 'Men', colSpan: 2, rowSpan: 1 },
      { col: 5, text: 'Total', colSpan: 1, rowSpan: 2 },
    ]);
    expect(rows[1].map((c) => [c.col, c.text, c.colSpan])).toEqual([
      [1, '15–24', 1],
      [2, '25+', 1],
      [3, '15–24', 1],
      [4, '25+', 1],
    ]);
  });

  it('never spans across a boundary of the row above', () => {
    const rows = headerLayout([
      ['Women', 'Women', 'Men', 'Men'],
      ['All', 'All', 'All', 'All'],
    ]);
    expect(rows[1].map((c) => [c.col, c.colSpan])).toEqual([
      [0, 2],
      [2, 2],
    ]);
  });

  it('keeps an empty label under a spanning cell as its own empty cell', () => {
    const rows = headerLayout([
      ['Women', 'Women'],
      ['', 'x'],
    ]);
    expect(rows[1]).toEqual([
      { col: 0, text: '', colSpan: 1, rowSpan: 1 },
      { col: 1, text: 'x', colSpan: 1, rowSpan: 1 },
    ]);
  });

  it('recognises the UN missing-value marks, and not zero or blank', () => {
    expect(['..', '-', 'n/a', ' .. '].every(isMissing)).toBe(true);
    expect(['0', '', '1.5', 'na'].some(isMissing)).toBe(false);
    expect(usesMissingMarks(migrationTable)).toBe(true);
    expect(usesMissingMarks({ ...migrationTable, rows: migrationTable.rows.slice(0, 2) })).toBe(false);
  });

  it('writes the period and units line only from what is given', () => {
    expect(periodUnits({ period: '2021–2023', units: 'persons' })).toBe('(2021–2023; persons)');
    expect(periodUnits({ period: '', units: 'persons' })).toBe('(persons)');
    expect(periodUnits({ period: ' ', units: '' })).toBe('');
  });
});
