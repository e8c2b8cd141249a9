// An answer's revisions with author and time; the difference between any two, word by word; and
// restoring an old revision as a new one on top (nothing in between is lost).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary, SaveResult } from '../../../shared/api/types';
import { footnotes, plainText } from '../../../shared/editor/types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { formatDateTime } from '../i18n';
import { wordDiff } from '../../../shared/text/word-diff';

interface Props {
  target: string;
  label: string;
  beforeRestore: () => Promise<void>;
  onRestored: (r: SaveResult) => void;
}

type Part = { value: string; added?: boolean; removed?: boolean };

export function HistoryPanel({ target, label, beforeRestore, onRestored }: Props) {
  const { t, i18n } = useTranslation('history');
  const coreText = useCoreText();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [diff, setDiff] = useState<Part[] | null>(null);
  const [error, setError] = useState<CoreSaid | null>(null);

  const load = async () => {
    await beforeRestore();
    const r = await api['answer.history']({ ref: target });
    if (!r.ok) return setError(r);
    setRevisions(r.value);
    setTo(r.value[0]?.id ?? null);
    setFrom(r.value[1]?.id ?? null);
  };
  useEffect(() => {
    void load();
  }, [target]);

  useEffect(() => {
    if (!from || !to) return setDiff(null);
    void Promise.all([api['answer.revision']({ id: from }), api['answer.revision']({ id: to })]).then(([a, b]) => {
      if (!a.ok || !b.ok) return setError(!a.ok ? a : !b.ok ? b : null);
      const text = (c: typeof a.value.content) => [plainText(c), ...footnotes(c).map((f, i) => `[${i + 1}] ${f}`)].join('\n');
      setDiff(wordDiff(text(a.value.content), text(b.value.content)));
    });
  }, [from, to]);

  const restore = async (id: string) => {
    await beforeRestore();
    const r = await api['answer.restore']({ ref: target, revision: id });
    if (!r.ok) return setError(r);
    onRestored(r.value);
  };

  return (
    <section className="side-panel history-panel" aria-label={t('title', { label })}>
      <h3>{t('title', { label })}</h3>
      {error && <p role="alert" className="panel-error">{coreText(error)}</p>}
      {revisions?.length === 0 && <p className="muted">{t('empty')}</p>}
      {revisions && revisions.length > 0 && (
        <table className="revisions">
          <thead>
            <tr>
              <th scope="col">{t('from')}</th>
              <th scope="col">{t('to')}</th>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('author')}</th>
              <th scope="col">{t('words')}</th>
              <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, i) => (
              <tr key={r.id} className={r.head ? 'current' : undefined}>
                <td>
                  <input type="radio" name={`from-${target}`} checked={from === r.id} onChange={() => setFrom(r.id)} aria-label={t('compareFrom', { n: revisions.length - i })} />
                </td>
                <td>
                  <input type="radio" name={`to-${target}`} checked={to === r.id} onChange={() => setTo(r.id)} aria-label={t('compareTo', { n: revisions.length - i })} />
                </td>
                <td>
                  {formatDateTime(r.savedAt, i18n.language)}
                  {r.head && <span className="badge">{t('current')}</span>}
                  {r.checkpoint && <span className="badge">{t('checkpoint')}</span>}
                </td>
                <td>{r.author}</td>
                <td>{r.words}</td>
                <td>
                  {!r.head && (
                    <button type="button" onClick={() => void restore(r.id)} aria-label={t('restoreN', { n: revisions.length - i })}>
                      {t('restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff && (
        <div className="diff" aria-label={t('difference')}>
          {diff.map((part, i) =>
            part.added ? (
              <ins key={i}>{part.value}</ins>
            ) : part.removed ? (
              <del key={i}>{part.value}</del>
            ) : (
              <span key={i}>{part.value}</span>
            ),
          )}
        </div>
      )}
    </section>
  );
}
