// What committing will do (or did) to the open workspace: replace the list, or re-import keeping
// every answer, with the question texts that change and the answered questions that leave the list.
import { useTranslation } from 'react-i18next';
import type { ImportPlan, QuestionChange } from '../../../shared/loi/import-types';

const short = (text: string | null) => (text && text.length > 160 ? `${text.slice(0, 159)}…` : (text ?? ''));

export function PlanSummary({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation('import');
  const list = (changes: QuestionChange[], withAfter: boolean) => (
    <ul className="import-changes">
      {changes.map((c) => (
        <li key={c.ref} className={c.answered ? 'answered' : undefined}>
          <strong>{c.ref}</strong>
          {c.answered && <span className="import-badge">{t('answered')}</span>}
          <div className="import-before">
            {withAfter && <span className="import-tag">{t('before')}</span>} {short(c.before)}
          </div>
          {withAfter && (
            <div className="import-after">
              <span className="import-tag">{t('after')}</span> {short(c.after)}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="import-plan" aria-live="polite">
      <p className={`import-mode ${plan.mode}`}>{plan.mode === 'replace' ? t('planReplace') : t('planReimport', { answered: plan.answered })}</p>
      {plan.mode === 'reimport' && (
        <>
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
