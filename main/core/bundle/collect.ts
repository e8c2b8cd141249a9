// What a bundle carries: the head of every answer it sends and every revision reachable from those
// heads, so that the receiver can place each one in its graph whatever it already has. Revisions
// of one answer are kept together, oldest first, which lets gzip fold their repeated text.
import type { Db } from '../store/database';
import type { BundleRevision } from './payload';
import { paragraphOf } from './paragraphs';

interface RevisionRow { id: string; node_ref: string; parents: string; content: string; author: string; created_at: string }

export interface Collected {
  revisions: BundleRevision[];
  heads: Record<string, string>;
}

/** `paragraphs`: only answers of these paragraphs (and their sub-items); undefined for all. */
export function collectRevisions(db: Db, paragraphs?: readonly string[]): Collected {
  const wanted = paragraphs && new Set(paragraphs);
  const heads = (db.prepare('SELECT a.node_ref, a.head FROM answer a JOIN node n ON n.ref = a.node_ref ORDER BY n.ord').all() as Array<{ node_ref: string; head: string }>)
    .filter((h) => !wanted || wanted.has(paragraphOf(h.node_ref)));
  const get = db.prepare('SELECT id, node_ref, parents, content, author, created_at FROM revision WHERE id = ?');
  const revisions: BundleRevision[] = [];
  const seen = new Set<string>();
  for (const h of heads) {
    const mine: RevisionRow[] = [];
    const stack = [h.head];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const row = get.get(id) as RevisionRow | undefined;
      // A parent this workspace never had (history trimmed elsewhere) is named but cannot be sent.
      if (!row) continue;
      mine.push(row);
      stack.push(...(JSON.parse(row.parents) as string[]));
    }
    mine.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1));
    for (const r of mine) {
      revisions.push({ id: r.id, ref: r.node_ref, parents: JSON.parse(r.parents) as string[], author: r.author, createdAt: r.created_at, content: JSON.parse(r.content) as unknown[] });
    }
  }
  return { revisions, heads: Object.fromEntries(heads.map((h) => [h.node_ref, h.head])) };
}
