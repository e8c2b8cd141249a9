// The word budget at a glance: the whole reply against its limit, and sections with their own limits.
import { useTranslation } from 'react-i18next';
import type { Budget } from '../../shared/api/types';
import { formatNumber } from './i18n';

export function StatusBar({ budget, message }: { budget: Budget | null; message: string | null }) {
  const { t, i18n } = useTranslation('app');
  if (!budget) return <footer className="status-bar" />;
  const fmt = (n: number) => formatNumber(n, i18n.language);
  const over = budget.total > budget.limit;
  return (
    <footer className="status-bar">
      <span className={over ? 'budget over' : 'budget'} aria-label={t('reportWordsLabel')} data-over={over}>
        {t('reportWords', { total: fmt(budget.total), limit: fmt(budget.limit) })}
        {over && <span className="visually-hidden"> ({t('overLimit')})</span>}
      </span>
      {budget.sections
        .filter((s) => s.limit !== null)
        .map((s) => (
          <span key={s.label} className={s.limit !== null && s.words > s.limit ? 'budget over' : 'budget'}>
            {t('sectionWords', { section: s.label, total: fmt(s.words), limit: fmt(s.limit ?? 0) })}
          </span>
        ))}
      {message && (
        <span className="status-message" role="alert">
          {message}
        </span>
      )}
    </footer>
  );
}
