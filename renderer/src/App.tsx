// The drafting screen: the outline on the left, the selected paragraph with its answers on the
// right, the word budget in the status bar. The selected paragraph lives in the URL hash.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline as OutlineData, QuestionDetail, SaveResult, WorkspaceInfo } from '../../shared/api/types';
import { api } from './api/client';
import { Outline } from './outline/Outline';
import { QuestionView } from './question/QuestionView';
import { StatusBar } from './StatusBar';
import { LANGUAGES, type Language, setLanguage } from './i18n';

const refFromHash = () => /^#\/p\/(\d{1,3})$/.exec(location.hash)?.[1] ?? null;

export function App() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [outline, setOutline] = useState<OutlineData | null>(null);
  const [selected, setSelected] = useState<string | null>(refFromHash);
  const [question, setQuestion] = useState<QuestionDetail | null>(null);
  const [live, setLive] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const { t, i18n } = useTranslation('app');

  const refreshOutline = useCallback(async () => {
    const r = await api['outline.get']({});
    if (r.ok) setOutline(r.value);
    else setError(r.error);
  }, []);

  useEffect(() => {
    void (async () => {
      const r = await api['workspace.info']({});
      if (!r.ok) return setError(r.error);
      setInfo(r.value);
      document.title = `${r.value.document.symbol ?? r.value.document.title} — Treaty Desk`;
      await refreshOutline();
    })();
  }, [refreshOutline]);

  useEffect(() => {
    if (selected === null && outline) setSelected(outline.nodes.find((n) => n.kind === 'paragraph')?.ref ?? null);
  }, [outline, selected]);

  useEffect(() => {
    if (!selected) return;
    if (location.hash !== `#/p/${selected}`) history.replaceState(null, '', `#/p/${selected}`);
    let stale = false;
    void api['question.get']({ ref: selected }).then((r) => {
      if (stale) return;
      if (r.ok) setQuestion(r.value);
      else setError(r.error);
    });
    return () => {
      stale = true;
    };
  }, [selected]);

  useEffect(() => {
    const onHash = () => setSelected(refFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const onSaved = useCallback(
    (_saved: SaveResult) => {
      setError(null);
      void refreshOutline();
    },
    [refreshOutline],
  );
  const onLiveWords = useCallback((ref: string, words: number) => setLive((l) => ({ ...l, [ref]: words })), []);

  // The budget the user sees counts what is typed, not only what is saved.
  const budget = useMemo(() => {
    if (!outline) return null;
    const own = new Map(outline.nodes.map((n) => [n.ref, n.own]));
    const delta = Object.entries(live).reduce((s, [ref, w]) => s + w - (own.get(ref) ?? 0), 0);
    return { ...outline.budget, total: outline.budget.total + delta };
  }, [outline, live]);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">{t('appName')}</span>
        {info && (
          <span className="doc-title">
            {info.document.symbol && <strong>{info.document.symbol}</strong>} {info.document.title}
          </span>
        )}
        {info && <span className="institution">{info.institution}</span>}
        <select
          className="language"
          aria-label={t('language')}
          value={i18n.language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </header>
      <nav className="sidebar" aria-label={t('outline', { ns: 'outline' })}>
        {outline && <Outline nodes={outline.nodes} selected={selected} onSelect={setSelected} />}
      </nav>
      <main className="content">
        {question && question.ref === selected ? (
          <QuestionView key={question.ref} question={question} onSaved={onSaved} onLiveWords={onLiveWords} />
        ) : (
          <p className="loading">{error ?? t('loading')}</p>
        )}
      </main>
      <StatusBar budget={budget} message={error} />
    </div>
  );
}
