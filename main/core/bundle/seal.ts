// Sealing: once a revision's id has left the workspace in a bundle (or arrived in one), other
// workspaces refer to it by that id, so autosave coalescing (saveAnswer) must never rewrite it.
import type { Db } from '../store/database';

export function sealRevisions(db: Db, ids: Iterable<string>, via: 'export' | 'import', now: Date): void {
  const insert = db.prepare('INSERT OR IGNORE INTO sealed_revision (revision_id, via, sealed_at) VALUES (?, ?, ?)');
  const at = now.toISOString();
  for (const id of ids) insert.run(id, via, at);
}

export function isSealed(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM sealed_revision WHERE revision_id = ?').get(id) !== undefined;
}
