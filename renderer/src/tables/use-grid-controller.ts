// What the grid does with keys, mouse and clipboard, as in a spreadsheet: arrows, Tab and Enter
// move; typing replaces the cell, F2 edits it; Delete clears; Ctrl+C/X/V copy, cut and paste
// ranges (tab-separated text and HTML tables); Ctrl+Z/Y are the answer's undo and redo. Every
// change is one table edit, and the keystrokes of one cell edit share a session (one undo step).
import type React from 'react';
import { useCallback } from 'react';
import type { Editor } from 'slate';
import type { DataTableElement } from '../../../shared/editor/types';
import { parseHtmlTable, parseTsv, textGrid } from '../../../shared/tables/clipboard';
import { type Cell, type Table, cellText, clearRange, gridHeight, insertRow, isHeaderRow, pasteBlock, rangeTexts, setCell, setHeaderRange, toTsv } from '../../../shared/tables/edit';
import { headerSpans, spanAt } from '../../../shared/tables/spans';
import { randomIds } from '../../../shared/tables/ids';
import { type Move, move, snap } from '../../../shared/tables/navigate';
import { endSession } from '../../../shared/tables/with-tables';
import { type EditState, type Selection, blockToHtml, isSingle, topLeft } from './grid-state';
import { type TableEdit, newSession } from './use-table-edit';

const ids = randomIds();
/** Events from the text box of the cell being edited are that box's own business. */
const fromCellEditor = (e: React.SyntheticEvent) => (e.target as HTMLElement).tagName === 'TEXTAREA';

/** One keystroke of a cell edit: a body cell, or the heading's columns as they were when the edit began. */
const write = (t: Table, r: number, c: number, span: EditState['span'], value: string) =>
  span ? setHeaderRange(t, r, span[0], span[1], value) : setCell(t, r, c, value);
const ARROWS: Record<string, Move> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

interface Options {
  table: DataTableElement;
  sel: Selection;
  setSel: (s: Selection) => void;
  editing: EditState | null;
  setEditing: (e: EditState | null) => void;
  apply: (edit: TableEdit, session?: string) => string | null;
  editor: Editor;
  focusGrid: () => void;
  /** Escape (or Shift+Tab on the first cell) hands the keyboard to the table's toolbar: no trap. */
  onLeave: () => void;
  onNotice: (message: string | null) => void;
}

export function useGridController(o: Options) {
  const { table, sel, setSel, editing, setEditing, apply, editor, focusGrid, onLeave, onNotice } = o;

  const go = useCallback((cell: Cell, extend = false) => setSel({ active: cell, anchor: extend ? sel.anchor : cell }), [sel.anchor, setSel]);

  const run = useCallback(
    (edit: TableEdit, session?: string) => {
      const error = apply(edit, session);
      onNotice(error);
      return error === null;
    },
    [apply, onNotice],
  );

  const startEdit = useCallback(
    (mode: EditState['mode'], typed?: string) => {
      const { r, c } = sel.active;
      const session = newSession(`${table.id}:${r}:${c}`);
      const original = cellText(table, r, c);
      const found = isHeaderRow(table, r) ? (spanAt(headerSpans(table.header), r, c) ?? { start: c, span: 1 }) : null;
      const span: EditState['span'] = found ? [found.start, found.start + found.span - 1] : null;
      if (typed !== undefined) run((t) => write(t, r, c, span, typed), session);
      setEditing({ r, c, mode, session, original, draft: typed ?? original, span });
    },
    [sel.active, table, run, setEditing],
  );

  const finishEdit = useCallback(() => {
    endSession(editor);
    setEditing(null);
  }, [editor, setEditing]);

  /** Tab: the next cell, adding a row after the last one. */
  const tab = useCallback(
    (backwards: boolean) => {
      const next = move(table, sel.active, backwards ? 'previous' : 'next');
      if (next.append && !run((t) => insertRow(t, gridHeight(t) - 1, 'below', ids))) return;
      go(next.cell);
    },
    [table, sel.active, run, go],
  );

  const onGridKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (fromCellEditor(e)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key;
      const lower = key.toLowerCase();
      if (mod && !e.altKey && (lower === 'z' || lower === 'y')) {
        if (lower === 'y' || e.shiftKey) editor.redo();
        else editor.undo();
      } else if (mod && lower === 'a') {
        setSel({ anchor: { r: 0, c: 0 }, active: { r: gridHeight(table) - 1, c: table.columns.length - 1 } });
      } else if (ARROWS[key]) {
        const dir = ARROWS[key];
        const target = mod ? move(table, sel.active, dir === 'left' ? 'home' : dir === 'right' ? 'end' : dir === 'up' ? 'first' : 'last').cell : move(table, sel.active, dir).cell;
        go(mod && (dir === 'up' || dir === 'down') ? snap(table, { r: target.r, c: sel.active.c }) : target, e.shiftKey);
      } else if (key === 'Tab' && e.shiftKey && sel.active.r === 0 && sel.active.c === 0) {
        onLeave();
      } else if (key === 'Tab') {
        tab(e.shiftKey);
      } else if (key === 'Enter') {
        go(move(table, sel.active, e.shiftKey ? 'up' : 'down').cell);
      } else if (key === 'Home' || key === 'End') {
        go(move(table, sel.active, mod ? (key === 'Home' ? 'first' : 'last') : key === 'Home' ? 'home' : 'end').cell, e.shiftKey);
      } else if (key === 'F2') {
        startEdit('edit');
      } else if (key === 'Delete' || key === 'Backspace') {
        run((t) => clearRange(t, sel.anchor, sel.active));
      } else if (key === 'Escape') {
        if (isSingle(sel)) onLeave();
        else go(sel.active);
      } else if (key.length === 1 && !mod && !e.altKey) {
        startEdit('enter', key);
      } else return;
      e.preventDefault();
      e.stopPropagation();
    },
    [editor, table, sel, setSel, go, tab, startEdit, run, onLeave],
  );

  /** Text that arrives without a key press (dictation, an IME, an on-screen keyboard) starts an edit too. */
  const onGridBeforeInput = useCallback(
    (e: InputEvent) => {
      if ((e.target as HTMLElement).tagName === 'TEXTAREA') return;
      e.preventDefault();
      if ((e.inputType === 'insertText' || e.inputType === 'insertReplacementText') && e.data) startEdit('enter', e.data);
    },
    [startEdit],
  );

  const onInputChange = useCallback(
    (value: string) => {
      if (!editing) return;
      setEditing({ ...editing, draft: value });
      run((t) => write(t, editing.r, editing.c, editing.span, value), editing.session);
    },
    [editing, setEditing, run],
  );

  const onInputKeyDown = useCallback(
    (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
      e.stopPropagation();
      if (!editing) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key;
      const lower = key.toLowerCase();
      const leave = (then?: () => void) => {
        e.preventDefault();
        finishEdit();
        then?.();
        focusGrid();
      };
      if (mod && !e.altKey && (lower === 'z' || lower === 'y')) leave(() => (lower === 'y' || e.shiftKey ? editor.redo() : editor.undo()));
      else if (key === 'Enter' && e.altKey) {
        e.preventDefault();
        const el = e.currentTarget;
        const v = `${el.value.slice(0, el.selectionStart)}\n${el.value.slice(el.selectionEnd)}`;
        onInputChange(v);
      } else if (key === 'Enter') leave(() => go(move(table, sel.active, e.shiftKey ? 'up' : 'down').cell));
      else if (key === 'Tab') leave(() => tab(e.shiftKey));
      else if (key === 'Escape') leave(() => run((t) => write(t, editing.r, editing.c, editing.span, editing.original), editing.session));
      else if (key === 'ArrowUp' || key === 'ArrowDown' || (editing.mode === 'enter' && (key === 'ArrowLeft' || key === 'ArrowRight'))) {
        leave(() => go(move(table, sel.active, ARROWS[key]).cell));
      }
    },
    [editing, editor, finishEdit, focusGrid, onInputChange, go, table, sel.active, tab, run],
  );

  const copy = useCallback(
    (e: React.ClipboardEvent, cut: boolean) => {
      if (fromCellEditor(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const block = rangeTexts(table, sel.anchor, sel.active);
      e.clipboardData.setData('text/plain', toTsv(block));
      e.clipboardData.setData('text/html', blockToHtml(block));
      if (cut) run((t) => clearRange(t, sel.anchor, sel.active));
    },
    [table, sel, run],
  );

  const onPaste = useCallback(
    (e: React.ClipboardEvent) => {
      const text = e.clipboardData.getData('text/plain');
      const html = e.clipboardData.getData('text/html');
      // Inside a cell being edited, a single value pastes as text; a range pastes as cells.
      if (fromCellEditor(e) && !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
      e.preventDefault();
      e.stopPropagation();
      if (editing) finishEdit();
      const source = (/<table[\s>]/i.test(html) && parseHtmlTable(html)) || textGrid(parseTsv(text));
      if (source.length === 0) return;
      const at = topLeft(sel);
      let block = source.map((row, i) => row.map((cell) => (cell.continues === 'left' && at.r + i < table.header.length ? cell.text : cell.continues ? '' : cell.text)));
      // One value pasted over a selected range fills the range, as spreadsheets do.
      if (block.length === 1 && block[0].length === 1 && !isSingle(sel)) {
        const rows = Math.abs(sel.active.r - sel.anchor.r) + 1;
        const cols = Math.abs(sel.active.c - sel.anchor.c) + 1;
        block = Array.from({ length: rows }, () => Array.from({ length: cols }, () => block[0][0]));
      }
      if (run((t) => pasteBlock(t, at, block, ids))) {
        setSel({ anchor: at, active: { r: at.r + block.length - 1, c: at.c + Math.max(...block.map((b) => b.length)) - 1 } });
      }
      focusGrid();
    },
    [editing, finishEdit, sel, table.header.length, run, setSel, focusGrid],
  );

  const onCellMouseDown = useCallback(
    (e: React.MouseEvent, cell: Cell) => {
      if (editing && (editing.r !== cell.r || editing.c !== cell.c)) finishEdit();
      if (editing && editing.r === cell.r && editing.c === cell.c) return;
      e.preventDefault();
      go(snap(table, cell), e.shiftKey);
      focusGrid();
    },
    [editing, finishEdit, go, table, focusGrid],
  );

  return {
    onGridKeyDown, onGridBeforeInput, onInputKeyDown, onInputChange, onPaste, finishEdit, startEdit, onCellMouseDown,
    onCopy: (e: React.ClipboardEvent) => copy(e, false),
    onCut: (e: React.ClipboardEvent) => copy(e, true),
  };
}
