// Statistical tables for the workloads: the data-table block of shared/editor/types.ts with stable
// row and column ids (so the merge works cell by cell), a label column and integer data columns.
import type { DataTableElement } from '../../shared/editor/types';
import type { Rng } from '../lib/prng';

const LABELS = ['Bishkek', 'Osh', 'Chui', 'Issyk-Kul', 'Naryn', 'Talas', 'Jalal-Abad', 'Batken', 'Osh region'];

export interface CellEdit {
  table: string;
  row: number;
  column: number;
  value: string;
}

/** A table of `rows` x `columns` cells; column 0 holds row labels, the others integers. */
export function makeTable(r: Rng, id: string, rows: number, columns: number): DataTableElement {
  return {
    type: 'data-table',
    id,
    title: `Migrant workers registered, by region (${id})`,
    source: 'State Migration Service',
    period: '2019-2024',
    units: 'persons',
    notes: '',
    header: [Array.from({ length: columns }, (_, c) => (c === 0 ? 'Region' : `${2018 + c}`))],
    columns: Array.from({ length: columns }, (_, c) => ({ id: `c${c}`, kind: c === 0 ? ('text' as const) : ('integer' as const) })),
    rows: Array.from({ length: rows }, (_, i) => ({
      id: `r${i}`,
      role: 'data' as const,
      cells: Array.from({ length: columns }, (_, c) => (c === 0 ? `${LABELS[i % LABELS.length]} ${i + 1}` : String(r.int(0, 99_999)))),
    })),
    chart: null,
    children: [{ text: '' }],
  };
}

/** A copy of the table with the cells changed: the table is treated as immutable. */
export function applyCellEdits(t: DataTableElement, edits: readonly CellEdit[]): DataTableElement {
  const rows = t.rows.map((row) => ({ ...row, cells: [...row.cells] }));
  for (const e of edits) rows[e.row].cells[e.column] = e.value;
  return { ...t, rows };
}
