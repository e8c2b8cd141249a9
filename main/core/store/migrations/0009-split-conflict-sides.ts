// A conflict's sides (the passages or cell values and the heads they come from) never change once
// found, but every merge of the answer moved each open conflict to the new merge (found_in), and
// SQLite rewrites a whole row, overflow pages and all, on any update: 21 MB of write-ahead log for
// a 40-bundle merge. The sides now live in their own table, written once; the view puts a
// conflict back together for reading.
import type { Migration } from './types';

export const splitConflictSides: Migration = {
  version: 9,
  name: 'split-conflict-sides',
  up: `
    CREATE TABLE merge_conflict_sides (
      id TEXT PRIMARY KEY REFERENCES merge_conflict(id),
      base TEXT NOT NULL,
      side_a TEXT NOT NULL,
      side_b TEXT NOT NULL,
      heads_a TEXT NOT NULL,
      heads_b TEXT NOT NULL
    ) STRICT;
    INSERT INTO merge_conflict_sides (id, base, side_a, side_b, heads_a, heads_b)
      SELECT id, base, side_a, side_b, heads_a, heads_b FROM merge_conflict;
    ALTER TABLE merge_conflict DROP COLUMN base;
    ALTER TABLE merge_conflict DROP COLUMN side_a;
    ALTER TABLE merge_conflict DROP COLUMN side_b;
    ALTER TABLE merge_conflict DROP COLUMN heads_a;
    ALTER TABLE merge_conflict DROP COLUMN heads_b;
    CREATE VIEW merge_conflict_full AS
      SELECT c.id, c.node_ref, c.kind, c.table_id, c.field, s.base, s.side_a, s.side_b, s.heads_a, s.heads_b,
             c.mine, c.found_in, c.found_at, c.state, c.resolution, c.resolved_by, c.resolved_at
      FROM merge_conflict c JOIN merge_conflict_sides s ON s.id = c.id;
  `,
};
