// The tables plugin on a bare Slate editor with history: inserting, editing as single undoable
// operations (a cell's keystrokes as one step), pasting a spreadsheet range into the text, and the
// answer staying valid for the store's schema throughout.
import { type Descendant, type Editor, Transforms, createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { answerContentSchema } from '../../../shared/editor/schema';
import type { DataTableElement } from '../../../shared/editor/types';
import { newTable, setCell } from '../../../shared/tables/edit';
import { counterIds } from '../../../shared/tables/ids';
import { endSession, insertTable, takeTableError, updateTable, withTablesUsing } from '../../../shared/tables/with-tables';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

function editorWith(children: Descendant[], at?: number[]): Editor {
  const bare = withHistory(createEditor()) as unknown as Editor;
  // What slate-react's plain-text paste does, which the plugin hands everything else on to.
  bare.insertData = (data) => Transforms.insertText(bare, data.getData('text/plain'));
  const editor = withTablesUsing(counterIds('x'))(bare);
  editor.children = children;
  if (at) editor.selection = { anchor: { path: at, offset: 0 }, focus: { path: at, offset: 0 } };
  return editor;
}
const tableAt = (e: Editor, i: number) => e.children[i] as DataTableElement;
const clipboard = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' });

describe('withTables', () => {
  it('inserts a table after the current paragraph with a paragraph after it, as a void block', () => {
    const e = editorWith([p('Intro')], [0, 0]);
    insertTable(e, newTable(counterIds()));
    expect(e.children.map((n) => (n as { type: string }).type)).toEqual(['paragraph', 'data-table', 'paragraph']);
    expect(e.isVoid(tableAt(e, 1))).toBe(true);
    expect(answerContentSchema.safeParse(e.children).success).toBe(true);
  });

  it('puts the table in place of an empty paragraph, keeping that paragraph below it', () => {
    const e = editorWith([p('Intro'), p('')], [1, 0]);
    insertTable(e, newTable(counterIds()));
    expect(e.children.map((n) => (n as { type: string }).type)).toEqual(['paragraph', 'data-table', 'paragraph']);
  });

  it('merges the keystrokes of one cell edit into one undo step and undoes them together', () => {
    const e = editorWith([p('Intro')], [0, 0]);
    insertTable(e, newTable(counterIds()));
    const type = (text: string, session: string) => updateTable(e, [1], setCell(tableAt(e, 1), 1, 1, text), session);
    type('1', 's1');
    type('12', 's1');
    type('120', 's1');
    endSession(e);
    type('7', 's2');
    expect(tableAt(e, 1).rows[0].cells[1]).toBe('7');
    e.undo();
    expect(tableAt(e, 1).rows[0].cells[1]).toBe('120');
    e.undo();
    expect(tableAt(e, 1).rows[0].cells[1]).toBe('');
    e.redo();
    expect(tableAt(e, 1).rows[0].cells[1]).toBe('120');
  });

  it('turns an Excel range pasted into the text into a table, and leaves ordinary text to Slate', () => {
    const e = editorWith([p('Intro')], [0, 0]);
    e.insertData(clipboard({ 'text/plain': 'Region\tWomen\tMen\nChui\t10\t20\nTotal\t10\t21\n' }) as unknown as DataTransfer);
    const t = tableAt(e, 1);
    expect(t.header).toEqual([['Region', 'Women', 'Men']]);
    expect(t.rows.map((r) => r.role)).toEqual(['data', 'total']);
    expect(answerContentSchema.safeParse(e.children).success).toBe(true);
    e.insertData(clipboard({ 'text/plain': 'plain words' }) as unknown as DataTransfer);
    expect(JSON.stringify(e.children)).toContain('plain words');
    expect(e.children.filter((n) => (n as { type: string }).type === 'data-table')).toHaveLength(1);
  });

  it('refuses a pasted range too large for a table with a message and no change', () => {
    const e = editorWith([p('Intro')], [0, 0]);
    const before = JSON.stringify(e.children);
    const big = Array.from({ length: 20_001 }, (_, i) => `${i}\t1`).join('\n');
    e.insertData(clipboard({ 'text/plain': big }) as unknown as DataTransfer);
    expect(JSON.stringify(e.children)).toBe(before);
    expect(takeTableError(e)).toMatch(/20,001 rows; a table holds at most 20,000/);
  });

  it('gives a second copy of the same table a new id and keeps a paragraph when the only table goes', () => {
    const table = newTable(counterIds());
    const e = editorWith([p('a')], [0, 0]);
    insertTable(e, table);
    insertTable(e, table);
    const ids = e.children.filter((n) => (n as { type: string }).type === 'data-table').map((n) => (n as DataTableElement).id);
    expect(new Set(ids).size).toBe(2);
    const lone = editorWith([table], undefined);
    lone.apply({ type: 'remove_node', path: [0], node: table });
    expect(lone.children).toEqual([p('')]);
  });
});
