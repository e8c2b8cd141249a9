// The first schema: the workspace, its list of issues as a question tree, answers with their
// revisions, and the audit log.
import type { Migration } from './types';

export const createWorkspace: Migration = {
  version: 1,
  name: 'create-workspace',
  up: `
    CREATE TABLE workspace (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      workspace_id TEXT NOT NULL,
      institution TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('coordinator', 'drafter')),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE document (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      symbol TEXT,
      committee TEXT,
      state_party TEXT,
      title TEXT NOT NULL,
      language TEXT NOT NULL,
      note TEXT,
      source_name TEXT,
      word_limit INTEGER NOT NULL CHECK (word_limit > 0),
      words_per_page INTEGER NOT NULL DEFAULT 500 CHECK (words_per_page > 0),
      imported_at TEXT NOT NULL
    ) STRICT;

    -- The question hierarchy: sections > headings > article groups > paragraphs > sub-items.
    -- ref is stable across re-imports: "5", "5a", "30a.ii"; headings get "h1", "h2"…
    CREATE TABLE node (
      ref TEXT PRIMARY KEY,
      parent_ref TEXT REFERENCES node(ref),
      kind TEXT NOT NULL CHECK (kind IN ('section', 'heading', 'articles', 'paragraph', 'subitem')),
      label TEXT NOT NULL,
      text TEXT NOT NULL,
      ord INTEGER NOT NULL UNIQUE,
      articles TEXT NOT NULL DEFAULT '[]',
      refs TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
    CREATE INDEX node_parent ON node(parent_ref);

    CREATE TABLE footnote (
      id INTEGER PRIMARY KEY,
      marker TEXT NOT NULL,
      text TEXT NOT NULL,
      node_ref TEXT REFERENCES node(ref)
    ) STRICT;

    CREATE TABLE limit_rule (
      id INTEGER PRIMARY KEY,
      scope_kind TEXT NOT NULL CHECK (scope_kind IN ('document', 'section', 'paragraph')),
      scope_ref TEXT,
      unit TEXT NOT NULL CHECK (unit IN ('words', 'pages')),
      value INTEGER NOT NULL CHECK (value > 0),
      source TEXT NOT NULL
    ) STRICT;

    CREATE TABLE revision (
      id TEXT PRIMARY KEY,
      node_ref TEXT NOT NULL REFERENCES node(ref),
      parents TEXT NOT NULL,
      content TEXT NOT NULL,
      words INTEGER NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      saved_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX revision_node ON revision(node_ref, saved_at);

    CREATE TABLE answer (
      node_ref TEXT PRIMARY KEY REFERENCES node(ref),
      head TEXT NOT NULL REFERENCES revision(id),
      words INTEGER NOT NULL,
      status TEXT NOT NULL DEFAULT 'drafting'
        CHECK (status IN ('not_started', 'drafting', 'ready', 'approved')),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      detail TEXT NOT NULL
    ) STRICT;
  `,
};
