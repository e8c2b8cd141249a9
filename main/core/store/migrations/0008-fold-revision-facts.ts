// A revision's generation, where it came from and whether its id has left the workspace were three
// side tables keyed by the revision's hash. Each import inserted into all three at random places of
// their hash indexes, and a commit rewrote most of those index pages: 40 bundles wrote 66 MB of
// write-ahead log for them alone. As columns of the revision row they cost nothing extra to write.
import type { Migration } from './types';

export const foldRevisionFacts: Migration = {
  version: 8,
  name: 'fold-revision-facts',
  up: `
    -- 1 + the highest generation of the parents (roots are 1); null until first computed (local saves).
    ALTER TABLE revision ADD COLUMN gen INTEGER CHECK (gen IS NULL OR gen >= 1);
    -- Who vouched for an imported revision: the institution and key that signed the bundle carrying
    -- it the first time. Null for this workspace's own revisions.
    ALTER TABLE revision ADD COLUMN origin_institution TEXT;
    ALTER TABLE revision ADD COLUMN origin_key_id TEXT;
    ALTER TABLE revision ADD COLUMN received_at TEXT;
    -- Set once the id is known outside this workspace (sent or received in a bundle): autosave
    -- coalescing must never rewrite such a revision.
    ALTER TABLE revision ADD COLUMN sealed_via TEXT CHECK (sealed_via IN ('export', 'import'));
    ALTER TABLE revision ADD COLUMN sealed_at TEXT;

    UPDATE revision SET gen = (SELECT g.gen FROM revision_gen g WHERE g.revision_id = revision.id);
    UPDATE revision SET (origin_institution, origin_key_id, received_at) =
      (SELECT o.institution, o.signer_key_id, o.received_at FROM revision_origin o WHERE o.revision_id = revision.id);
    UPDATE revision SET (sealed_via, sealed_at) =
      (SELECT s.via, s.sealed_at FROM sealed_revision s WHERE s.revision_id = revision.id);

    DROP TABLE revision_gen;
    DROP TABLE revision_origin;
    DROP TABLE sealed_revision;
  `,
};
