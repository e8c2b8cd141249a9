// Checks one paragraph's incoming revisions before anything is written: shape, the chunks they
// name (incoming-chunks.ts), the content hash, the paragraph itself, and that every parent is here
// or comes along.
import { isContentHash } from '../../../shared/json-checks';
import type { Chunk } from '../content/chunks';
import { legacyRevisionId, revisionId } from '../content/address';
import type { Db } from '../store/database';
import type { IncomingRevision } from './import-revisions';
import type { IncomingChunks } from './incoming-chunks';
import { stmt } from './statements';
import { MissingContent, loadContent } from '../store/content-store';

export interface Checked {
  id: string;
  parents: string[];
  blocks: string[];
  words: number;
  author: string;
  createdAt: string;
  idVersion: 1 | 2;
}

interface StoredRow {
  node_ref: string;
  sealed_via: string | null;
  blocks: string;
}

export interface Validated {
  /** Incoming revisions this workspace has already but has not yet marked as known elsewhere (sealed). */
  unsealed: string[];
  /** The ones not yet in the workspace, parents before children. */
  fresh: Checked[];
  /** The chunks those need that this workspace does not have yet. */
  chunks: Chunk[];
}

/** A workspace restored from a backup lacks what it sent since; the institutions write on that text. */
export const RESTORED_HINT = ' (if this workspace was restored from an older backup, import the bundles it sent since then: they bring that text back)';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_BLOCKS = 5000;
/**
 * The most JSON an answer may hold once its blocks are put together. A block can be named many
 * times (two empty paragraphs share one), so a small bundle could otherwise name one large block
 * thousands of times; a whole report is about 0.2 MB.
 */
export const MAX_CONTENT_CHARS = 16 * 1024 * 1024;

function check(r: IncomingRevision, chunks: IncomingChunks): Checked | string {
  if (!r || typeof r !== 'object') return 'a revision is not an object';
  const short = typeof r.id === 'string' ? r.id.slice(0, 12) : '?';
  if (!isContentHash(r.id)) return 'a revision id is not a sha-256 hash';
  if (!Array.isArray(r.parents) || !r.parents.every(isContentHash) || new Set(r.parents).size !== r.parents.length) {
    return `revision ${short} has malformed parents`;
  }
  if (typeof r.author !== 'string' || r.author.trim() === '' || r.author.length > 500) return `revision ${short} has no valid author`;
  if (typeof r.createdAt !== 'string' || !ISO.test(r.createdAt) || Number.isNaN(Date.parse(r.createdAt))) return `revision ${short} has no valid creation time`;
  if (!Array.isArray(r.blocks) || r.blocks.length === 0 || r.blocks.length > MAX_BLOCKS) return `revision ${short} has no valid list of blocks`;
  const version = r.idVersion ?? 2;
  if (version !== 1 && version !== 2) return `revision ${short} has an unknown id version`;
  let words = 0;
  let size = 0;
  for (const b of r.blocks) {
    const c = chunks.block(b);
    if (typeof c === 'string') return `revision ${short}: ${c}`;
    words += c.words;
    size += c.bytes;
    if (size > MAX_CONTENT_CHARS) return `revision ${short} would hold more than ${MAX_CONTENT_CHARS / 1024 / 1024} MB of text once put together`;
  }
  const id =
    version === 2
      ? revisionId(r.nodeRef, r.parents, r.blocks, r.author, r.createdAt)
      : legacyRevisionId(r.nodeRef, r.parents, JSON.stringify(r.blocks.map((b) => chunks.value(b))), r.author, r.createdAt);
  if (id !== r.id) return `revision ${short} does not match its content hash`;
  return { id: r.id, parents: r.parents, blocks: r.blocks, words, author: r.author, createdAt: r.createdAt, idVersion: version };
}

export function validateParagraph(db: Db, ref: string, revs: IncomingRevision[], chunks: IncomingChunks): Validated | { reason: string } {
  const node = stmt(db, 'SELECT kind FROM node WHERE ref = ?').get(ref) as { kind: string } | undefined;
  if (!node) return { reason: `there is no paragraph "${ref}" in this list of issues` };
  if (node.kind !== 'paragraph' && node.kind !== 'subitem') return { reason: `"${ref}" is a heading and takes no answer` };
  // Stored revisions asked about, each once: those the new ones name as parents are asked twice.
  const lookup = stmt(db, 'SELECT node_ref, sealed_via, blocks FROM revision WHERE id = ?');
  const stored = new Map<string, StoredRow | undefined>();
  const known = (id: string): StoredRow | undefined => {
    if (!stored.has(id)) stored.set(id, lookup.get(id) as StoredRow | undefined);
    return stored.get(id);
  };
  const all = new Map<string, Checked>();
  const unsealed: string[] = [];
  // The stored revisions the new ones build on: their blocks are known to be here.
  const arriving = new Set(revs.map((r) => r?.id));
  for (const p of new Set(revs.flatMap((r) => (Array.isArray(r?.parents) ? r.parents : [])))) {
    if (typeof p !== 'string' || arriving.has(p)) continue;
    const row = known(p);
    if (row?.node_ref !== ref) continue;
    try {
      chunks.learnFrom(loadContent(db, row.blocks));
    } catch (e) {
      // A parent whose chunks are missing teaches nothing (its blocks are looked up one by one);
      // any other error, from SQLite above all, must stop the import.
      if (!(e instanceof MissingContent)) throw e;
    }
  }
  for (const r of revs) {
    // A revision this workspace has is not read again: its id already stands for its content here.
    const row = typeof r?.id === 'string' ? known(r.id) : undefined;
    if (row) {
      if (row.node_ref !== ref) return { reason: `revision ${r.id.slice(0, 12)} belongs to paragraph "${row.node_ref}"` };
      if (row.sealed_via === null) unsealed.push(r.id);
      continue;
    }
    const c = check(r, chunks);
    if (typeof c === 'string') return { reason: c };
    all.set(c.id, c);
  }
  const fresh = [...all.values()];
  for (const c of fresh) {
    for (const p of c.parents) {
      if (all.has(p)) continue;
      const row = known(p);
      if (!row) return { reason: `revision ${c.id.slice(0, 12)} builds on ${p.slice(0, 12)}, which is neither here nor in the bundle${RESTORED_HINT}` };
      if (row.node_ref !== ref) return { reason: `revision ${c.id.slice(0, 12)} builds on a revision of paragraph "${row.node_ref}"` };
    }
  }
  const ordered = parentsFirst(fresh);
  if (!ordered) return { reason: 'the revisions form a cycle' };
  return { unsealed, fresh: ordered, chunks: chunks.take() };
}

/** Parents first (depth-first). Ids are content hashes over the parents, so no cycle can be built; null if one was. */
function parentsFirst(fresh: Checked[]): Checked[] | null {
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
        if (stack.some(([s]) => s.id === p)) return null;
        stack.push([parent, 0]);
      }
    }
  }
  return ordered;
}
