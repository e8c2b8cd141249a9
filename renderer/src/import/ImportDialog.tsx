// "Import list of issues": pick a file, check the parsed tree (uncertain places highlighted, with
// merge / split / renumber fixes), see what committing will do to the answers, then commit. A modal
// <dialog>; nothing reaches the workspace before the final button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LOI_BYTES } from '../../../shared/loi/file-limits';
import type { ImportPlan, ImportReport, LoiPreview } from '../../../shared/loi/import-types';
import { countSubitems } from '../../../shared/loi/parse';
import type { ParsedLoi } from '../../../shared/loi/types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { PlanSummary } from './PlanSummary';
import { PreviewTree } from './PreviewTree';
import { fileToBase64 } from './read-file';
import './import.css';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  onClose: () => void;
  onImported: () => void;
}

export function ImportDialog({ onClose, onImported }: Props) {
  const { t } = useTranslation('import');
  const [preview, setPreview] = useState<LoiPreview | null>(null);
  const [loi, setLoi] = useState<ParsedLoi | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // What the core said (shown in the interface's language) or this dialog's own message.
  const [error, setError] = useState<CoreSaid | null>(null);
  const coreText = useCoreText();

  const read = async (file: File) => {
    setError(null);
    setReport(null);
    if (file.size > MAX_LOI_BYTES) {
      return setError({ error: t('tooLarge', { file: file.name, size: (file.size / 1024 / 1024).toFixed(1), max: MAX_LOI_BYTES / 1024 / 1024 }) });
    }
    setBusy(t('reading', { file: file.name }));
    try {
      const r = await api['loi.read']({ fileName: file.name, data: await fileToBase64(file) });
      if (!r.ok) return setError(r);
      setPreview(r.value);
      setLoi(r.value.loi);
      setPlan(r.value.plan);
    } finally {
      setBusy(null);
    }
  };

  const edit = async (next: ParsedLoi) => {
    setLoi(next);
    const r = await api['loi.plan']({ loi: next });
    if (r.ok) {
      setPlan(r.value);
      setError(null);
    } else setError(r);
  };

  const commit = async () => {
    if (!loi || !preview) return;
    setBusy(t('committing'));
    try {
      const r = await api['loi.commit']({ loi, sourceName: preview.fileName });
      if (!r.ok) return setError(r);
      setReport(r.value);
      onImported();
    } finally {
      setBusy(null);
    }
  };

  const doc = loi?.document;
  return (
    <ModalDialog kind="import" title={t('title')} titleId="import-dialog-title" closeLabel={t('close')} onClose={onClose}>
        {!preview && (
          <div className="import-choose">
            <label className="import-file">
              {t('choose')}
              <input
                type="file"
                accept=".pdf,.docx,.htm,.html,.txt,text/plain,application/pdf"
                disabled={busy !== null}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  // Cleared so that picking the same file again, after fixing it on disk, reads it again.
                  e.target.value = '';
                  if (file) void read(file);
                }}
              />
            </label>
            <p className="import-hint">{t('chooseHint')}</p>
          </div>
        )}
        {busy && <p role="status" className="import-busy">{busy}</p>}
        {error && <p role="alert" className="import-error">{coreText(error)}</p>}
        {report && (
          <p role="status" className="import-done">
            {report.mode === 'replace'
              ? t('doneReplace', { file: report.sourceName, paragraphs: report.paragraphs, subitems: report.subitems })
              : t('done', { file: report.sourceName, changed: report.changed.length, added: report.added.length, retired: report.retired.length })}
            {report.reopened.length > 0 && ` ${t('doneReopened', { count: report.reopened.length, refs: report.reopened.map((r) => r.ref).join(', ') })}`}
          </p>
        )}
        {preview && loi && doc && plan && (
          <div className="import-review">
            <section className="import-left" aria-labelledby="import-tree-title">
              <h3 id="import-tree-title">
                {doc.symbol ? <strong>{doc.symbol}</strong> : null} {doc.title}
              </h3>
              <p className="import-meta">
                {t('summary', { symbol: preview.fileName, committee: doc.committee ?? t('unknown'), language: doc.language, format: preview.format })}
                <br />
                {t('counts', { paragraphs: loi.paragraphs.length, subitems: loi.paragraphs.reduce((n, p) => n + countSubitems(p), 0), footnotes: loi.footnotes.length, limits: loi.limits.length })}
              </p>
              <PreviewTree loi={loi} onChange={(next) => void edit(next)} />
            </section>
            <aside className="import-right">
              <h3>{t('warnings')}</h3>
              {loi.warnings.length === 0 ? (
                <p className="import-hint">{t('noWarnings')}</p>
              ) : (
                <ul className="import-warnings">
                  {loi.warnings.map((w, i) => {
                    // Coded warnings are said in the user's language; one from an older parser keeps its English.
                    const text = w.code ? t(`warning_${w.code}`, w.params) : w.message;
                    return <li key={i}>{w.line > 0 ? t('warningAt', { line: w.line, text }) : text}</li>;
                  })}
                </ul>
              )}
              {report ? <PlanSummary plan={report} done /> : <PlanSummary plan={plan} />}
              <div className="import-actions">
                {!report && (
                  <button type="button" className="primary" disabled={busy !== null} onClick={() => void commit()}>
                    {plan.mode === 'replace' ? t('commitReplace') : t('commitReimport')}
                  </button>
                )}
                <button type="button" className="secondary" disabled={busy !== null} onClick={() => { setPreview(null); setLoi(null); setPlan(null); setReport(null); setError(null); }}>
                  {t('back')}
                </button>
              </div>
              {loi.footnotes.length > 0 && (
                <>
                  <h3>{t('footnotes')}</h3>
                  <ul className="import-notes" aria-label={t('footnotes')}>
                    {loi.footnotes.map((f, i) => (
                      <li key={i}>
                        <sup>{f.marker}</sup> <span className="import-tag">{f.paragraph ? t('paragraph', { number: f.paragraph }) : f.marker.startsWith('*') ? t('titleNote') : t('unattached')}</span>
                        {f.text}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {loi.limits.length > 0 && (
                <>
                  <h3>{t('limits')}</h3>
                  <ul className="import-notes" aria-label={t('limits')}>
                    {loi.limits.map((l, i) => (
                      <li key={i}>
                        {t(l.unit === 'words' ? 'limitWords' : 'limitPages', { value: l.value.toLocaleString(), scope: l.scope.kind === 'document' ? t('scopeDocument') : l.scope.kind === 'section' ? t('scopeSection', { label: l.scope.label }) : t('paragraph', { number: l.scope.number }) })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </aside>
          </div>
        )}
    </ModalDialog>
  );
}
