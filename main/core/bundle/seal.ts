// Sealing: once a revision's id has left the workspace in a bundle (or arrived in one), other
// workspaces refer to it by that id, so autosave coalescing (saveAnswer) must never rewrite it.
import type { Db } from '../store/database';
import { stmt } from '../revisions/statements';

/** Marks the revisions sealed; one sealed before keeps how and when it first was. */
export function sealRevisions(db: Db, ids: Iterable<string>, via: 'export' | 'import', now: Date): void {
  const seal = stmt(db, 'UPDATE revision SET sealed_via = ?, sealed_at = ? WHERE id = ? AND sealed_via IS NULL');
  const at = now.toISOString();
  for (const id of ids) seal.run(via, at, id);
}
