// The tables plugin of the answer editor, free of React so Node tests run it: a table is a void
// block; every edit of it is one set_node operation, so it is undoable and saved like any text;
// a range pasted from a spreadsheet into the text becomes a table.
import { Editor, Element, type Node, type NullableProps, Path, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { DataTableElement } from '../editor/types';
import { UserError } from '../result';
import { type SourceGrid, looksLikeRange, parseHtmlTable, parseTsv, textGrid } from './clipboard';
import { type IdSource, randomIds } from './ids';
import { tableFromGrid } from './infer';

export const isTableNode = (n: Node): n is DataTableElement => Element.isElement(n) && n.type === 'data-table';

/** The clipboard as the plugin needs it: DataTransfer in the browser, a plain object in tests. */
export interface ClipboardData {
  getData(type: string): string;
  readonly types?: readonly string[];
}

/** A spreadsheet range on the clipboard, or null when it holds something else. */
export function clipboardRange(data: ClipboardData): SourceGrid | null {
  if (data.types?.includes('application/x-slate-fragment')) return null;
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (html && /<table[\s>]/i.test(html) && (looksLikeRange(text) || /urn:schemas-microsoft-com:office:excel|sdval|google-sheets-html-origin/i.test(html))) {
    const grid = parseHtmlTable(html);
    if (grid && grid.length > 0) return grid;
  }
  return !html && looksLikeRange(text) ? textGrid(parseTsv(text)) : null;
}

const lastTableError = new WeakMap<Editor, string>();
/** Why the last paste into the text could not become a table (too large…), for the UI to show. */
export const takeTableError = (editor: Editor): string | undefined => {
  const e = lastTableError.get(editor);
  lastTableError.delete(editor);
  return e;
};

export function withTablesUsing(ids: IdSource) {
  return <T extends Editor>(editor: T): T => {
    const { isVoid, normalizeNode, insertData } = editor;
    editor.isVoid = (el) => el.type === 'data-table' || isVoid(el);

    editor.normalizeNode = (entry, options) => {
      const [node, path] = entry;
      if (path.length === 0 && Editor.isEditor(node)) {
        // An answer always has a block to type in; deleting its only table leaves a paragraph.
        if (node.children.length === 0) {
          Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
          return;
        }
        // A table pasted twice into one answer gets a fresh id, so merges can tell them apart.
        const seen = new Set<string>();
        for (const [i, child] of node.children.entries()) {
          if (!isTableNode(child)) continue;
          if (seen.has(child.id)) {
            setTableProps(editor, [i], { id: ids('table') });
            return;
          }
          seen.add(child.id);
        }
      }
      // Tables live at the top level of an answer, never inside a list or a quote.
      if (isTableNode(node) && path.length > 1) {
        Transforms.moveNodes(editor, { at: path, to: Path.next([path[0]]) });
        return;
      }
      normalizeNode(entry, options);
    };

    // Undo and redo tell the open table views, so a cell being edited lets go of its stale text.
    const { undo, redo } = editor as Partial<HistoryEditor>;
    if (undo && redo) {
      const notify = () => {
        sessions.delete(editor);
        historyWatchers.get(editor)?.forEach((fn) => fn());
      };
      Object.assign(editor, {
        undo: () => {
          notify();
          undo();
        },
        redo: () => {
          notify();
          redo();
        },
      });
    }

    editor.insertData = (data) => {
      const grid = clipboardRange(data);
      if (grid) {
        try {
          insertTable(editor, tableFromGrid(grid, ids));
          return;
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          lastTableError.set(editor, e.message);
          return;
        }
      }
      insertData(data);
    };
    return editor;
  };
}

export const withTables = withTablesUsing(randomIds());

const historyWatchers = new WeakMap<Editor, Set<() => void>>();
/** Calls `fn` before every undo and redo of this editor; returns the function that stops it. */
export function onUndoRedo(editor: Editor, fn: () => void): () => void {
  const set = historyWatchers.get(editor) ?? new Set();
  historyWatchers.set(editor, set);
  set.add(fn);
  return () => set.delete(fn);
}

/** The top-level block index of the selection, or null without one. */
function currentBlock(editor: Editor): number | null {
  return editor.selection ? editor.selection.anchor.path[0] : null;
}

/**
 * Inserts a table after the block the cursor is in (or at the end), keeping a paragraph after it
 * to write on; an empty paragraph at the cursor stays below the table. Returns the table's path.
 */
export function insertTable(editor: Editor, table: DataTableElement): Path {
  const block = currentBlock(editor);
  const current = block === null ? null : editor.children[block];
  const emptyHere = current && Element.isElement(current) && current.type === 'paragraph' && Editor.isEmpty(editor, current);
  const at = block === null ? editor.children.length : emptyHere ? block : block + 1;
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, table, { at: [at], select: false });
    if (at + 1 >= editor.children.length) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [at + 1], select: false });
  });
  return [at];
}

const sessions = new WeakMap<Editor, string>();

// Slate's setNodes types only optional keys as nullable, but a table's `chart` is null by design.
const setTableProps = (editor: Editor, at: Path, props: Partial<Omit<DataTableElement, 'type' | 'children'>>) =>
  Transforms.setNodes<Element>(editor, props as Partial<NullableProps<Element>>, { at });

/**
 * Applies an edited table as one set_node operation. Calls that share a `session` (the keystrokes
 * of one cell edit) merge into one undo step; anything else starts a new one.
 */
export function updateTable(editor: Editor, path: Path, next: DataTableElement, session?: string): void {
  const node = Editor.node(editor, path)[0];
  if (!isTableNode(node)) throw new Error(`no table at ${path.join('.')}`);
  const { type: _type, children: _children, ...props } = next;
  const run = () => setTableProps(editor, path, props);
  const merge = session !== undefined && sessions.get(editor) === session && HistoryEditor.isHistoryEditor(editor);
  if (!HistoryEditor.isHistoryEditor(editor)) run();
  else if (merge) HistoryEditor.withMerging(editor, run);
  else HistoryEditor.withNewBatch(editor, run);
  if (session === undefined) sessions.delete(editor);
  else sessions.set(editor, session);
}

/** Ends the current cell-edit session, so the next edit starts a new undo step. */
export const endSession = (editor: Editor) => sessions.delete(editor);

export function removeTable(editor: Editor, path: Path): void {
  Transforms.removeNodes(editor, { at: path, voids: true });
}

/** A paragraph to write in right above or below a table. */
export function insertParagraphBeside(editor: Editor, path: Path, where: 'above' | 'below'): Path {
  const at = where === 'above' ? path : Path.next(path);
  Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at, select: true });
  return at;
}
