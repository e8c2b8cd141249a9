// The grid's selection and editing state, held by the table element so that its toolbar acts on
// the same cell the keyboard is on. One small object for the whole table, never one per cell.
import type { Cell } from '../../../shared/tables/edit';

export interface Selection {
  active: Cell;
  anchor: Cell;
}

export interface EditState {
  r: number;
  c: number;
  /** 'enter': typing replaced the cell, arrows leave it; 'edit' (F2, double click): arrows move the caret. */
  mode: 'enter' | 'edit';
  session: string;
  original: string;
  draft: string;
  /** In a header row: the columns the heading covered when the edit began; they change together. */
  span: [number, number] | null;
}

export const cellId = (tableId: string, r: number, c: number) => `${tableId}-r${r}-c${c}`;

export function inRange(sel: Selection, r: number, c: number): boolean {
  return (
    r >= Math.min(sel.active.r, sel.anchor.r) && r <= Math.max(sel.active.r, sel.anchor.r) &&
    c >= Math.min(sel.active.c, sel.anchor.c) && c <= Math.max(sel.active.c, sel.anchor.c)
  );
}

export const topLeft = (sel: Selection): Cell => ({ r: Math.min(sel.active.r, sel.anchor.r), c: Math.min(sel.active.c, sel.anchor.c) });
export const isSingle = (sel: Selection) => sel.active.r === sel.anchor.r && sel.active.c === sel.anchor.c;

/** A block of cells as a small HTML table, for pasting into Word, Excel or LibreOffice. */
export function blockToHtml(block: string[][]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<table>${block.map((row) => `<tr>${row.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`).join('')}</table>`;
}
