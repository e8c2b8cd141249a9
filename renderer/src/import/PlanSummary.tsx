// What committing will do (or did) to the open workspace: replace the list, or re-import keeping
// every answer, with the question texts that change, the approved answers that go back to drafting
// because of it, and the answered questions that leave the list.
import { wordDiff } from '../../../shared/text/word-diff';
import { useTranslation } from 'react-i18next';
import type { ImportPlan, QuestionChange } from '../../../shared/loi/import-types';

const short = (text: string | null) => (text && text.length > 160 ? `${text.slice(0, 159)}…` : (text ?? ''));

/** The words that change, with a little context either side, so a one-word revision is easy to see. */
function WordDiff({ before, after }: { before: string; after: string }) {
  // Whole words in every script (the library's own splitting cuts Cyrillic words into letters).
  const parts = wordDiff(before, after);
  return (
    <div className="import-diff">
      {parts.map((p, i) => {
        if (p.added) return <ins key={i}>{p.value}</ins>;
        if (p.removed) return <del key={i}>{p.value}</del>;
        const words = p.value.split(' ');
        const keep = 6;
        if (words.length <= keep * 2) return <span key={i}>{p.value}</span>;
        const head = i === 0 ? '' : words.slice(0, keep).join(' ');
        const tail = i === parts.length - 1 ? '' : words.slice(-keep).join(' ');
        return <span key={i}>{[head, '…', tail].filter(Boolean).join(' ')}</span>;
      })}
    </div>
  );
}

/** done: the plan is the report of an import made, so it says what went back to drafting, not what will. */
export function PlanSummary({ plan, done = false }: { plan: ImportPlan; done?: boolean }) {
  const { t } = useTranslation('import');
  const list = (changes: QuestionChange[], withAfter: boolean) => (
    <ul className="import-changes">
      {changes.map((c) => (
        <li key={c.ref} className={c.answered ? 'answered' : undefined}>
          <strong>{c.ref}</strong>
          {c.answered && <span className="import-badge">{t('answered')}</span>}
          {c.movedTo && <span className="import-moved">{t('movedTo', { ref: c.movedTo })}</span>}
          {withAfter && c.before !== null && c.after !== null ? <WordDiff before={c.before} after={c.after} /> : <div className="import-before">{short(c.before ?? c.after)}</div>}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="import-plan" aria-live="polite">
      <p className={`import-mode ${plan.mode}`}>{plan.mode === 'replace' ? t('planReplace') : t('planReimport', { answered: plan.answered })}</p>
      {plan.mode === 'reimport' && (
        <>
          {plan.reopened.length > 0 && (
            <section className="import-reopened" aria-label={t(done ? 'planReopenedDone' : 'planReopened', { count: plan.reopened.length })}>
              <h4>{t(done ? 'planReopenedDone' : 'planReopened', { count: plan.reopened.length })}</h4>
              <p className="import-hint">{t('reopenedHint')}</p>
              <ul className="import-reopened-refs">
                {plan.reopened.map((r) => (
                  <li key={r.ref}>
                    <strong>{r.ref}</strong> <span className="import-badge">{t(`reopenedStatus_${r.status}`)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {plan.retired.length > 0 && (
            <>
              <h4>{t('planRetired')}</h4>
              {list(plan.retired, false)}
            </>
          )}
          {plan.changed.length > 0 && (
            <>
              <h4>
                {t('planChanged')} ({plan.changed.length})
              </h4>
              {list(plan.changed, true)}
            </>
          )}
          <p className="import-counts">
            {[t('planAdded', { count: plan.added.length }), plan.restored.length > 0 && t('planRestored', { count: plan.restored.length }), plan.removed > 0 && t('planRemoved', { count: plan.removed })]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </>
      )}
    </section>
  );
}
