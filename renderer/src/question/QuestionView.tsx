// One numbered paragraph of the list of issues: its question text and footnotes beside the answer
// editors, one for the paragraph and one for each sub-item.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDetail, SaveResult } from '../../../shared/api/types';
import { MergeInfo } from '../conflicts/MergeInfo';
import { AnswerEditor } from '../editor/AnswerEditor';
import { AssignmentEditor } from './AssignmentEditor';

interface Props {
  question: QuestionDetail;
  onSaved: (r: SaveResult) => void;
  onLiveWords: (ref: string, words: number) => void;
  onReplaced: () => void;
}

// Memoised: the app re-renders as the budget changes; the paragraph's editors need not.
export const QuestionView = memo(function QuestionView({ question: q, onSaved, onLiveWords, onReplaced }: Props) {
  const { t } = useTranslation('question');
  return (
    <article className="question" aria-labelledby="question-title">
      <nav className="breadcrumb" aria-label={t('headings')}>
        {q.headings
          .map((h) =>
            (h.retired ? [t('retired', { ns: 'outline' })] : h.kind === 'section' ? [t('section', { ns: 'outline', label: h.label }), h.title] : [h.label && `${h.label}.`, h.title])
              .filter(Boolean)
              .join(' '),
          )
          .join(' › ')}
      </nav>
      <h1 id="question-title">{t('paragraph', { number: q.number })}</h1>
      <AssignmentEditor question={q} />
      <section className="question-block">
        <p className="question-text">{q.text}</p>
        {q.footnotes.length > 0 && (
          <ul className="question-footnotes" aria-label={t('footnotes')}>
            {q.footnotes.map((f) => (
              <li key={f.marker}>
                <sup>{f.marker}</sup> {f.text}
              </li>
            ))}
          </ul>
        )}
        <AnswerEditor
          key={q.ref}
          target={q.ref}
          label={t('answerTo', { number: q.number })}
          answer={q.answers[q.ref]}
          openComments={q.openComments[q.ref] ?? 0}
          onSaved={onSaved}
          onLiveWords={onLiveWords}
          onReplaced={onReplaced}
        />
        <MergeInfo target={q.ref} revision={q.answers[q.ref]?.revision ?? null} onResolved={onReplaced} />
      </section>
      {q.subitems.map((s) => (
        <section key={s.ref} className={`question-block subitem depth-${s.depth}`}>
          <p className="question-text">
            <span className="subitem-label">({s.label})</span> {s.text}
            {s.retired && <span className="badge retired-badge">{t('retired', { ns: 'outline' })}</span>}
          </p>
          <AnswerEditor
            key={s.ref}
            target={s.ref}
            label={t('answerToItem', { number: q.number, label: s.label })}
            answer={q.answers[s.ref]}
            openComments={q.openComments[s.ref] ?? 0}
            onSaved={onSaved}
            onLiveWords={onLiveWords}
            onReplaced={onReplaced}
          />
          <MergeInfo target={s.ref} revision={q.answers[s.ref]?.revision ?? null} onResolved={onReplaced} />
        </section>
      ))}
    </article>
  );
});
