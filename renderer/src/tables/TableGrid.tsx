// The grid of a table: header rows with merged headings, body rows with their role, each cell
// flagged when it does not read or when a total disagrees. Long tables draw only the rows in view
// (fixed row height), so a 10,000-cell paste stays responsive.
import type React from 'react';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellKind, DataTableElement, TableRow } from '../../../shared/editor/types';
import { missingMark } from '../../../shared/tables/cells';
import { headerSpans } from '../../../shared/tables/spans';
import { type EditState, type Selection, cellId, inRange } from './grid-state';
import type { CellFlags } from './table-flags';

export const ROW_HEIGHT = 28;
const VIRTUAL_FROM = 150;
const VIEW_ROWS = 16;
const OVERSCAN = 12;

interface Handlers {
  onGridKeyDown: (e: React.KeyboardEvent) => void;
  onGridBeforeInput: (e: InputEvent) => void;
  onInputKeyDown: (e: React.KeyboardEvent<HTMLTextAreaElement>) => void;
  onInputChange: (value: string) => void;
  onCopy: (e: React.ClipboardEvent) => void;
  onCut: (e: React.ClipboardEvent) => void;
  onPaste: (e: React.ClipboardEvent) => void;
  onCellMouseDown: (e: React.MouseEvent, cell: { r: number; c: number }) => void;
  startEdit: (mode: 'edit') => void;
  finishEdit: () => void;
}

interface Props {
  table: DataTableElement;
  flags: CellFlags;
  sel: Selection;
  editing: EditState | null;
  handlers: Handlers;
  gridRef: React.RefObject<HTMLTableElement | null>;
  label: string;
}

const width = (kind: CellKind) => (kind === 'text' ? 180 : 92);

export function TableGrid({ table, flags, sel, editing, handlers, gridRef, label }: Props) {
  const { t } = useTranslation('tables');
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const h = table.header.length;
  const virtual = table.rows.length > VIRTUAL_FROM;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual ? Math.min(table.rows.length, first + VIEW_ROWS + 2 * OVERSCAN) : table.rows.length;
  // While a heading is being edited it is drawn as the cells it covered when the edit began, so
  // that typing a label equal to its neighbour's does not merge the cell away under the cursor.
  const spans = headerSpans(
    editing?.span ? table.header.map((row, r) => (r === editing.r ? row.map((l, c) => (c >= editing.span![0] && c <= editing.span![1] ? `\u0000${l}` : l)) : row)) : table.header,
  );

  // The grid is an editing host only so that it receives typed text and clipboard events; every
  // beforeinput is cancelled here (React has no handler for the native event).
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const listener = (e: Event) => handlers.onGridBeforeInput(e as InputEvent);
    grid.addEventListener('beforeinput', listener);
    return () => grid.removeEventListener('beforeinput', listener);
  }, [gridRef, handlers.onGridBeforeInput]);

  // Keep the active cell in view, whether its row is drawn or not, while the grid has the keyboard:
  // a table that merely appears (an answer opening) must not scroll the page to itself.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || !gridRef.current?.contains(document.activeElement)) return;
    const b = sel.active.r - h;
    if (virtual && b >= 0) {
      const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const top = b * ROW_HEIGHT;
      if (top < box.scrollTop) box.scrollTop = top;
      else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight - head) box.scrollTop = top + ROW_HEIGHT - box.clientHeight + head;
    }
    document.getElementById(cellId(table.id, sel.active.r, sel.active.c))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sel.active, h, virtual, table.id]);

  const cellProps = (r: number, c: number) => ({
    id: cellId(table.id, r, c),
    'aria-selected': inRange(sel, r, c),
    onMouseDown: (e: React.MouseEvent) => handlers.onCellMouseDown(e, { r, c }),
    onDoubleClick: () => handlers.startEdit('edit'),
  });
  const editorFor = (r: number, c: number) =>
    editing && editing.r === r && editing.c === c ? (
      <CellEditor key={editing.session} editing={editing} label={t('editCell', { row: r + 1, col: c + 1 })} onChange={handlers.onInputChange} onKeyDown={handlers.onInputKeyDown} onBlur={handlers.finishEdit} />
    ) : null;

  return (
    <div className={`dt-scroll${virtual ? ' virtual' : ''}`} ref={scroller} onScroll={(e) => virtual && setScrollTop(e.currentTarget.scrollTop)}>
      <table
        ref={gridRef}
        role="grid"
        aria-label={label}
        aria-rowcount={h + table.rows.length}
        aria-colcount={table.columns.length}
        aria-activedescendant={cellId(table.id, sel.active.r, sel.active.c)}
        aria-multiselectable="true"
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        onDrop={(e) => e.preventDefault()}
        className="dt-grid"
        style={{ width: 34 + table.columns.reduce((s, c) => s + width(c.kind), 0) }}
        onKeyDown={handlers.onGridKeyDown}
        onCopy={handlers.onCopy}
        onCut={handlers.onCut}
        onPaste={handlers.onPaste}
      >
        {/* How to use the grid, for screen readers; its text also holds the grid's hidden caret. */}
        <caption className="visually-hidden dt-caret">{t('keys')}</caption>
        <colgroup>
          <col style={{ width: 34 }} />
          {table.columns.map((c) => (
            <col key={c.id} style={{ width: width(c.kind) }} />
          ))}
        </colgroup>
        <thead>
          {table.header.map((row, r) => (
            <tr key={r} role="row" aria-rowindex={r + 1}>
              <th className="dt-gutter" aria-hidden="true">H</th>
              {spans[r].map((s) => (
                <th key={s.start} role="columnheader" colSpan={s.span} aria-colindex={s.start + 1} className={`dt-head${sel.active.r === r && sel.active.c === s.start ? ' active' : ''}`} {...cellProps(r, s.start)}>
                  <span className="dt-text">{table.header[r][s.start]}</span>
                  {editorFor(r, s.start)}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {first > 0 && <tr className="dt-spacer" style={{ height: first * ROW_HEIGHT }} aria-hidden="true" />}
          {table.rows.slice(first, last).map((row, i) => {
            const b = first + i;
            const r = h + b;
            return (
              <GridRow
                key={row.id}
                row={row}
                r={r}
                index={b}
                table={table}
                flags={flags}
                activeC={sel.active.r === r ? sel.active.c : -1}
                selected={r >= Math.min(sel.active.r, sel.anchor.r) && r <= Math.max(sel.active.r, sel.anchor.r) ? sel : null}
                cellProps={cellProps}
                editor={editing && editing.r === r ? editorFor(r, editing.c) : null}
              />
            );
          })}
          {last < table.rows.length && <tr className="dt-spacer" style={{ height: (table.rows.length - last) * ROW_HEIGHT }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: TableRow;
  r: number;
  index: number;
  table: DataTableElement;
  flags: CellFlags;
  activeC: number;
  selected: Selection | null;
  cellProps: (r: number, c: number) => object;
  editor: React.ReactNode;
}

const GridRow = memo(function GridRow({ row, r, index, table, flags, activeC, selected, cellProps, editor }: RowProps) {
  const { t } = useTranslation('tables');
  const marker = row.role === 'total' ? 'Σ' : row.role === 'group' ? '▸' : String(index + 1);
  return (
    <tr role="row" aria-rowindex={r + 1} className={`dt-row role-${row.role}`} data-role={row.role}>
      <th className="dt-gutter" title={row.role === 'data' ? undefined : t(row.role === 'total' ? 'totalRow' : 'groupRow')} aria-hidden="true">
        {marker}
      </th>
      {table.columns.map((col, c) => {
        const raw = row.cells[c] ?? '';
        const flag = flags.get(`${row.id}:${col.id}`);
        const classes = [
          'dt-cell',
          col.kind === 'text' ? 'kind-text' : 'kind-number',
          missingMark(raw) ? 'missing' : '',
          flag?.invalid ? 'invalid' : '',
          flag?.mismatch ? 'mismatch' : '',
          activeC === c ? 'active' : '',
          selected && inRange(selected, r, c) ? 'selected' : '',
        ];
        return (
          <td
            key={col.id}
            role="gridcell"
            aria-colindex={c + 1}
            aria-invalid={flag ? true : undefined}
            title={flag?.message}
            className={classes.filter(Boolean).join(' ')}
            {...cellProps(r, c)}
          >
            <span className="dt-text">{raw}</span>
            {activeC === c ? editor : null}
          </td>
        );
      })}
    </tr>
  );
});

interface EditorProps {
  editing: EditState;
  label: string;
  onChange: (v: string) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLTextAreaElement>) => void;
  onBlur: () => void;
}

/** The text box over the cell being edited; its value is written through to the table on every keystroke. */
function CellEditor({ editing, label, onChange, onKeyDown, onBlur }: EditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <textarea
      ref={ref}
      className="dt-input"
      aria-label={label}
      rows={1}
      spellCheck={false}
      value={editing.draft}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onMouseDown={(e) => e.stopPropagation()}
    />
  );
}
