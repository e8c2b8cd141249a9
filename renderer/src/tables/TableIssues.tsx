// Under the grid: the size of the table, what its checks found (each disagreeing total with both
// figures), and the message of an edit that was refused. Announced politely to screen readers.
import { useTranslation } from 'react-i18next';
import type { DataTableElement } from '../../../shared/editor/types';
import { formatPlain } from '../../../shared/tables/cells';
import type { TableCheck } from '../../../shared/tables/check';
import { columnLabel } from '../../../shared/tables/spans';

const SHOWN = 5;

export function TableIssues({ table, check, notice }: { table: DataTableElement; check: TableCheck; notice: string | null }) {
  const { t } = useTranslation('tables');
  const n = check.invalid.length;
  const m = check.mismatches.length;
  const place = (rowId: string, columnId: string) => {
    const row = table.rows.find((r) => r.id === rowId);
    const c = table.columns.findIndex((x) => x.id === columnId);
    return `${row?.cells.find((v) => v.trim() !== '') ?? ''} × ${columnLabel(table.header, c) || `#${c + 1}`}`;
  };
  return (
    <div className="dt-status">
      {notice && (
        <p className="dt-notice" role="alert">
          {notice}
        </p>
      )}
      <div className="dt-checks" role="status" aria-live="polite">
        <span className="muted">{t('size', { rows: table.rows.length, cols: table.columns.length })}</span>
        {n === 0 && m === 0 ? (
          <span className="dt-ok">{t('checksOk')}</span>
        ) : (
          <>
            {n > 0 && <span className="dt-bad">{t('invalidCount', { count: n })}</span>}
            {m > 0 && <span className="dt-bad">{t('mismatchCount', { count: m })}</span>}
          </>
        )}
      </div>
      {m > 0 && (
        <ul className="dt-mismatches">
          {check.mismatches.slice(0, SHOWN).map((x) => (
            <li key={`${x.rowId}:${x.columnId}:${x.along}`}>
              <strong>{place(x.rowId, x.columnId)}</strong>:{' '}
              {t(x.along === 'row' ? 'mismatchRow' : 'mismatchColumn', { entered: formatPlain(x.entered, x.decimals), computed: formatPlain(x.computed, x.decimals) })}
            </li>
          ))}
          {m > SHOWN && <li className="muted">{t('moreIssues', { count: m - SHOWN })}</li>}
        </ul>
      )}
    </div>
  );
}
