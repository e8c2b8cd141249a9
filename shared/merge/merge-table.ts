// Three-way merge of one statistical table, cell by cell. Rows and columns carry stable ids, so an
// edit to one cell merges with edits to other cells; the same cell edited differently, or a row or
// column deleted on one side and edited on the other, is a conflict that keeps both sides. While a
// conflict is open the table shows side a's value (or the surviving row or column): nothing is dropped.
import type { DataTableElement, TableColumn, TableRow } from '../editor/types';
import { diff3 } from './diff3';

/** key: "meta:<field>", "cell:<row>:<column>", "row:<row>" or "column:<column>"; values null = absent. */
export interface TableConflict {
  kind: 'table';
  table: string;
  key: string;
  base: string | null;
  a: string | null;
  b: string | null;
}

export const META = ['title', 'source', 'period', 'units', 'notes', 'chart'] as const;
type Meta = (typeof META)[number];

export const metaValue = (t: DataTableElement, f: Meta): string => (f === 'chart' ? (t.chart ?? '') : t[f]);

interface ColDef {
  kind: TableColumn['kind'];
  total?: true;
  labels: string[];
}

class View {
  readonly col = new Map<string, number>();
  readonly row = new Map<string, number>();
  constructor(readonly t: DataTableElement) {
    t.columns.forEach((c, i) => this.col.set(c.id, i));
    t.rows.forEach((r, i) => this.row.set(r.id, i));
  }
  cell(r: string, c: string): string | undefined {
    const ri = this.row.get(r);
    const ci = this.col.get(c);
    return ri === undefined || ci === undefined ? undefined : this.t.rows[ri].cells[ci];
  }
  def(c: string): ColDef | undefined {
    const i = this.col.get(c);
    if (i === undefined) return undefined;
    const col = this.t.columns[i];
    return { kind: col.kind, ...(col.total ? { total: true as const } : {}), labels: this.t.header.map((h) => h[i] ?? '') };
  }
  role(r: string): TableRow['role'] | undefined {
    const i = this.row.get(r);
    return i === undefined ? undefined : this.t.rows[i].role;
  }
  /** A whole row as one value: its role and its cells in the given columns. */
  rowValue(r: string, cols: Iterable<string>): string | null {
    const role = this.role(r);
    if (role === undefined) return null;
    const cells: Record<string, string> = {};
    for (const c of cols) {
      const v = this.cell(r, c);
      if (v !== undefined) cells[c] = v;
    }
    return JSON.stringify({ role, cells });
  }
  colValue(c: string, rows: Iterable<string>): string | null {
    const def = this.def(c);
    if (!def) return null;
    const cells: Record<string, string> = {};
    for (const r of rows) {
      const v = this.cell(r, c);
      if (v !== undefined) cells[r] = v;
    }
    return JSON.stringify({ ...def, cells });
  }
}

const pick3 = <V>(base: V, a: V, b: V, eq: (x: V, y: V) => boolean = Object.is): { value: V; conflict: boolean } => {
  if (eq(a, b) || eq(a, base)) return { value: b, conflict: false };
  if (eq(b, base)) return { value: a, conflict: false };
  return { value: a, conflict: true };
};

/** Merged order of ids: the three-way merge of the sequences, then any survivor placed after its neighbour. */
function mergeOrder(base: string[], a: string[], b: string[], keep: Set<string>): string[] {
  const order: string[] = [];
  for (const ch of diff3(base, a, b, (x) => x, (x) => x)) {
    if (ch.kind === 'stable') order.push(ch.a);
    else if (ch.kind === 'take') order.push(...ch.items);
    else order.push(...ch.a, ...ch.b);
  }
  const out = [...new Set(order)].filter((id) => keep.has(id));
  for (const source of [a, b, base]) {
    source.forEach((id, i) => {
      if (!keep.has(id) || out.includes(id)) return;
      const before = source.slice(0, i).reverse().find((p) => out.includes(p));
      out.splice(before === undefined ? 0 : out.indexOf(before) + 1, 0, id);
    });
  }
  return out;
}

/** `shortcut`: false forces the general merge (the tests hold the shortcut's result to it). */
export function mergeTable(
  base: DataTableElement,
  a: DataTableElement,
  b: DataTableElement,
  shortcut = true,
): { table: DataTableElement; conflicts: TableConflict[] } {
  const conflicts: TableConflict[] = [];
  const conflict = (key: string, o: string | null, x: string | null, y: string | null) =>
    conflicts.push({ kind: 'table', table: a.id, key, base: o, a: x, b: y });

  const meta = {} as Record<Meta, string>;
  for (const f of META) {
    const r = pick3(metaValue(base, f), metaValue(a, f), metaValue(b, f));
    if (r.conflict) conflict(`meta:${f}`, metaValue(base, f), metaValue(a, f), metaValue(b, f));
    meta[f] = r.value;
  }

  const shell = (header: string[][], columns: TableColumn[], rows: TableRow[]): DataTableElement => ({
    type: 'data-table',
    id: a.id,
    title: meta.title,
    source: meta.source,
    period: meta.period,
    units: meta.units,
    notes: meta.notes,
    header,
    columns: columns.map((c) => ({ id: c.id, kind: c.kind, ...(c.total ? { total: true as const } : {}) })),
    rows,
    chart: meta.chart === '' ? null : (meta.chart as 'bar' | 'line'),
    children: [{ text: '' }],
  });
  if (shortcut && sameLayout(base, a, b)) return { table: shell(a.header, a.columns, mergeRows(base.rows, a.rows, b.rows, a.columns, conflict)), conflicts };

  const [O, A, B] = [new View(base), new View(a), new View(b)];
  const baseRows = base.rows.map((r) => r.id);
  const baseCols = base.columns.map((c) => c.id);
  // Whole rows or columns decided as one value (deleted against edited, or both added differently).
  const rowWhole = new Map<string, { view: View } | null>();
  const colWhole = new Map<string, { view: View } | null>();
  const defs = new Map<string, ColDef>();
  const roles = new Map<string, TableRow['role']>();

  const settle = (
    ids: string[],
    has: (v: View, id: string) => boolean,
    core: (v: View, id: string) => string | null,
    full: (v: View, id: string) => string | null,
    whole: Map<string, { view: View } | null>,
    prefix: 'row' | 'column',
    merge3: (id: string) => boolean,
  ) => {
    for (const id of ids) {
      const [o, x, y] = [has(O, id), has(A, id), has(B, id)];
      if (o && x && y) {
        if (!merge3(id)) {
          conflict(`${prefix}:${id}`, full(O, id), full(A, id), full(B, id));
          whole.set(id, { view: A });
        }
        continue;
      }
      if (!x && !y) continue;
      if (o) {
        // Deleted on one side: the deletion wins only if the other side left the row or column alone.
        const kept = x ? A : B;
        if (core(kept, id) === core(O, id)) continue;
        conflict(`${prefix}:${id}`, full(O, id), full(A, id), full(B, id));
        whole.set(id, { view: kept });
        continue;
      }
      if (x && y && full(A, id) !== full(B, id)) {
        conflict(`${prefix}:${id}`, null, full(A, id), full(B, id));
        whole.set(id, { view: A });
        continue;
      }
      whole.set(id, { view: x ? A : B });
    }
  };

  const allCols = [...new Set([...baseCols, ...a.columns.map((c) => c.id), ...b.columns.map((c) => c.id)])];
  const allRows = [...new Set([...baseRows, ...a.rows.map((r) => r.id), ...b.rows.map((r) => r.id)])];
  settle(
    allCols, (v, id) => v.col.has(id), (v, id) => v.colValue(id, baseRows), (v, id) => v.colValue(id, v.row.keys()), colWhole, 'column',
    (id) => {
      const r = pick3(JSON.stringify(O.def(id)), JSON.stringify(A.def(id)), JSON.stringify(B.def(id)));
      if (!r.conflict) defs.set(id, JSON.parse(r.value) as ColDef);
      return !r.conflict;
    },
  );
  settle(
    allRows, (v, id) => v.row.has(id), (v, id) => v.rowValue(id, baseCols), (v, id) => v.rowValue(id, v.col.keys()), rowWhole, 'row',
    (id) => {
      const r = pick3(O.role(id), A.role(id), B.role(id));
      if (!r.conflict) roles.set(id, r.value!);
      return !r.conflict;
    },
  );
  for (const [id, w] of colWhole) if (w) defs.set(id, w.view.def(id)!);
  for (const [id, w] of rowWhole) if (w) roles.set(id, w.view.role(id)!);

  const cols = mergeOrder(baseCols, a.columns.map((c) => c.id), b.columns.map((c) => c.id), new Set(defs.keys()));
  const rows = mergeOrder(baseRows, a.rows.map((r) => r.id), b.rows.map((r) => r.id), new Set(roles.keys()));

  const cellOf = (r: string, c: string): string => {
    const wr = rowWhole.get(r);
    if (wr) return wr.view.cell(r, c) ?? '';
    const wc = colWhole.get(c);
    if (wc) return wc.view.cell(r, c) ?? '';
    const [o, x, y] = [O.cell(r, c), A.cell(r, c), B.cell(r, c)];
    const res = pick3(o, x, y);
    if (res.conflict) conflict(`cell:${r}:${c}`, o ?? null, x ?? null, y ?? null);
    return res.value ?? '';
  };

  const depth = Math.max(0, ...cols.map((c) => defs.get(c)!.labels.length));
  const table = shell(
    Array.from({ length: depth }, (_, level) => cols.map((c) => defs.get(c)!.labels[level] ?? '')),
    cols.map((c) => ({ id: c, ...defs.get(c)! })),
    rows.map((r) => ({ id: r, role: roles.get(r)!, cells: cols.map((c) => cellOf(r, c)) })),
  );
  return { table, conflicts };
}

const sameColumns = (x: TableColumn[], y: TableColumn[]) =>
  x.length === y.length && x.every((c, i) => c.id === y[i].id && c.kind === y[i].kind && !c.total === !y[i].total);
const sameHeader = (x: string[][], y: string[][]) => x.length === y.length && x.every((h, i) => h.length === y[i].length && h.every((l, k) => l === y[i][k]));
const sameRowIds = (x: TableRow[], y: TableRow[]) => x.length === y.length && x.every((r, i) => r.id === y[i].id && r.role === y[i].role);

/**
 * The usual case: both sides changed cells only (same columns, header, rows and row roles in the
 * same order). The general merge gives the same table and conflicts then; this one keeps the row
 * objects neither side changed, so stored rows are not hashed or written again.
 */
function sameLayout(o: DataTableElement, a: DataTableElement, b: DataTableElement): boolean {
  return (
    sameColumns(o.columns, a.columns) && sameColumns(o.columns, b.columns) && sameHeader(o.header, a.header) && sameHeader(o.header, b.header) &&
    sameRowIds(o.rows, a.rows) && sameRowIds(o.rows, b.rows)
  );
}

const sameCells = (x: TableRow, y: TableRow) => x === y || x.cells.every((v, i) => v === y.cells[i]);
/** Exactly the keys a merged row is built with, in that order: such a row can stand for the merged one as it is. */
const plainRow = (r: TableRow) => {
  const k = Object.keys(r);
  return k.length === 3 && k[0] === 'id' && k[1] === 'role' && k[2] === 'cells';
};

function mergeRows(o: TableRow[], a: TableRow[], b: TableRow[], columns: TableColumn[], conflict: (key: string, o: string | null, x: string | null, y: string | null) => void): TableRow[] {
  return o.map((ro, i) => {
    const [ra, rb] = [a[i], b[i]];
    const take = sameCells(ra, rb) || sameCells(ra, ro) ? rb : sameCells(rb, ro) ? ra : null;
    if (take) return plainRow(take) ? take : { id: take.id, role: take.role, cells: take.cells };
    const cells = ro.cells.map((v, c) => {
      const r = pick3(v, ra.cells[c], rb.cells[c]);
      if (r.conflict) conflict(`cell:${ro.id}:${columns[c].id}`, v, ra.cells[c], rb.cells[c]);
      return r.value;
    });
    return { id: ro.id, role: ro.role, cells };
  });
}
