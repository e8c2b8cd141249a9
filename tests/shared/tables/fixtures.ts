// Builds data-table elements for the table tests from a compact description.
import type { CellKind, DataTableElement, TableRow } from '../../../shared/editor/types';

export interface Spec {
  header?: string[][];
  kinds: Array<CellKind | `${CellKind}+total`>;
  rows: Array<[TableRow['role'], ...string[]]>;
}

export function table({ header = [], kinds, rows }: Spec): DataTableElement {
  return {
    type: 'data-table', id: 't1', title: 'Labour migrants', source: '', period: '2024', units: 'persons', notes: '',
    header,
    columns: kinds.map((k, i) => {
      const [kind, total] = k.split('+') as [CellKind, string | undefined];
      return { id: `c${i + 1}`, kind, ...(total ? { total: true as const } : {}) };
    }),
    rows: rows.map(([role, ...cells], i) => ({ id: `r${i + 1}`, role, cells })),
    chart: null,
    children: [{ text: '' }],
  };
}
