// Reading and setting one conflicted place of a table by its key ("meta:title", "cell:<row>:<col>",
// "row:<row>", "column:<col>"), so a conflict can be checked for and resolved in the current text.
import type { DataTableElement } from '../editor/types';
import { META } from './merge-table';

type Parsed =
  | { at: 'meta'; field: (typeof META)[number] }
  | { at: 'cell'; row: string; column: string }
  | { at: 'row'; row: string }
  | { at: 'column'; column: string };

export function parseKey(key: string): Parsed | null {
  const [at, x, y] = key.split(':');
  if (at === 'meta' && (META as readonly string[]).includes(x)) return { at, field: x as (typeof META)[number] };
  if (at === 'cell' && x && y) return { at, row: x, column: y };
  if (at === 'row' && x) return { at, row: x };
  if (at === 'column' && x) return { at, column: x };
  return null;
}

/** Does the table still show this conflict's provisional value (side a's, or the surviving side's)? */
export function showsProvisional(t: DataTableElement, key: string, provisional: string | null): boolean {
  const k = parseKey(key);
  if (!k) return false;
  if (k.at === 'meta') return (k.field === 'chart' ? (t.chart ?? '') : t[k.field]) === provisional;
  if (k.at === 'row') return t.rows.some((r) => r.id === k.row);
  if (k.at === 'column') return t.columns.some((c) => c.id === k.column);
  const ri = t.rows.findIndex((r) => r.id === k.row);
  const ci = t.columns.findIndex((c) => c.id === k.column);
  return ri >= 0 && ci >= 0 && t.rows[ri].cells[ci] === provisional;
}

/** The table with the chosen value at `key`; null removes a row or column. */
export function applyChoice(t: DataTableElement, key: string, value: string | null): DataTableElement {
  const k = parseKey(key);
  const next: DataTableElement = structuredClone(t);
  if (!k) return next;
  if (k.at === 'meta') {
    if (k.field === 'chart') next.chart = value === 'bar' || value === 'line' ? value : null;
    else next[k.field] = value ?? '';
    return next;
  }
  if (k.at === 'cell') {
    const ri = next.rows.findIndex((r) => r.id === k.row);
    const ci = next.columns.findIndex((c) => c.id === k.column);
    if (ri >= 0 && ci >= 0) next.rows[ri].cells[ci] = value ?? '';
    return next;
  }
  if (k.at === 'row') {
    const ri = next.rows.findIndex((r) => r.id === k.row);
    if (ri < 0) return next;
    if (value === null) next.rows.splice(ri, 1);
    else {
      const v = JSON.parse(value) as { role: DataTableElement['rows'][number]['role']; cells: Record<string, string> };
      next.rows[ri] = { id: k.row, role: v.role, cells: next.columns.map((c, i) => v.cells[c.id] ?? next.rows[ri].cells[i]) };
    }
    return next;
  }
  const ci = next.columns.findIndex((c) => c.id === k.column);
  if (ci < 0) return next;
  if (value === null) {
    next.columns.splice(ci, 1);
    next.header = next.header.map((h) => h.filter((_, i) => i !== ci));
    next.rows = next.rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => i !== ci) }));
  } else {
    const v = JSON.parse(value) as { kind: DataTableElement['columns'][number]['kind']; total?: true; labels: string[]; cells: Record<string, string> };
    next.columns[ci] = { id: k.column, kind: v.kind, ...(v.total ? { total: true as const } : {}) };
    next.header = next.header.map((h, level) => h.map((l, i) => (i === ci ? (v.labels[level] ?? '') : l)));
    next.rows = next.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (i === ci ? (v.cells[r.id] ?? c) : c)) }));
  }
  return next;
}
