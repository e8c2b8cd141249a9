// What a quick chart of a table shows: one category per data row that has something in it (labelled by its row labels, under
// its group caption), one series per number column. Totals are left out, since bars of parts and
// bars of their sum on one axis mislead; percentages are left out when counts are there too, since
// they need another axis.
import type { DataTableElement } from '../editor/types';
import { parseCell } from './cells';
import { columnLabel } from './spans';

export const CHART_MAX_CATEGORIES = 60;
export const CHART_MAX_SERIES = 12;

export interface ChartSeries {
  columnId: string;
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
  /** Data rows left out beyond CHART_MAX_CATEGORIES (and columns beyond CHART_MAX_SERIES). */
  omittedRows: number;
  omittedSeries: number;
  /** The unit every value is in: 'percent' when the series are percentages. */
  unit: 'count' | 'percent';
}

export function chartData(t: DataTableElement): ChartData {
  const labelCols = t.columns.flatMap((c, i) => (c.kind === 'text' ? [i] : []));
  const counts = t.columns.flatMap((c, i) => ((c.kind === 'integer' || c.kind === 'decimal') && !c.total ? [i] : []));
  const percents = t.columns.flatMap((c, i) => (c.kind === 'percent' && !c.total ? [i] : []));
  const seriesCols = counts.length > 0 ? counts : percents;
  const categories: string[] = [];
  const rows: number[] = [];
  let group = '';
  t.rows.forEach((row, r) => {
    if (row.role === 'group') group = row.cells.find((v) => v.trim() !== '')?.trim() ?? '';
    if (row.role !== 'data' || row.cells.every((v) => v.trim() === '')) return;
    const own = labelCols.map((c) => row.cells[c].trim()).filter((v) => v !== '').join(', ');
    categories.push([group, own].filter((v) => v !== '').join(' – ') || String(rows.length + 1));
    rows.push(r);
  });
  const shownRows = rows.slice(0, CHART_MAX_CATEGORIES);
  const shownCols = seriesCols.slice(0, CHART_MAX_SERIES);
  return {
    categories: categories.slice(0, CHART_MAX_CATEGORIES),
    series: shownCols.map((c) => ({
      columnId: t.columns[c].id,
      label: columnLabel(t.header, c) || `#${c + 1}`,
      values: shownRows.map((r) => {
        const v = parseCell(t.rows[r].cells[c], t.columns[c].kind);
        return v.type === 'number' ? v.value : v.type === 'missing' && v.mark === '-' ? 0 : null;
      }),
    })),
    omittedRows: rows.length - shownRows.length,
    omittedSeries: seriesCols.length - shownCols.length,
    unit: counts.length > 0 ? 'count' : 'percent',
  };
}
