// Re-importing a list of issues: questions that left the list stay (with their answers) as retired
// nodes, and each import records which question texts it added, changed or retired.
import type { Migration } from './types';

export const addLoiImports: Migration = {
  version: 6,
  name: 'add-loi-imports',
  up: `
    -- Set when a re-imported list no longer has this paragraph or sub-item; its answers stay reachable.
    ALTER TABLE node ADD COLUMN retired_at TEXT;

    CREATE TABLE loi_import (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      source_name TEXT NOT NULL,
      symbol TEXT,
      language TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('replace', 'reimport')),
      paragraphs INTEGER NOT NULL,
      subitems INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE question_change (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES loi_import(id),
      ref TEXT NOT NULL,
      change TEXT NOT NULL CHECK (change IN ('added', 'changed', 'retired', 'restored')),
      before TEXT,
      after TEXT,
      answered INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1))
    ) STRICT;
    CREATE INDEX question_change_ref ON question_change(ref, import_id);
  `,
};
