// "Table" and "Import table…" in the answer's toolbar: a new empty table, or one read from a .csv
// or .xlsx file by the core, inserted after the current paragraph as one undoable edit. A file
// that cannot be read is explained and changes nothing; a non-UTF-8 CSV asks for its encoding.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import type { TextEncoding } from '../../../shared/tables/import-types';
import { IMPORT_MAX_BYTES } from '../../../shared/tables/import-types';
import { newTable } from '../../../shared/tables/edit';
import { randomIds } from '../../../shared/tables/ids';
import { insertTable } from '../../../shared/tables/with-tables';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { fileToBase64 } from './base64';
import { focusTableWhenDrawn } from './focus';

const ids = randomIds();
/** What the core said, shown in the interface's language; or a message of this screen, already in it. */
type Problem = { said: CoreSaid; retry?: { file: File; encoding: TextEncoding } } | null;

export function InsertTableButton() {
  const editor = useSlateStatic();
  const { t } = useTranslation('tables');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const coreText = useCoreText();

  const place = (table: ReturnType<typeof newTable>) => {
    insertTable(editor, table);
    focusTableWhenDrawn(editor, table.id);
  };

  const importFile = async (file: File, encoding?: TextEncoding) => {
    setProblem(null);
    if (file.size > IMPORT_MAX_BYTES) {
      setProblem({ said: { error: t('fileTooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1), max: IMPORT_MAX_BYTES / 1024 / 1024 }) } });
      return;
    }
    setBusy(file.name);
    try {
      const data = await fileToBase64(file);
      const r = await api['table.import']({ fileName: file.name, data, encoding });
      if (!r.ok) setProblem({ said: r });
      else if (r.value.status === 'choose-encoding') {
        setProblem({ said: { error: r.value.message, i18n: r.value.i18n }, retry: r.value.suggested ? { file, encoding: r.value.suggested } : undefined });
      } else place(r.value.table);
    } catch (e) {
      setProblem({ said: { error: e instanceof Error ? e.message : String(e) } });
    } finally {
      setBusy(null);
    }
  };

  return (
    <span className="dt-insert">
      <button
        type="button"
        className="tool tool-table"
        title={t('insertTableHint')}
        aria-label={t('insertTableHint')}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => place(newTable(ids))}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 3h12v10H2zM2 6.5h12M2 9.8h12M6 3v10M10 3v10" fill="none" stroke="currentColor" strokeWidth="1.2" /></svg> {t('insertTable')}
      </button>
      <button type="button" className="tool tool-table-import" title={t('importTableHint')} onMouseDown={(e) => e.preventDefault()} onClick={() => input.current?.click()} disabled={busy !== null}>
        {t('importTable')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tsv,.txt,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="table-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {busy && <span className="dt-busy" role="status">{t('importing', { name: busy })}</span>}
      {problem && (
        <span className="dt-problem" role="alert">
          {coreText(problem.said)}{' '}
          {problem.retry && (
            <button type="button" className="link-button" onClick={() => void importFile(problem.retry!.file, problem.retry!.encoding)}>
              {t('readAs1251')}
            </button>
          )}{' '}
          <button type="button" className="link-button" onClick={() => setProblem(null)}>
            {t('dismiss')}
          </button>
        </span>
      )}
    </span>
  );
}
