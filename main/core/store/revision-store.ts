// An answer's revision history: listing, reading one revision, checkpoints and restore.
import type { RevisionDetail, RevisionSummary } from '../../../shared/api/types';
import { coreError } from '../../../shared/core-messages';
import { loadContent } from './content-store';
import type { Db } from './database';

interface RevisionRow {
  id: string;
  node_ref: string;
  parents: string;
  blocks: string;
  words: number;
  author: string;
  created_at: string;
  saved_at: string;
  checkpoint: number;
  head: number;
}

const SELECT = `SELECT r.*, (a.head = r.id) AS head FROM revision r LEFT JOIN answer a ON a.node_ref = r.node_ref`;

const summary = (r: RevisionRow): RevisionSummary => ({
  id: r.id,
  parents: JSON.parse(r.parents) as string[],
  author: r.author,
  createdAt: r.created_at,
  savedAt: r.saved_at,
  words: r.words,
  checkpoint: r.checkpoint === 1,
  head: r.head === 1,
});

/** Newest first. */
export function listRevisions(db: Db, ref: string): RevisionSummary[] {
  return (db.prepare(`${SELECT} WHERE r.node_ref = ? ORDER BY r.saved_at DESC, r.created_at DESC`).all(ref) as RevisionRow[]).map(summary);
}

export function readRevision(db: Db, id: string): RevisionDetail {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RevisionRow | undefined;
  if (!row) throw coreError('workspace.noRevision', { id: id.slice(0, 12) }, 'not_found');
  return { ...summary(row), ref: row.node_ref, content: loadContent(db, row.blocks) };
}

/** Marks the current text as a checkpoint: the next save starts a new revision instead of coalescing. */
export function checkpoint(db: Db, ref: string): string | null {
  const head = db.prepare('SELECT head FROM answer WHERE node_ref = ?').get(ref) as { head: string } | undefined;
  if (!head) return null;
  db.prepare('UPDATE revision SET checkpoint = 1 WHERE id = ?').run(head.head);
  return head.head;
}
