// The title page of the State party report: its title, the due and submission years, the report
// language and whether tables move to a statistical annex. One row; absent means "derive defaults".
import type { Migration } from './types';

export const addReportSettings: Migration = {
  version: 3,
  name: 'add-report-settings',
  up: `
    CREATE TABLE report_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 400),
      due_year INTEGER CHECK (due_year BETWEEN 1950 AND 2200),
      submitted_year INTEGER CHECK (submitted_year BETWEEN 1950 AND 2200),
      language TEXT NOT NULL CHECK (language IN ('en', 'ru')),
      statistical_annex INTEGER NOT NULL DEFAULT 0 CHECK (statistical_annex IN (0, 1)),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
