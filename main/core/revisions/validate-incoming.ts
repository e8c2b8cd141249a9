// Checks one paragraph's incoming revisions before anything is written: shape, content schema,
// content hash, the paragraph itself, and that every parent is here or comes along.
import { answerContentSchema } from '../../../shared/editor/schema';
import { stmt } from './statements';
import type { AnswerContent } from '../../../shared/editor/types';
import { revisionId } from '../store/answer-store';
import type { Db } from '../store/database';
import type { IncomingRevision } from './import-revisions';

export interface Checked {
  id: string;
  parents: string[];
  content: AnswerContent;
  json: string;
  author: string;
  createdAt: string;
}

export interface Validated {
  /** Every incoming revision of the paragraph, known or not. */
  all: Checked[];
  /** The ones not yet in the workspace, parents before children. */
  fresh: Checked[];
}

const HASH = /^[0-9a-f]{64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

function check(r: IncomingRevision): Checked | string {
  if (!r || typeof r !== 'object') return 'a revision is not an object';
  const short = typeof r.id === 'string' ? r.id.slice(0, 12) : '?';
  if (typeof r.id !== 'string' || !HASH.test(r.id)) return 'a revision id is not a sha-256 hash';
  if (!Array.isArray(r.parents) || !r.parents.every((p) => typeof p === 'string' && HASH.test(p)) || new Set(r.parents).size !== r.parents.length) {
    return `revision ${short} has malformed parents`;
  }
  if (typeof r.author !== 'string' || r.author.trim() === '' || r.author.length > 500) return `revision ${short} has no valid author`;
  if (typeof r.createdAt !== 'string' || !ISO.test(r.createdAt) || Number.isNaN(Date.parse(r.createdAt))) return `revision ${short} has no valid creation time`;
  const parsed = answerContentSchema.safeParse(r.content);
  if (!parsed.success) return `revision ${short} has invalid content: ${parsed.error.issues[0]?.message ?? 'unreadable'}`;
  const json = JSON.stringify(r.content);
  if (revisionId(r.nodeRef, r.parents, json, r.author, r.createdAt) !== r.id) return `revision ${short} does not match its content hash`;
  return { id: r.id, parents: r.parents, content: r.content as AnswerContent, json, author: r.author, createdAt: r.createdAt };
}

export function validateParagraph(db: Db, ref: string, revs: IncomingRevision[]): Validated | { reason: string } {
  const node = stmt(db, 'SELECT kind FROM node WHERE ref = ?').get(ref) as { kind: string } | undefined;
  if (!node) return { reason: `there is no paragraph "${ref}" in this list of issues` };
  if (node.kind !== 'paragraph' && node.kind !== 'subitem') return { reason: `"${ref}" is a heading and takes no answer` };
  const all = new Map<string, Checked>();
  for (const r of revs) {
    const c = check(r);
    if (typeof c === 'string') return { reason: c };
    all.set(c.id, c);
  }
  const known = stmt(db, 'SELECT node_ref FROM revision WHERE id = ?');
  const fresh: Checked[] = [];
  for (const c of all.values()) {
    const row = known.get(c.id) as { node_ref: string } | undefined;
    if (row && row.node_ref !== ref) return { reason: `revision ${c.id.slice(0, 12)} belongs to paragraph "${row.node_ref}"` };
    if (!row) fresh.push(c);
  }
  const freshIds = new Set(fresh.map((c) => c.id));
  for (const c of fresh) {
    for (const p of c.parents) {
      if (freshIds.has(p)) continue;
      const row = known.get(p) as { node_ref: string } | undefined;
      if (!row) return { reason: `revision ${c.id.slice(0, 12)} builds on ${p.slice(0, 12)}, which is neither here nor in the bundle` };
      if (row.node_ref !== ref) return { reason: `revision ${c.id.slice(0, 12)} builds on a revision of paragraph "${row.node_ref}"` };
    }
  }
  // Parents first (depth-first). Ids are content hashes over the parents, so no cycle can be built.
  const byId = new Map(fresh.map((c) => [c.id, c]));
  const ordered: Checked[] = [];
  const placed = new Set<string>();
  for (const start of fresh) {
    const stack: Array<[Checked, number]> = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [c, i] = top;
      if (placed.has(c.id)) {
        stack.pop();
        continue;
      }
      const p = c.parents[i];
      if (p === undefined) {
        placed.add(c.id);
        ordered.push(c);
        stack.pop();
        continue;
      }
      top[1] = i + 1;
      const parent = byId.get(p);
      if (parent && !placed.has(p)) {
        if (stack.some(([s]) => s.id === p)) return { reason: 'the revisions form a cycle' };
        stack.push([parent, 0]);
      }
    }
  }
  return { all: [...all.values()], fresh: ordered };
}
