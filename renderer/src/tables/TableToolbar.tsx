// The table's own toolbar: rows, columns, headings and the table itself, acting on the active
// cell. Every button is reachable by Tab and returns the keyboard to the grid after acting.
import { useTranslation } from 'react-i18next';
import type { CellKind, DataTableElement, TableRow } from '../../../shared/editor/types';
import {
  deleteColumn, deleteRow, insertColumn, insertRow, isHeaderRow, mergeLeft, moveColumn, moveRow, setKind, setRole, setTotalColumn, splitSpan, toggleHeaderRow,
} from '../../../shared/tables/edit';
import { randomIds } from '../../../shared/tables/ids';
import { headerSpans, spanAt } from '../../../shared/tables/spans';
import type { Selection } from './grid-state';
import type { TableEdit } from './use-table-edit';

const ids = randomIds();
const KINDS: CellKind[] = ['text', 'integer', 'decimal', 'percent'];
const ROLES: TableRow['role'][] = ['data', 'group', 'total'];

interface Props {
  table: DataTableElement;
  sel: Selection;
  /** Runs an edit and gives the keyboard back to the grid; `then` moves the active cell. */
  act: (edit: TableEdit, then?: (t: DataTableElement) => Selection['active']) => void;
  setChart: (chart: DataTableElement['chart']) => void;
  onParagraph: (where: 'above' | 'below') => void;
  onDelete: () => void;
}

export function TableToolbar({ table, sel, act, setChart, onParagraph, onDelete }: Props) {
  const { t } = useTranslation('tables');
  const { r, c } = sel.active;
  const header = isHeaderRow(table, r);
  const body = r - table.header.length;
  const row = header ? null : table.rows[body];
  const col = table.columns[c];
  const span = header ? spanAt(headerSpans(table.header), r, c) : undefined;
  const canToggleHeader = header ? r === table.header.length - 1 : body === 0;

  // Short text on the button, the full name for screen readers and as the tooltip.
  const button = (key: string, label: string, short: string, run: () => void, disabled = false, pressed?: boolean) => (
    <button key={key} type="button" className={`dt-tool dt-${key}`} onClick={run} disabled={disabled} aria-pressed={pressed} aria-label={label} title={label}>
      {short}
    </button>
  );
  const caption = (text: string) => <span className="dt-caption" aria-hidden="true">{text}</span>;

  return (
    <div className="dt-toolbar" role="toolbar" aria-label={t('tools')}>
      <div className="dt-group" role="group" aria-label={t('rowGroup')}>
        {caption(t('rowGroup'))}
        {button('row-above', t('rowAbove'), t('s_above'), () => act((x) => insertRow(x, r, 'above', ids)))}
        {button('row-below', t('rowBelow'), t('s_below'), () => act((x) => insertRow(x, r, 'below', ids), () => ({ r: r + 1, c })))}
        {button('row-delete', t('deleteRow'), t('s_delete'), () => act((x) => deleteRow(x, r), (x) => ({ r: Math.min(r, x.header.length + x.rows.length - 1), c })))}
        {button('row-up', t('moveUp'), '↑', () => act((x) => moveRow(x, r, -1), (x) => ({ r: isHeaderRow(x, r - 1) === header ? Math.max(0, r - 1) : r, c })))}
        {button('row-down', t('moveDown'), '↓', () => act((x) => moveRow(x, r, 1), (x) => ({ r: r + 1 < x.header.length + x.rows.length && isHeaderRow(x, r + 1) === header ? r + 1 : r, c })))}
        {button('header-row', t('headerRow'), t('s_header'), () => act((x) => toggleHeaderRow(x, r, ids)), !canToggleHeader, header)}
        <select aria-label={t('role')} value={row?.role ?? ''} disabled={!row} onChange={(e) => act((x) => setRole(x, r, e.target.value as TableRow['role']))}>
          {header && <option value="">{t('headerCell')}</option>}
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role_${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="dt-group" role="group" aria-label={t('columnGroup')}>
        {caption(t('columnGroup'))}
        {button('col-left', t('columnLeft'), t('s_left'), () => act((x) => insertColumn(x, c, 'left', ids)))}
        {button('col-right', t('columnRight'), t('s_right'), () => act((x) => insertColumn(x, c, 'right', ids), () => ({ r, c: c + 1 })))}
        {button('col-delete', t('deleteColumn'), t('s_delete'), () => act((x) => deleteColumn(x, c), (x) => ({ r, c: Math.min(c, x.columns.length - 1) })))}
        {button('col-left-move', t('moveLeft'), '←', () => act((x) => moveColumn(x, c, -1), () => ({ r, c: Math.max(0, c - 1) })))}
        {button('col-right-move', t('moveRight'), '→', () => act((x) => moveColumn(x, c, 1), (x) => ({ r, c: Math.min(x.columns.length - 1, c + 1) })))}
        <select aria-label={t('kind')} value={col?.kind} onChange={(e) => act((x) => setKind(x, c, e.target.value as CellKind))}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
        {button('total-col', t('totalColumn'), t('s_total'), () => act((x) => setTotalColumn(x, c, !col?.total)), col?.kind === 'text', col?.total === true)}
      </div>
      {header && (
        <div className="dt-group" role="group" aria-label={t('headingGroup')}>
          {caption(t('headingGroup'))}
          {button('merge-left', t('mergeLeft'), t('s_merge'), () => act((x) => mergeLeft(x, r, c), (x) => ({ r, c: spanAt(headerSpans(x.header), r, c)?.start ?? c })), (span?.start ?? c) === 0)}
          {button('split', t('split'), t('s_split'), () => act((x) => splitSpan(x, r, c)), (span?.span ?? 1) === 1)}
        </div>
      )}
      <div className="dt-group" role="group" aria-label={t('tableGroup')}>
        <select aria-label={t('chart')} value={table.chart ?? ''} onChange={(e) => setChart((e.target.value || null) as DataTableElement['chart'])}>
          <option value="">{t('chart_none')}</option>
          <option value="bar">{t('chart_bar')}</option>
          <option value="line">{t('chart_line')}</option>
        </select>
        {button('para-above', t('paragraphAbove'), t('s_paraAbove'), () => onParagraph('above'))}
        {button('para-below', t('paragraphBelow'), t('s_paraBelow'), () => onParagraph('below'))}
        {button('delete-table', t('deleteTable'), t('s_deleteTable'), onDelete)}
      </div>
    </div>
  );
}
