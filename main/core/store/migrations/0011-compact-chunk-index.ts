// Chunks were found through a unique index over their 64-character hash text: 70 bytes an entry,
// and since hashes are random, every import rewrote nearly every page of that index (a third of
// what each commit wrote, growing with the workspace). The index now holds the hash's first 128
// bits as 16 bytes (content-store.ts, sameChunk, looks chunks up by it), a third of the size; the table keeps the whole
// hash, and every lookup also compares it. The table is rebuilt (SQLite cannot drop the index of a
// UNIQUE column), keeping every chunk's id and bytes.
import type { Migration } from './types';

export const compactChunkIndex: Migration = {
  version: 11,
  name: 'compact-chunk-index',
  up: `
    CREATE TABLE chunk_new (
      id INTEGER PRIMARY KEY,
      hash TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
      kind TEXT NOT NULL CHECK (kind IN ('block', 'table', 'row')),
      words INTEGER NOT NULL,
      json TEXT NOT NULL
    ) STRICT;
    INSERT INTO chunk_new (id, hash, kind, words, json) SELECT id, hash, kind, words, json FROM chunk ORDER BY id;
    DROP TABLE chunk;
    ALTER TABLE chunk_new RENAME TO chunk;
    CREATE UNIQUE INDEX chunk_key ON chunk (unhex(substr(hash, 1, 32)));
  `,
};
