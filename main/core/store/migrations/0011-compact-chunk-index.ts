// Chunks were found through a unique index over their 64-character hash text: 70 bytes an entry,
// and since hashes are random, every import rewrote nearly every page of that index (a third of
// what each commit wrote, growing with the workspace). Each chunk now also keeps its hash's first
// 128 bits as 16 bytes in `key`, and the unique index is over that column, a third of the size;
// every lookup compares the whole hash too (content-store.ts, sameChunk). A plain column, not an
// index over an expression, so that any SQLite (and its repair tools) can still read the file. The
// table is rebuilt (SQLite cannot drop the index of a UNIQUE column), keeping every chunk's id and
// bytes; a row whose hash is not lowercase hex (never written by the app) keeps a NULL key.
import type { Migration } from './types';

export const compactChunkIndex: Migration = {
  version: 11,
  name: 'compact-chunk-index',
  up: `
    CREATE TABLE chunk_new (
      id INTEGER PRIMARY KEY,
      hash TEXT NOT NULL,
      key BLOB,
      kind TEXT NOT NULL CHECK (kind IN ('block', 'table', 'row')),
      words INTEGER NOT NULL,
      json TEXT NOT NULL
    ) STRICT;
    INSERT INTO chunk_new (id, hash, key, kind, words, json)
      SELECT id, hash, CASE WHEN length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*' THEN unhex(substr(hash, 1, 32)) END, kind, words, json
      FROM chunk ORDER BY id;
    DROP TABLE chunk;
    ALTER TABLE chunk_new RENAME TO chunk;
    CREATE UNIQUE INDEX chunk_key ON chunk (key);
  `,
};
