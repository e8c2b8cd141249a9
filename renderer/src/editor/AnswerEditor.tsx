// The rich-text answer editor for one paragraph or sub-item: toolbar, autosave, live word count,
// workflow status, and the history and comments panels of that answer.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { AnswerStatus, AnswerView, SaveResult } from '../../../shared/api/types';
import { type AnswerContent, emptyContent } from '../../../shared/editor/types';
import { answerWords } from '../../../shared/text/answer-words';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { CommentsPanel } from '../comments/CommentsPanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { InsertTableButton } from '../tables/InsertTableButton';
import { renderElement, renderLeaf } from './elements';
import { createAnswerEditor } from './plugins';
import { type Dialog, Toolbar, handleShortcut } from './Toolbar';
import { useAutosave } from './use-autosave';

interface Props {
  target: string;
  label: string;
  answer: AnswerView | undefined;
  openComments: number;
  onSaved: (r: SaveResult) => void;
  onLiveWords: (ref: string, words: number) => void;
  /** The answer was replaced from outside the editor (a restore): reload it. */
  onReplaced: () => void;
}

const STATUSES: AnswerStatus[] = ['not_started', 'drafting', 'ready', 'approved'];
/**
 * A note under the answer, kept as what to say rather than as words, so that it follows a change
 * of the interface language while it is shown.
 */
type Notice = { key: 'mergedElsewhere' | 'approvalReopened' | 'checkpointSaved' } | { key: 'pasteTooLarge'; chars: number } | { said: CoreSaid };
/** Answers whose last save merged with a change made elsewhere: the editor that reloads them says so once. */
const mergedOnSave = new Set<string>();
const COUNT_DELAY_MS = 150;

export function AnswerEditor({ target, label, answer, openComments, onSaved, onLiveWords, onReplaced }: Props) {
  const editor = useMemo(createAnswerEditor, []);
  const initial = useMemo(() => (answer?.content ?? emptyContent()) as Descendant[], [answer]);
  const [words, setWords] = useState(answer?.words ?? 0);
  const [status, setStatus] = useState<AnswerStatus>(answer?.status ?? 'not_started');
  const [panel, setPanel] = useState<'history' | 'comments' | null>(null);
  // The comments panel knows the count as soon as a comment is added or resolved; the paragraph's
  // count from the server is only read again when the paragraph is.
  const [open, setOpen] = useState({ fromServer: openComments, count: openComments });
  if (open.fromServer !== openComments) setOpen({ fromServer: openComments, count: openComments });
  const onOpenCount = useCallback((count: number) => setOpen((o) => ({ ...o, count })), []);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { t } = useTranslation('editor');
  const coreText = useCoreText();
  const [notice, setNotice] = useState<Notice | null>(() => (mergedOnSave.delete(target) ? { key: 'mergedElsewhere' } : null));
  const noticeText = (n: Notice) => ('said' in n ? coreText(n.said) : n.key === 'pasteTooLarge' ? t(n.key, { chars: n.chars.toLocaleString() }) : t(n.key));
  const onMerged = useCallback(() => {
    mergedOnSave.add(target);
    onReplaced();
  }, [target, onReplaced]);
  // An approved answer whose text changes is back to drafting (the core decides): say so once.
  const onSavedHere = useCallback(
    (r: SaveResult) => {
      if (r.status) {
        if (status === 'approved' && r.status === 'drafting') setNotice({ key: 'approvalReopened' });
        setStatus(r.status);
      }
      onSaved(r);
    },
    [onSaved, status],
  );
  const { state, schedule, flush } = useAutosave(target, { revision: answer?.revision ?? null, parents: answer?.parents }, onSavedHere, onMerged);

  useEffect(() => {
    const onRefused = (e: Event) => {
      if (document.activeElement?.closest('.answer') === document.querySelector(`[data-answer="${target}"]`)) {
        setNotice({ key: 'pasteTooLarge', chars: (e as CustomEvent<number>).detail });
      }
    };
    window.addEventListener('treaty-desk:paste-refused', onRefused);
    return () => window.removeEventListener('treaty-desk:paste-refused', onRefused);
  }, [target]);

  // Counting a long answer and re-rendering the budget on every key would slow typing: the count
  // follows a moment after the keys, while the text itself is saved on its own schedule.
  const countTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (countTimer.current && clearTimeout(countTimer.current)), []);
  const onChange = useCallback(
    (value: Descendant[]) => {
      if (!editor.operations.some((op) => op.type !== 'set_selection')) return;
      const content = value as AnswerContent;
      if (countTimer.current) clearTimeout(countTimer.current);
      countTimer.current = setTimeout(() => {
        const n = answerWords(content);
        setWords(n);
        onLiveWords(target, n);
      }, COUNT_DELAY_MS);
      setNotice(null);
      if (status === 'not_started') setStatus('drafting');
      schedule(content);
    },
    [editor, target, schedule, onLiveWords, status],
  );

  const changeStatus = async (next: AnswerStatus) => {
    await flush();
    const r = await api['answer.setStatus']({ ref: target, status: next });
    if (r.ok) setStatus(next);
    else setNotice({ said: r });
  };

  const statusText =
    state.kind === 'error'
      ? t('notSaved', { error: coreText(state.said) })
      : state.kind === 'saved'
        ? t('saved')
        : state.kind === 'saving'
          ? t('saving')
          : state.kind === 'dirty'
            ? t('editing')
            : '';

  return (
    <div className={`answer status-${status}`} data-answer={target}>
      <Slate editor={editor} initialValue={initial} onChange={onChange}>
        <Toolbar label={label} dialog={dialog} setDialog={setDialog} extra={<InsertTableButton />} />
        <Editable
          className="answer-editor"
          aria-label={label}
          placeholder={t('placeholder')}
          // Slate dims its placeholder to a third; muted ink keeps it readable (WCAG AA contrast).
          renderPlaceholder={({ attributes, children }) => (
            <span {...attributes} style={{ ...attributes.style, opacity: 1, color: 'var(--muted)' }}>
              {children}
            </span>
          )}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          onBlur={() => void flush()}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
              // Save checkpoint: the current text stands as its own revision in the history.
              e.preventDefault();
              void flush()
                .then(() => api['answer.checkpoint']({ ref: target }))
                .then((r) => setNotice(r.ok ? { key: 'checkpointSaved' } : { said: r }));
              return;
            }
            handleShortcut(editor, e, (kind) => setDialog({ kind, selection: editor.selection, error: null }));
          }}
          spellCheck
        />
      </Slate>
      <div className="answer-meta">
        <span className="word-count" aria-label={t('wordCount', { label })}>
          {t('words', { count: words })}
        </span>
        <label className="status-select">
          <span className="visually-hidden">{t('statusOf', { label })}</span>
          <select value={status} onChange={(e) => void changeStatus(e.target.value as AnswerStatus)} aria-label={t('statusOf', { label })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link-button" aria-expanded={panel === 'history'} onClick={() => setPanel(panel === 'history' ? null : 'history')}>
          {t('history')}
        </button>
        <button type="button" className="link-button" aria-expanded={panel === 'comments'} onClick={() => setPanel(panel === 'comments' ? null : 'comments')}>
          {t('comments', { count: open.count })}
        </button>
        <span className={`save-state save-${state.kind}`} data-state={state.kind} role={state.kind === 'error' ? 'alert' : 'status'}>
          {statusText}
        </span>
      </div>
      {notice && (
        <p className="answer-notice" role="status">
          {noticeText(notice)}
        </p>
      )}
      {panel === 'history' && (
        <HistoryPanel
          target={target}
          label={label}
          beforeRestore={flush}
          onRestored={(r) => {
            onSaved(r);
            onReplaced();
          }}
        />
      )}
      {panel === 'comments' && <CommentsPanel target={target} label={label} onOpenCount={onOpenCount} />}
    </div>
  );
}
