// The word budget at a glance: the whole reply against its limit, and sections with their own
// limits; over a limit turns red. The limits are edited from here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Budget, DocumentInfo } from '../../shared/api/types';
import { LimitsDialog } from './budget/LimitsDialog';
import { formatNumber } from './i18n';
import { ProgressIndicator } from './progress/ProgressIndicator';

interface Props {
  budget: Budget | null;
  document: DocumentInfo | null;
  message: string | null;
  onLimitsChanged: () => void;
}

export function StatusBar({ budget, document: doc, message, onLimitsChanged }: Props) {
  const { t, i18n } = useTranslation('app');
  const [editing, setEditing] = useState(false);
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
        .map((s) => {
          const sectionOver = s.limit !== null && s.words > s.limit;
          return (
            <span key={s.label} className={sectionOver ? 'budget over' : 'budget'} data-over={sectionOver}>
              {t('sectionWords', { section: t('section', { ns: 'outline', label: s.section }), total: fmt(s.words), limit: fmt(s.limit ?? 0) })}
            </span>
          );
        })}
      {doc && (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('edit', { ns: 'budget' })}
        </button>
      )}
      {editing && doc && (
        <LimitsDialog
          document={doc}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onLimitsChanged();
          }}
        />
      )}
      <ProgressIndicator />
      {message && (
        <span className="status-message" role="alert">
          {message}
        </span>
      )}
    </footer>
  );
}
