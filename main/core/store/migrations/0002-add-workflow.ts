// Drafting workflow: who leads and contributes to each paragraph, internal comments per answer,
// checkpoints that end revision coalescing, and the full-text search index (FTS5).
import type { Migration } from './types';

export const addWorkflow: Migration = {
  version: 2,
  name: 'add-workflow',
  up: `
    CREATE TABLE assignment (
      paragraph_ref TEXT PRIMARY KEY REFERENCES node(ref),
      lead TEXT,
      contributors TEXT NOT NULL DEFAULT '[]',
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE comment (
      id INTEGER PRIMARY KEY,
      node_ref TEXT NOT NULL REFERENCES node(ref),
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      resolved_at TEXT
    ) STRICT;
    CREATE INDEX comment_node ON comment(node_ref, created_at);

    -- A checkpoint revision is never rewritten by coalescing: the next save starts a new one.
    ALTER TABLE revision ADD COLUMN checkpoint INTEGER NOT NULL DEFAULT 0 CHECK (checkpoint IN (0, 1));

    -- Questions and answers for search. Answers are indexed lazily by head revision, so that every
    -- writer (autosave, restore, merge) is covered without each one having to remember the index.
    CREATE VIRTUAL TABLE search_text USING fts5(ref UNINDEXED, kind UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
    CREATE TABLE search_state (ref TEXT PRIMARY KEY, revision TEXT NOT NULL) STRICT;
  `,
};
