// Applies pure table edits (shared/tables/edit.ts) to the table in the editor as Slate operations.
// The table is found by id at the moment of the edit, so quick successive edits never act on a
// stale copy; a refused edit (a limit) comes back as its one-line message, in the interface language.
import { useCallback } from 'react';
import { type Editor, Element } from 'slate';
import { useSlateStatic } from 'slate-react';
import type { DataTableElement } from '../../../shared/editor/types';
import { UserError } from '../../../shared/result';
import { updateTable } from '../../../shared/tables/with-tables';
import { useCoreText } from '../i18n/core-text';

export type TableEdit = (t: DataTableElement) => DataTableElement;

export function findTable(editor: Editor, id: string): { table: DataTableElement; path: number[] } | null {
  const i = editor.children.findIndex((n) => Element.isElement(n) && n.type === 'data-table' && n.id === id);
  return i < 0 ? null : { table: editor.children[i] as DataTableElement, path: [i] };
}

/** Returns apply(edit, session?) → null when done, or the message of a refused edit. */
export function useTableEdit(id: string) {
  const editor = useSlateStatic();
  const coreText = useCoreText();
  const apply = useCallback(
    (edit: TableEdit, session?: string): string | null => {
      const found = findTable(editor, id);
      if (!found) return null;
      try {
        const next = edit(found.table);
        if (next !== found.table) updateTable(editor, found.path, next, session);
        return null;
      } catch (e) {
        if (e instanceof UserError) return coreText({ error: e.message, i18n: e.i18n });
        throw e;
      }
    },
    [editor, id, coreText],
  );
  return { editor, apply };
}

let sessionCounter = 0;
/** A fresh id for one editing session (one cell edit, one focus of a field): its keystrokes are one undo step. */
export const newSession = (what: string) => `${what}#${++sessionCounter}`;
