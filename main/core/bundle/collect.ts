// What a bundle carries: the head of every answer it sends, every revision reachable from those
// heads, and every chunk those revisions name (once), so that the receiver can place each one in
// its graph. Revisions of one answer are kept together, oldest first. Revisions that came from the
// receiver itself (`theirs`) are left out with their history and their chunks: it sent them, so it
// has them; an answer whose head is one of them has nothing new to send.
import { sameChunk } from '../store/content-store';
import type { Db } from '../store/database';
import type { Payload } from './payload';
import { paragraphOf } from './paragraphs';

interface RevisionRow { id: string; node_ref: string; parents: string; blocks: string; author: string; created_at: string; id_version: number }

export interface Collected {
  revisions: Payload['revisions'];
  chunks: Payload['chunks'];
  heads: Record<string, string>;
}

/**
 * `paragraphs`: only answers of these paragraphs (and their sub-items); undefined for all.
 * `theirs`: the signing keys of the receiver, whose revisions it already has; none for a whole history.
 */
export function collectRevisions(db: Db, paragraphs?: readonly string[], theirs: ReadonlySet<string> = new Set()): Collected {
  const wanted = paragraphs && new Set(paragraphs);
  const origin = db.prepare('SELECT origin_key_id FROM revision WHERE id = ?').pluck();
  const fromThem = (id: string) => theirs.size > 0 && theirs.has(origin.get(id) as string);
  const heads = (db.prepare('SELECT a.node_ref, a.head FROM answer a JOIN node n ON n.ref = a.node_ref ORDER BY n.ord').all() as Array<{ node_ref: string; head: string }>)
    .filter((h) => (!wanted || wanted.has(paragraphOf(h.node_ref))) && !fromThem(h.head));
  const get = db.prepare('SELECT id, node_ref, parents, blocks, author, created_at, id_version FROM revision WHERE id = ?');
  const chunk = db.prepare(`SELECT kind, json FROM chunk WHERE ${sameChunk('', '@hash')}`);
  const revisions: Payload['revisions'] = [];
  const chunks: Payload['chunks'] = [];
  const seen = new Set<string>();
  const named = new Set<string>();
  /** Names a chunk once, with a table's rows; `send`: into the bundle, rows before their table (the receiver checks them first). */
  const name = (hash: string, send: boolean) => {
    if (named.has(hash)) return;
    named.add(hash);
    const c = chunk.get({ hash }) as { kind: string; json: string };
    // The stored text is what the name is the hash of: it travels as it is (payload-lines.ts).
    const value = JSON.parse(c.json) as { rows?: string[] };
    if (c.kind === 'table') for (const r of value.rows ?? []) name(r, send);
    if (send) chunks.push({ hash, value, json: c.json });
  };
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
      if (fromThem(id)) {
        // The receiver has this revision's chunks: none of them is sent.
        for (const hash of JSON.parse(row.blocks) as string[]) name(hash, false);
        continue;
      }
      mine.push(row);
      stack.push(...(JSON.parse(row.parents) as string[]));
    }
    mine.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1));
    for (const r of mine) {
      const blocks = JSON.parse(r.blocks) as string[];
      for (const hash of blocks) name(hash, true);
      revisions.push({
        id: r.id, ref: r.node_ref, parents: JSON.parse(r.parents) as string[], author: r.author, createdAt: r.created_at, blocks,
        ...(r.id_version === 1 ? { idVersion: 1 as const } : {}),
      });
    }
  }
  return { revisions, chunks, heads: Object.fromEntries(heads.map((h) => [h.node_ref, h.head])) };
}
