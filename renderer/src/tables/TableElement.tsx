// A data table inside an answer, drawn as a Slate void block: its title and source fields, its
// toolbar, the grid, the checks and the chart. Everything it changes goes through the editor as
// table edits, so it is saved, versioned and undone with the rest of the answer.
import './tables.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactEditor, type RenderElementProps } from 'slate-react';
import type { DataTableElement } from '../../../shared/editor/types';
import { checkTable } from '../../../shared/tables/check';
import { gridHeight } from '../../../shared/tables/edit';
import { snap } from '../../../shared/tables/navigate';
import { insertParagraphBeside, onUndoRedo, removeTable } from '../../../shared/tables/with-tables';
import { takeFocusRequest } from './focus';
import type { EditState, Selection } from './grid-state';
import { cellFlags } from './table-flags';
import { TableChart } from './TableChart';
import { TableGrid } from './TableGrid';
import { TableIssues } from './TableIssues';
import { TableMeta } from './TableMeta';
import { TableToolbar } from './TableToolbar';
import { useGridController } from './use-grid-controller';
import { findTable, useTableEdit } from './use-table-edit';

export function TableElement({ attributes, children, element }: RenderElementProps & { element: DataTableElement }) {
  const { t } = useTranslation('tables');
  const { editor, apply } = useTableEdit(element.id);
  const gridRef = useRef<HTMLTableElement>(null);
  const [sel, setSelState] = useState<Selection>({ active: { r: 0, c: 0 }, anchor: { r: 0, c: 0 } });
  const [editing, setEditing] = useState<EditState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Rows and columns come and go (undo, paste, delete): keep the active cell inside the table.
  const safe = useMemo(() => {
    const active = snap(element, sel.active);
    const anchor = { r: Math.min(sel.anchor.r, gridHeight(element) - 1), c: Math.min(sel.anchor.c, element.columns.length - 1) };
    return active.r === sel.active.r && active.c === sel.active.c && anchor.r === sel.anchor.r && anchor.c === sel.anchor.c ? sel : { active, anchor };
  }, [element, sel]);

  const deferred = useDeferredValue(element);
  const check = useMemo(() => checkTable(deferred), [deferred]);
  const flags = useMemo(() => cellFlags(check, t), [check, t]);

  // Slate must first let go: while it thinks it has focus it puts the DOM selection back into the
  // text on its next render, which takes the keyboard away from the grid.
  const focusGrid = useCallback(() => {
    if (ReactEditor.isFocused(editor)) ReactEditor.blur(editor);
    const grid = gridRef.current;
    if (!grid) return;
    grid.focus({ preventScroll: true });
    // The caret (hidden) sits at the grid's start: typed text and the clipboard come to the grid,
    // never to the answer's text behind it.
    window.getSelection()?.collapse(grid.querySelector('caption')?.firstChild ?? grid, 0);
  }, [editor]);
  useEffect(() => {
    if (takeFocusRequest(editor, element.id)) focusGrid();
  }, [editor, element.id, focusGrid]);
  // When a cell edit ends with its text box gone, the keyboard stays in the grid, not on the page.
  // Only then: a table that merely appears (an answer opening) must not take the keyboard.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing && document.activeElement === document.body) focusGrid();
    wasEditing.current = editing !== null;
  }, [editing, focusGrid]);
  // An undo or redo (from the answer's toolbar too) ends a cell edit, whose text it may have changed.
  useEffect(() => onUndoRedo(editor, () => setEditing(null)), [editor]);

  const root = useRef<HTMLDivElement>(null);
  const onLeave = useCallback(() => root.current?.querySelector<HTMLElement>('.dt-toolbar button:not(:disabled), .dt-toolbar select')?.focus(), []);
  const handlers = useGridController({ table: element, sel: safe, setSel: setSelState, editing, setEditing, apply, editor, focusGrid, onLeave, onNotice: setNotice });

  const act = useCallback(
    (edit: Parameters<typeof apply>[0], then?: (x: DataTableElement) => Selection['active']) => {
      if (editing) handlers.finishEdit();
      const error = apply(edit);
      setNotice(error);
      const now = findTable(editor, element.id)?.table;
      if (!error && then && now) {
        const cell = snap(now, then(now));
        setSelState({ active: cell, anchor: cell });
      }
      focusGrid();
    },
    [apply, editing, handlers, editor, element.id, focusGrid],
  );

  const path = () => ReactEditor.findPath(editor, element);
  const title = element.title.trim() || t('untitled');

  return (
    <div {...attributes} className="dt-block" data-table-id={element.id}>
      <div
        ref={root}
        contentEditable={false}
        className="dt"
        // Marks the table's controls as a nested editor: Slate then leaves their focus, selection,
        // clicks and clipboard alone (otherwise its selectionchange handler pulls focus back from a cell).
        data-slate-editor="table"
        onClick={(e) => e.stopPropagation()}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <TableMeta table={element} />
        <TableToolbar
          table={element}
          sel={safe}
          act={act}
          setChart={(chart) => act((x) => ({ ...x, chart }))}
          onParagraph={(where) => {
            insertParagraphBeside(editor, path(), where);
            ReactEditor.focus(editor);
          }}
          onDelete={() => removeTable(editor, path())}
        />
        <div className="dt-body">
          <TableGrid table={element} flags={flags} sel={safe} editing={editing} handlers={handlers} gridRef={gridRef} label={t('gridLabel', { title })} />
          {element.chart && <TableChart table={element} />}
        </div>
        <TableIssues table={deferred} check={check} notice={notice} />
        {/* Shown while the grid has the keyboard; screen readers get the same text from the grid's caption. */}
        <p className="dt-keys" aria-hidden="true">
          {t('keys')}
        </p>
      </div>
      {children}
    </div>
  );
}
