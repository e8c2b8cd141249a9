// What the quick chart plots: data rows under their group captions, number columns as series,
// totals and percentages left out, missing values as gaps.
import { describe, expect, it } from 'vitest';
import { chartData } from '../../../shared/tables/chart-data';
import { table } from './fixtures';

describe('chartData', () => {
  it('plots data rows as categories and count columns as series, leaving totals, shares and blank rows out', () => {
    const t = table({
      header: [['Region', 'Women', 'Men', 'Total', 'Share']],
      kinds: ['text', 'integer', 'integer', 'integer+total', 'percent'],
      rows: [
        ['group', 'North', '', '', '', ''],
        ['data', 'Chui', '10', '..', '10', '50'],
        ['data', 'Talas', '-', '4', '4', '50'],
        ['total', 'Total', '10', '4', '14', '100'],
        ['data', '', '', '', '', ''],
      ],
    });
    expect(chartData(t)).toEqual({
      categories: ['North – Chui', 'North – Talas'],
      series: [
        { columnId: 'c2', label: 'Women', values: [10, 0] },
        { columnId: 'c3', label: 'Men', values: [null, 4] },
      ],
      omittedRows: 0,
      omittedSeries: 0,
      unit: 'count',
    });
  });

  it('falls back to percentages when there are no counts and caps the categories', () => {
    const rows = Array.from({ length: 70 }, (_, i) => ['data', `R${i}`, '12.5%'] as ['data', string, string]);
    const d = chartData(table({ kinds: ['text', 'percent'], rows }));
    expect(d.unit).toBe('percent');
    expect(d.categories).toHaveLength(60);
    expect(d.omittedRows).toBe(10);
    expect(d.series[0]).toMatchObject({ label: '#2', values: expect.arrayContaining([12.5]) });
  });
});
