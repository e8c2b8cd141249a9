// The report's title page: its title, due and submission years, its language and the annex option.
// Kept as a draft in the dialog until saved; the dialog saves it before exporting if it changed.
// A title suggested from the list of issues follows the language chosen; one the user typed stays.
import { useTranslation } from 'react-i18next';
import { type TitleSource, defaultTitle, isSuggestedTitle } from '../../../shared/export/title';
import type { ReportSettings } from '../../../shared/export/types';

export interface TitleDraft {
  title: string;
  dueYear: string;
  submittedYear: string;
  language: ReportSettings['language'];
  statisticalAnnex: boolean;
}

export const toDraft = (s: ReportSettings): TitleDraft => ({
  title: s.title,
  dueYear: s.dueYear === null ? '' : String(s.dueYear),
  submittedYear: s.submittedYear === null ? '' : String(s.submittedYear),
  language: s.language,
  statisticalAnnex: s.statisticalAnnex,
});

/** Empty year fields mean "no year"; anything else goes to the core, which says what is wrong. */
export const fromDraft = (d: TitleDraft): ReportSettings => ({
  title: d.title,
  dueYear: d.dueYear.trim() === '' ? null : Number(d.dueYear),
  submittedYear: d.submittedYear.trim() === '' ? null : Number(d.submittedYear),
  language: d.language,
  statisticalAnnex: d.statisticalAnnex,
});

interface Props {
  draft: TitleDraft;
  /** The list of issues the title is suggested from; null until it has loaded. */
  source: TitleSource | null;
  onChange: (d: TitleDraft) => void;
}

export function TitlePageForm({ draft, source, onChange }: Props) {
  const { t } = useTranslation('export');
  const set = <K extends keyof TitleDraft>(k: K, v: TitleDraft[K]) => onChange({ ...draft, [k]: v });
  const setLanguage = (language: TitleDraft['language']) =>
    onChange({ ...draft, language, title: source && isSuggestedTitle(source, draft.title) ? defaultTitle(source, language) : draft.title });
  return (
    <div className="title-page-form">
      <label className="wide">
        {t('reportTitle')}
        <textarea rows={2} value={draft.title} maxLength={400} onChange={(e) => set('title', e.target.value)} />
      </label>
      <label>
        {t('dueYear')}
        <input inputMode="numeric" value={draft.dueYear} placeholder="2023" onChange={(e) => set('dueYear', e.target.value)} />
      </label>
      <label>
        {t('submittedYear')}
        <input inputMode="numeric" value={draft.submittedYear} placeholder="2024" onChange={(e) => set('submittedYear', e.target.value)} />
      </label>
      <label>
        {t('language')}
        <select value={draft.language} onChange={(e) => setLanguage(e.target.value as TitleDraft['language'])}>
          <option value="en">{t('english')}</option>
          <option value="ru">{t('russian')}</option>
        </select>
      </label>
      <label className="wide checkbox">
        <input type="checkbox" checked={draft.statisticalAnnex} onChange={(e) => set('statisticalAnnex', e.target.checked)} />
        {t('annex')}
      </label>
    </div>
  );
}
