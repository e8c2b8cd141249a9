// The report's title-page settings: one row, written only when the user saves them; until then the
// defaults derived from the list of issues apply, so a re-titled list never leaves a stale title.
// A saved title that is the one suggested (in either language) is still the suggestion: it follows
// the report's language, so a report switched to Russian never keeps an English title nobody typed.
import { defaultSettings, defaultTitle, isSuggestedTitle } from '../../../shared/export/title';
import type { ReportSettings, ReportSettingsView } from '../../../shared/export/types';
import type { Db } from '../store/database';
import { audit, readDocument } from '../store/workspace-store';

interface SettingsRow {
  title: string;
  due_year: number | null;
  submitted_year: number | null;
  language: ReportSettings['language'];
  statistical_annex: number;
}

export function readReportSettings(db: Db): ReportSettingsView {
  const row = db.prepare('SELECT title, due_year, submitted_year, language, statistical_annex FROM report_settings WHERE id = 1').get() as
    | SettingsRow
    | undefined;
  const doc = readDocument(db);
  if (!row) return { ...defaultSettings(doc), saved: false };
  return {
    title: isSuggestedTitle(doc, row.title) ? defaultTitle(doc, row.language) : row.title,
    dueYear: row.due_year,
    submittedYear: row.submitted_year,
    language: row.language,
    statisticalAnnex: row.statistical_annex === 1,
    saved: true,
  };
}

export function saveReportSettings(db: Db, s: ReportSettings, actor: string, now: Date): ReportSettingsView {
  const at = now.toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO report_settings (id, title, due_year, submitted_year, language, statistical_annex, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, due_year = excluded.due_year, submitted_year = excluded.submitted_year,
         language = excluded.language, statistical_annex = excluded.statistical_annex, updated_at = excluded.updated_at`,
    ).run(s.title, s.dueYear, s.submittedYear, s.language, s.statisticalAnnex ? 1 : 0, at);
    audit(db, now, actor, 'report.settings', s);
  }).immediate();
  return readReportSettings(db);
}
