// The drafting screen: the outline on the left, the selected paragraph with its answers (or the
// dashboard) on the right, search in the header, the word budget in the status bar.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline as OutlineData, QuestionDetail, SearchHit, WorkspaceHealth, WorkspaceInfo } from '../../shared/api/types';
import { api } from './api/client';
import { type CoreSaid, useCoreText } from './i18n/core-text';
import { BackupsButton } from './backups/BackupsDialog';
import { RecoveryScreen } from './backups/RecoveryScreen';
import { BundlesButton } from './bundles/BundlesButton';
import { ConflictsButton } from './conflicts/ConflictsButton';
import { Dashboard } from './dashboard/Dashboard';
import { ExportButton } from './export/ExportButton';
import { ImportButton } from './import/ImportButton';
import { LANGUAGES, type Language, setLanguage } from './i18n';
import { Outline } from './outline/Outline';
import { QuestionView } from './question/QuestionView';
import { SearchBox } from './search/SearchBox';
import { StatusBar } from './StatusBar';
import { useRoute } from './use-route';

/** Puts the cursor in an answer editor once it is on screen. */
function focusAnswer(ref: string) {
  const tryFocus = (left: number) => {
    const box = document.querySelector<HTMLElement>(`[data-answer="${ref}"] [role="textbox"]`);
    if (box) box.focus();
    else if (left > 0) setTimeout(() => tryFocus(left - 1), 50);
  };
  tryFocus(40);
}

export function App() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [outline, setOutline] = useState<OutlineData | null>(null);
  const [route, go] = useRoute();
  // The version says which load the question came from, so a reload after a restore remounts the editors with the new text.
  const [loaded, setLoaded] = useState<{ question: QuestionDetail; version: number } | null>(null);
  const question = loaded?.question ?? null;
  const [reloads, setReloads] = useState(0);
  const [live, setLive] = useState<Record<string, number>>({});
  const [error, setError] = useState<CoreSaid | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const { t, i18n } = useTranslation('app');
  const coreText = useCoreText();
  const selected = route.view === 'paragraph' ? route.ref : null;
  const paragraphs = useMemo(() => outline?.nodes.filter((n) => n.kind === 'paragraph').map((n) => n.ref) ?? [], [outline]);

  const refreshOutline = useCallback(async () => {
    const r = await api['outline.get']({});
    if (r.ok) setOutline(r.value);
    else setError(r);
  }, []);
  const refreshInfo = useCallback(async () => {
    const r = await api['workspace.info']({});
    if (!r.ok) return setError(r);
    setInfo(r.value);
    document.title = `${r.value.document.symbol ?? r.value.document.title} — Treaty Desk`;
  }, []);

  // A damaged workspace shows the recovery screen instead; browser mode without backups has health too.
  const [health, setHealth] = useState<WorkspaceHealth | null>(null);
  useEffect(() => {
    void api['workspace.health']({}).then((h) => {
      if (h.ok) setHealth(h.value);
      if (!h.ok || h.value.ok) void refreshInfo().then(refreshOutline);
    });
  }, [refreshInfo, refreshOutline]);

  useEffect(() => {
    if (route.view === 'paragraph' && route.ref === null && paragraphs.length > 0) go({ view: 'paragraph', ref: paragraphs[0] });
  }, [route, paragraphs, go]);

  useEffect(() => {
    if (!selected) return;
    let stale = false;
    const version = reloads;
    void api['question.get']({ ref: selected }).then((r) => {
      if (stale) return;
      if (r.ok) setLoaded({ question: r.value, version });
      else setError(r);
    });
    return () => {
      stale = true;
    };
  }, [selected, reloads]);

  const openParagraph = useCallback(
    (paragraph: string, focusRef?: string) => {
      go({ view: 'paragraph', ref: paragraph });
      if (focusRef) focusAnswer(focusRef);
    },
    [go],
  );

  // Keyboard: Alt+↓/↑ next/previous paragraph (cursor into its answer), Ctrl+F search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && paragraphs.length > 0) {
        const at = selected ? paragraphs.indexOf(selected) : -1;
        const next = paragraphs[Math.max(0, Math.min(paragraphs.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
        e.preventDefault();
        openParagraph(next, next);
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [paragraphs, selected, openParagraph]);

  const onSaved = useCallback(() => {
    setError(null);
    void refreshOutline();
  }, [refreshOutline]);
  const onReplaced = useCallback(() => {
    setLive({});
    setReloads((n) => n + 1);
    void refreshOutline();
  }, [refreshOutline]);
  const conflictCount = useMemo(() => outline?.nodes.filter((n) => n.parentRef === null).reduce((s, n) => s + (n.conflicts ?? 0), 0) ?? 0, [outline]);
  const onLiveWords = useCallback((ref: string, words: number) => setLive((l) => ({ ...l, [ref]: words })), []);
  const onSearchHit = useCallback((hit: SearchHit) => openParagraph(hit.paragraph, hit.kind === 'answer' || hit.ref !== hit.paragraph ? hit.ref : hit.paragraph), [openParagraph]);

  // The budget the user sees counts what is typed, not only what is saved.
  const budget = useMemo(() => {
    if (!outline) return null;
    const own = new Map(outline.nodes.map((n) => [n.ref, n.own]));
    const delta = Object.entries(live).reduce((s, [ref, w]) => s + w - (own.get(ref) ?? 0), 0);
    return { ...outline.budget, total: outline.budget.total + delta };
  }, [outline, live]);

  if (health && !health.ok) return <RecoveryScreen health={health} onRestored={() => location.reload()} />;

  return (
    <div className="app">
      <header className="app-header">
        <div className="header-top">
          <span className="app-name">{t('appName')}</span>
          {info && (
            <span className="doc-title" title={info.document.title}>
              {info.document.symbol && <strong>{info.document.symbol}</strong>} {info.document.title}
            </span>
          )}
          <SearchBox ref={search} onOpen={onSearchHit} />
          {info && <span className="institution">{info.institution}</span>}
          <select className="language" aria-label={t('language')} value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <nav className="header-actions" aria-label={t('actions')}>
          <button type="button" className="header-button" aria-pressed={route.view === 'dashboard'} onClick={() => go(route.view === 'dashboard' ? { view: 'paragraph', ref: paragraphs[0] ?? null } : { view: 'dashboard' })}>
            {t('open', { ns: 'dashboard' })}
          </button>
          <ConflictsButton count={conflictCount} onResolved={onReplaced} />
          <span className="header-sep" />
          <BundlesButton onImported={onReplaced} onOpen={openParagraph} onRenamed={() => void refreshInfo()} />
          <ImportButton onImported={() => { onReplaced(); void refreshInfo(); }} />
          <ExportButton onOpen={openParagraph} />
          <span className="header-sep" />
          <BackupsButton onRestored={() => location.reload()} />
        </nav>
      </header>
      <nav className="sidebar" aria-label={t('outline', { ns: 'outline' })}>
        {outline && <Outline nodes={outline.nodes} budget={outline.budget} selected={selected} onSelect={openParagraph} />}
      </nav>
      <main className="content">
        {route.view === 'dashboard' ? (
          <Dashboard onOpen={openParagraph} />
        ) : question && question.ref === selected ? (
          <QuestionView key={`${question.ref}:${loaded?.version}`} question={question} onSaved={onSaved} onLiveWords={onLiveWords} onReplaced={onReplaced} />
        ) : (
          <p className="loading">{error ? coreText(error) : t('loading')}</p>
        )}
      </main>
      <StatusBar
        budget={budget}
        document={info?.document ?? null}
        message={error && coreText(error)}
        onLimitsChanged={() => void refreshInfo().then(refreshOutline)}
      />
    </div>
  );
}
