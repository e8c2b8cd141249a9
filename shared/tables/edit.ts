// Edits of a table as pure functions: each returns a new table and shares every row it did not
// touch, so the editor can apply it as one Slate operation and React redraws only changed rows.
// Grid coordinates run over the header rows first, then the body rows.
import type { CellKind, DataTableElement, TableColumn, TableRow } from '../editor/types';
import { LIMITS } from '../editor/schema';
import { coreError } from '../core-messages';
import { type IdSource, freshId } from './ids';
import { checkSize, inferKind } from './infer';
import { headerSpans, spanAt } from './spans';

export type Table = DataTableElement;
export interface Cell {
  r: number;
  c: number;
}

export const gridHeight = (t: Table) => t.header.length + t.rows.length;
export const isHeaderRow = (t: Table, r: number) => r < t.header.length;
const bodyIndex = (t: Table, r: number) => r - t.header.length;
const takenIds = (t: Table) => new Set([...t.columns.map((c) => c.id), ...t.rows.map((r) => r.id)]);
const blank = (n: number) => Array.from({ length: n }, () => '');

export function cellText(t: Table, r: number, c: number): string {
  return (isHeaderRow(t, r) ? t.header[r][c] : t.rows[bodyIndex(t, r)]?.cells[c]) ?? '';
}

/** A new table: one header row, `rows` body rows, a label column and `columns - 1` integer columns. */
export function newTable(ids: IdSource, rows = 3, columns = 3): Table {
  const taken = new Set<string>();
  const cols: TableColumn[] = Array.from({ length: columns }, (_, c) => ({ id: freshId(ids, 'column', taken), kind: c === 0 ? 'text' : 'integer' }));
  return {
    type: 'data-table', id: ids('table'), title: '', source: '', period: '', units: '', notes: '',
    header: [blank(columns)],
    columns: cols,
    rows: Array.from({ length: rows }, () => ({ id: freshId(ids, 'row', taken), role: 'data' as const, cells: blank(columns) })),
    chart: null,
    children: [{ text: '' }],
  };
}

/**
 * Sets one cell. In a header row the whole span is relabelled, so that editing a merged heading
 * keeps it merged.
 */
export function setCell(t: Table, r: number, c: number, value: string): Table {
  const text = value.slice(0, LIMITS.cellChars);
  if (isHeaderRow(t, r)) {
    const span = spanAt(headerSpans(t.header), r, c) ?? { start: c, span: 1 };
    if (t.header[r].slice(span.start, span.start + span.span).every((l) => l === text)) return t;
    const row = t.header[r].map((l, i) => (i >= span.start && i < span.start + span.span ? text : l));
    return { ...t, header: t.header.map((h, i) => (i === r ? row : h)) };
  }
  const b = bodyIndex(t, r);
  const row = t.rows[b];
  if (!row || row.cells[c] === text) return t;
  const cells = row.cells.slice();
  cells[c] = text;
  return { ...t, rows: replaceAt(t.rows, b, { ...row, cells }) };
}

/** Sets header row r's cells from..to (inclusive) to one label: the heading being edited, as it was when editing began. */
export function setHeaderRange(t: Table, r: number, from: number, to: number, value: string): Table {
  const text = value.slice(0, LIMITS.cellChars);
  if (!isHeaderRow(t, r) || t.header[r].slice(from, to + 1).every((l) => l === text)) return t;
  const row = t.header[r].map((l, i) => (i >= from && i <= to ? text : l));
  return { ...t, header: t.header.map((h, i) => (i === r ? row : h)) };
}

/** Header cell (r, c) takes the label of the heading on its left, widening that span. */
export function mergeLeft(t: Table, r: number, c: number): Table {
  if (!isHeaderRow(t, r) || c === 0) return t;
  const span = spanAt(headerSpans(t.header), r, c) ?? { start: c, span: 1 };
  const left = t.header[r][span.start - 1];
  if (span.start === 0 || !left) return t;
  const row = t.header[r].map((l, i) => (i >= span.start && i < span.start + span.span ? left : l));
  return { ...t, header: t.header.map((h, i) => (i === r ? row : h)) };
}

/** Splits the heading that covers (r, c): its first cell keeps the label, the others are blank. */
export function splitSpan(t: Table, r: number, c: number): Table {
  if (!isHeaderRow(t, r)) return t;
  const span = spanAt(headerSpans(t.header), r, c);
  if (!span || span.span === 1) return t;
  const row = t.header[r].map((l, i) => (i > span.start && i < span.start + span.span ? '' : l));
  return { ...t, header: t.header.map((h, i) => (i === r ? row : h)) };
}

/** Clears a rectangle (header labels too). */
export function clearRange(t: Table, from: Cell, to: Cell): Table {
  const [r0, r1] = [Math.min(from.r, to.r), Math.max(from.r, to.r)];
  const [c0, c1] = [Math.min(from.c, to.c), Math.max(from.c, to.c)];
  const header = t.header.map((row, r) => (r >= r0 && r <= r1 ? row.map((l, c) => (c >= c0 && c <= c1 ? '' : l)) : row));
  const rows = t.rows.map((row, b) => {
    const r = b + t.header.length;
    if (r < r0 || r > r1) return row;
    return { ...row, cells: row.cells.map((v, c) => (c >= c0 && c <= c1 ? '' : v)) };
  });
  return { ...t, header, rows };
}

/**
 * Writes a block of cells with its top-left at (r, c), adding body rows and columns as needed.
 * New columns take the kind their pasted values read as.
 */
export function pasteBlock(t: Table, at: Cell, block: readonly (readonly string[])[], ids: IdSource): Table {
  const height = block.length;
  const width = Math.max(0, ...block.map((b) => b.length));
  if (height === 0 || width === 0) return t;
  const needRows = Math.max(0, at.r + height - gridHeight(t));
  const needCols = Math.max(0, at.c + width - t.columns.length);
  checkSize(t.rows.length + needRows, t.columns.length + needCols);
  const long = block.flat().find((v) => v.length > LIMITS.cellChars);
  if (long !== undefined) throw coreError('tableEdit.pastedCellTooLong', { chars: long.length, max: LIMITS.cellChars });
  const taken = takenIds(t);
  const newCols: TableColumn[] = Array.from({ length: needCols }, (_, i) => {
    const c = t.columns.length + i - at.c;
    return { id: freshId(ids, 'column', taken), kind: inferKind(block.slice(isHeaderRow(t, at.r) ? t.header.length - at.r : 0).map((row) => row[c] ?? ''), false) };
  });
  const columns = [...t.columns, ...newCols];
  const widen = (cells: string[]) => (needCols ? [...cells, ...blank(needCols)] : cells);
  const value = (r: number, c: number) => block[r - at.r]?.[c - at.c];
  const inBlock = (r: number, c: number) => r >= at.r && r < at.r + height && c >= at.c && c < at.c + width;

  const header = t.header.map((row, r) => {
    if (r < at.r || r >= at.r + height) return needCols ? widen(row) : row;
    return widen(row).map((l, c) => (inBlock(r, c) ? (value(r, c) ?? '') : l));
  });
  const rows: TableRow[] = t.rows.map((row, b) => {
    const r = b + t.header.length;
    if (r < at.r || r >= at.r + height) return needCols ? { ...row, cells: widen(row.cells) } : row;
    return { ...row, cells: widen(row.cells).map((v, c) => (inBlock(r, c) ? (value(r, c) ?? '') : v)) };
  });
  for (let i = 0; i < needRows; i++) {
    const r = gridHeight(t) + i;
    rows.push({ id: freshId(ids, 'row', taken), role: 'data', cells: columns.map((_, c) => (inBlock(r, c) ? (value(r, c) ?? '') : '')) });
  }
  return { ...t, header, columns, rows };
}

/** Inserts a row above or below grid row r: a header row inside the header, otherwise a data row. */
export function insertRow(t: Table, r: number, where: 'above' | 'below', ids: IdSource): Table {
  const width = t.columns.length;
  if (isHeaderRow(t, r)) {
    if (t.header.length >= LIMITS.headerRows) throw coreError('tableEdit.tooManyHeaderRows', { max: LIMITS.headerRows });
    const at = where === 'above' ? r : r + 1;
    return { ...t, header: [...t.header.slice(0, at), blank(width), ...t.header.slice(at)] };
  }
  checkSize(t.rows.length + 1, width);
  const at = Math.max(0, Math.min(t.rows.length, bodyIndex(t, r) + (where === 'below' ? 1 : 0)));
  const row: TableRow = { id: freshId(ids, 'row', takenIds(t)), role: 'data', cells: blank(width) };
  return { ...t, rows: [...t.rows.slice(0, at), row, ...t.rows.slice(at)] };
}

export function deleteRow(t: Table, r: number): Table {
  if (gridHeight(t) <= 1) throw coreError('tableEdit.lastRow', {});
  if (isHeaderRow(t, r)) return { ...t, header: t.header.filter((_, i) => i !== r) };
  return { ...t, rows: t.rows.filter((_, i) => i !== bodyIndex(t, r)) };
}

/** Moves a row up (-1) or down (+1) within the header or within the body; never across. */
export function moveRow(t: Table, r: number, delta: -1 | 1): Table {
  const to = r + delta;
  if (to < 0 || to >= gridHeight(t) || isHeaderRow(t, r) !== isHeaderRow(t, to)) return t;
  if (isHeaderRow(t, r)) return { ...t, header: swap(t.header, r, to) };
  return { ...t, rows: swap(t.rows, bodyIndex(t, r), bodyIndex(t, to)) };
}

/** The last header row becomes the first body row, or the first body row the last header row. */
export function toggleHeaderRow(t: Table, r: number, ids: IdSource): Table {
  if (isHeaderRow(t, r)) {
    if (r !== t.header.length - 1) throw coreError('tableEdit.onlyLastHeaderRow', {});
    const row: TableRow = { id: freshId(ids, 'row', takenIds(t)), role: 'data', cells: t.header[r].slice() };
    return { ...t, header: t.header.slice(0, -1), rows: [row, ...t.rows] };
  }
  if (bodyIndex(t, r) !== 0) throw coreError('tableEdit.onlyFirstBodyRow', {});
  if (t.header.length >= LIMITS.headerRows) throw coreError('tableEdit.tooManyHeaderRows', { max: LIMITS.headerRows });
  return { ...t, header: [...t.header, t.rows[0].cells.slice()], rows: t.rows.slice(1) };
}

export function setRole(t: Table, r: number, role: TableRow['role']): Table {
  const b = bodyIndex(t, r);
  if (b < 0 || !t.rows[b] || t.rows[b].role === role) return t;
  return { ...t, rows: replaceAt(t.rows, b, { ...t.rows[b], role }) };
}

export function insertColumn(t: Table, c: number, where: 'left' | 'right', ids: IdSource, kind: CellKind = 'integer'): Table {
  checkSize(t.rows.length, t.columns.length + 1);
  const at = Math.max(0, Math.min(t.columns.length, c + (where === 'right' ? 1 : 0)));
  const col: TableColumn = { id: freshId(ids, 'column', takenIds(t)), kind };
  const ins = <T>(list: T[], v: T) => [...list.slice(0, at), v, ...list.slice(at)];
  // A column inserted inside a merged heading joins it.
  const inside = (row: string[]) => (at > 0 && at < row.length && row[at - 1] === row[at] && row[at] !== '' ? row[at] : '');
  return {
    ...t,
    columns: ins(t.columns, col),
    header: t.header.map((row) => ins(row, inside(row))),
    rows: t.rows.map((row) => ({ ...row, cells: ins(row.cells, '') })),
  };
}

export function deleteColumn(t: Table, c: number): Table {
  if (t.columns.length <= 1) throw coreError('tableEdit.lastColumn', {});
  const drop = <T>(list: T[]) => list.filter((_, i) => i !== c);
  return { ...t, columns: drop(t.columns), header: t.header.map(drop), rows: t.rows.map((row) => ({ ...row, cells: drop(row.cells) })) };
}

export function moveColumn(t: Table, c: number, delta: -1 | 1): Table {
  const to = c + delta;
  if (to < 0 || to >= t.columns.length) return t;
  return {
    ...t,
    columns: swap(t.columns, c, to),
    header: t.header.map((row) => swap(row, c, to)),
    rows: t.rows.map((row) => ({ ...row, cells: swap(row.cells, c, to) })),
  };
}

export function setKind(t: Table, c: number, kind: CellKind): Table {
  if (!t.columns[c] || t.columns[c].kind === kind) return t;
  const col: TableColumn = { id: t.columns[c].id, kind, ...(t.columns[c].total && kind !== 'text' ? { total: true as const } : {}) };
  return { ...t, columns: replaceAt(t.columns, c, col) };
}

export function setTotalColumn(t: Table, c: number, total: boolean): Table {
  const col = t.columns[c];
  if (!col || (col.total === true) === total) return t;
  return { ...t, columns: replaceAt(t.columns, c, total ? { ...col, total: true } : { id: col.id, kind: col.kind }) };
}

/** The block of cell texts in a rectangle, e.g. for copying as tab-separated text. */
export function rangeTexts(t: Table, from: Cell, to: Cell): string[][] {
  const out: string[][] = [];
  for (let r = Math.min(from.r, to.r); r <= Math.max(from.r, to.r); r++) {
    const row: string[] = [];
    for (let c = Math.min(from.c, to.c); c <= Math.max(from.c, to.c); c++) row.push(cellText(t, r, c));
    out.push(row);
  }
  return out;
}

/** Tab-separated text as spreadsheets expect it: cells with tabs, breaks or quotes are quoted. */
export function toTsv(block: readonly (readonly string[])[]): string {
  const quote = (v: string) => (/[\t\n\r"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return block.map((row) => row.map(quote).join('\t')).join('\r\n');
}

function replaceAt<T>(list: readonly T[], i: number, v: T): T[] {
  const out = list.slice();
  out[i] = v;
  return out;
}

function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const out = list.slice();
  [out[a], out[b]] = [out[b], out[a]];
  return out;
}
