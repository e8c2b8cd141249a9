// Editing the word limits: the whole reply (21,200 by default) and how many words a page counts for.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '../../../shared/api/types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';

export function LimitsDialog({ document: doc, onDone }: { document: DocumentInfo; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation('budget');
  const coreText = useCoreText();
  const [limit, setLimit] = useState(String(doc.wordLimit));
  const [perPage, setPerPage] = useState(String(doc.wordsPerPage));
  const [error, setError] = useState<CoreSaid | null>(null);
  const save = async () => {
    const r = await api['document.setLimits']({ wordLimit: Number(limit), wordsPerPage: Number(perPage) });
    if (!r.ok) return setError(r);
    onDone(true);
  };
  return (
    <form
      className="limits-dialog"
      role="dialog"
      aria-label={t('title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone(false)}
    >
      <label>
        {t('wordLimit')}
        <input type="number" min={100} value={limit} onChange={(e) => setLimit(e.target.value)} autoFocus />
      </label>
      <label>
        {t('wordsPerPage')}
        <input type="number" min={50} value={perPage} onChange={(e) => setPerPage(e.target.value)} />
      </label>
      {error && <span role="alert" className="panel-error">{coreText(error)}</span>}
      <button type="submit">{t('save')}</button>
      <button type="button" onClick={() => onDone(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}
