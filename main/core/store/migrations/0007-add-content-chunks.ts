// Answers stored as content-hashed chunks (main/core/content/chunks.ts) instead of one whole copy
// per revision: a workspace that took forty bundles of ten revisions each held the same paragraphs
// thousands of times. Existing revisions keep their ids, marked id_version 1 (hashed over the whole
// content); new ones are addressed by their block names (version 2).
import type { AnswerContent } from '../../../../shared/editor/types';
import { splitContent } from '../../content/chunks';
import type { Db } from '../database';
import type { Migration } from './types';

export const addContentChunks: Migration = {
  version: 7,
  name: 'add-content-chunks',
  up: (db: Db) => {
    db.exec(`
      -- A rowid table, so new chunks are appended and only the small hash index takes random
      -- inserts; kind and words come before json, so reading them never touches a long text.
      CREATE TABLE chunk (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('block', 'table', 'row')),
        words INTEGER NOT NULL,
        json TEXT NOT NULL
      ) STRICT;
      ALTER TABLE revision ADD COLUMN id_version INTEGER NOT NULL DEFAULT 2 CHECK (id_version IN (1, 2));
      UPDATE revision SET id_version = 1;
    `);
    const page = db.prepare('SELECT rowid, content FROM revision WHERE rowid > ? ORDER BY rowid LIMIT 500');
    const set = db.prepare('UPDATE revision SET content = ? WHERE rowid = ?');
    // The chunk table as this version made it (UNIQUE hash); later versions store chunks differently.
    const put = db.prepare('INSERT OR IGNORE INTO chunk (hash, kind, json, words) VALUES (?, ?, ?, ?)');
    let last = 0;
    for (;;) {
      const rows = page.all(last) as Array<{ rowid: number; content: string }>;
      if (rows.length === 0) break;
      for (const r of rows) {
        const s = splitContent(JSON.parse(r.content) as AnswerContent);
        for (const c of s.chunks) put.run(c.hash, c.kind, c.json, c.words);
        set.run(JSON.stringify(s.blocks), r.rowid);
        last = r.rowid;
      }
    }
    // The column now holds the JSON array of the revision's block names.
    db.exec('ALTER TABLE revision RENAME COLUMN content TO blocks');
  },
};
