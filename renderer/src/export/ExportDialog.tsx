// The Export dialog: the pre-export check, the title page, and the export itself (format, report or
// review copy, "export anyway as a draft"). A modal <dialog>, so focus, Escape and the backdrop
// behave as the platform does.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TitleSource } from '../../../shared/export/title';
import type { ExportFormat, ExportLayout, ReportCheck, ReportSettingsView } from '../../../shared/export/types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { CheckList } from './CheckList';
import { downloadFile } from './download';
import { type TitleDraft, TitlePageForm, fromDraft, toDraft } from './TitlePageForm';
import './export.css';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  onClose: () => void;
  onOpen: (paragraph: string, ref: string) => void;
}

const FORMATS: ExportFormat[] = ['docx', 'html', 'json'];

export function ExportDialog({ onClose, onOpen }: Props) {
  const { t } = useTranslation('export');
  const coreText = useCoreText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [check, setCheck] = useState<ReportCheck | null>(null);
  const [settings, setSettings] = useState<ReportSettingsView | null>(null);
  const [draft, setDraft] = useState<TitleDraft | null>(null);
  const [source, setSource] = useState<TitleSource | null>(null);
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [layout, setLayout] = useState<ExportLayout>('report');
  const [asDraft, setAsDraft] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<CoreSaid | null>(null);

  useEffect(() => {
    void Promise.all([api['report.check']({}), api['report.getSettings']({}), api['workspace.info']({})]).then(([c, s, w]) => {
      if (!c.ok) return setError(c);
      if (!s.ok) return setError(s);
      // Without the list's metadata the title simply stays as it is when the language changes.
      if (w.ok) setSource(w.value.document);
      setCheck(c.value);
      setSettings(s.value);
      setDraft(toDraft(s.value));
    });
  }, []);

  const dirty = settings !== null && draft !== null && (JSON.stringify(toDraft(settings)) !== JSON.stringify(draft) || !settings.saved);

  const save = useCallback(async (): Promise<boolean> => {
    if (!draft) return false;
    const r = await api['report.saveSettings'](fromDraft(draft));
    if (!r.ok) {
      setError(r);
      return false;
    }
    setSettings(r.value);
    setDraft(toDraft(r.value));
    setError(null);
    return true;
  }, [draft]);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      if (dirty && !(await save())) return;
      const r = await api['report.export']({ format, layout, draft: layout === 'report' && asDraft });
      if (!r.ok) return setError(r);
      setError(null);
      downloadFile(r.value);
      setMessage(t('exported', { file: r.value.fileName, size: Math.max(1, Math.round(r.value.bytes / 1024)) }));
    } finally {
      setBusy(false);
    }
  };

  const blocked = layout === 'report' && check !== null && !check.ready && !asDraft;
  // A draft or review copy may be exported with conflicts open: say so before the click, and how the file shows them.
  const openConflicts = check?.conflicts.reduce((n, c) => n + c.count, 0) ?? 0;
  return (
    <ModalDialog ref={dialog} kind="export" title={t('title')} titleId="export-dialog-title" closeLabel={t('close')} onClose={onClose}>
        <section className="export-check" aria-labelledby="export-check-title">
          <h3 id="export-check-title">{t('checkTitle')}</h3>
          {check ? (
            <CheckList
              check={check}
              onOpen={(p, r) => {
                dialog.current?.close();
                onOpen(p, r);
              }}
            />
          ) : (
            <p className="loading">{t('checking')}</p>
          )}
        </section>
        <div className="export-side">
          <section aria-labelledby="export-title-page">
            <h3 id="export-title-page">{t('titlePage')}</h3>
            {draft && <TitlePageForm draft={draft} source={source} onChange={(d) => { setDraft(d); setMessage(null); }} />}
            {settings && !settings.saved && <p className="export-hint">{t('derived')}</p>}
            <button type="button" className="secondary" disabled={!dirty || busy} onClick={() => void save().then((ok) => ok && setMessage(t('saved')))}>
              {t('saveSettings')}
            </button>
          </section>
          <section aria-labelledby="export-export-title">
            <h3 id="export-export-title">{t('exportTitle')}</h3>
            <fieldset>
              <legend>{t('content')}</legend>
              {(['report', 'review'] as const).map((l) => (
                <label key={l} className="choice">
                  <input type="radio" name="export-layout" checked={layout === l} onChange={() => setLayout(l)} />
                  {t(l === 'report' ? 'layoutReport' : 'layoutReview')}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('format')}</legend>
              {FORMATS.map((f) => (
                <label key={f} className="choice">
                  <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
                  {t(f)}
                </label>
              ))}
            </fieldset>
            {layout === 'report' && check && !check.ready && (
              <label className="choice draft-choice">
                <input type="checkbox" checked={asDraft} onChange={(e) => setAsDraft(e.target.checked)} />
                <span>
                  {t('draft')}
                  <small>{t('draftHint')}</small>
                </span>
              </label>
            )}
            {openConflicts > 0 && !blocked && (
              <p className="export-warning" role="note">
                {t(format === 'json' ? 'conflictsListed' : 'conflictsMarked', { count: openConflicts })}
              </p>
            )}
            <div className="export-actions">
              <button type="button" className="primary" disabled={busy || blocked || check === null} onClick={() => void run()}>
                {busy ? t('exporting') : t('export')}
              </button>
              {message && <span className="export-message" role="status">{message}</span>}
            </div>
            {error && <p role="alert" className="panel-error">{coreText(error)}</p>}
          </section>
        </div>
    </ModalDialog>
  );
}
