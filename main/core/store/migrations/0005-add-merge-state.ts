// Coordinator merge: where imported revisions came from (provenance), generation numbers that bound
// ancestry walks, the merge revisions the core writes, and the conflicts a merge found.
import type { Migration } from './types';

export const addMergeState: Migration = {
  version: 5,
  name: 'add-merge-state',
  up: `
    -- Who vouched for an imported revision: the institution and key that signed the bundle
    -- carrying it the first time. Local revisions have no row: they are this workspace's own.
    CREATE TABLE revision_origin (
      revision_id TEXT PRIMARY KEY REFERENCES revision(id),
      institution TEXT NOT NULL,
      signer_key_id TEXT NOT NULL,
      received_at TEXT NOT NULL
    ) STRICT;

    -- 1 + the highest generation of a revision's parents (roots are 1). Filled as revisions are
    -- imported or first walked; no foreign key, because autosave coalescing deletes revisions.
    CREATE TABLE revision_gen (
      revision_id TEXT PRIMARY KEY,
      gen INTEGER NOT NULL CHECK (gen >= 1)
    ) STRICT;

    -- Revisions the merge wrote. auto: the merged text of several heads (its parents), written
    -- deterministically so any import order gives the same one; base is the common ancestor used.
    -- resolution: a coordinator's decision on a conflict, with the heads as parents.
    CREATE TABLE merge_revision (
      revision_id TEXT PRIMARY KEY REFERENCES revision(id),
      node_ref TEXT NOT NULL REFERENCES node(ref),
      kind TEXT NOT NULL CHECK (kind IN ('auto', 'resolution')),
      base TEXT
    ) STRICT;

    -- A place where two heads changed the same block or table cell differently. side_a / side_b:
    -- JSON (blocks: merge units; table: the value or null for absent). heads_a / heads_b: the head
    -- revisions each side comes from. found_in: the revision whose text shows the conflict.
    CREATE TABLE merge_conflict (
      id TEXT PRIMARY KEY,
      node_ref TEXT NOT NULL REFERENCES node(ref),
      kind TEXT NOT NULL CHECK (kind IN ('blocks', 'table')),
      table_id TEXT,
      field TEXT,
      base TEXT NOT NULL,
      side_a TEXT NOT NULL,
      side_b TEXT NOT NULL,
      heads_a TEXT NOT NULL,
      heads_b TEXT NOT NULL,
      mine TEXT NOT NULL CHECK (mine IN ('a', 'b')),
      found_in TEXT NOT NULL,
      found_at TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved', 'superseded')),
      resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'both', 'edit')),
      resolved_by TEXT,
      resolved_at TEXT
    ) STRICT;
    CREATE INDEX merge_conflict_node ON merge_conflict (node_ref, state);
  `,
};
