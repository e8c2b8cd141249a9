// Checks one paragraph's incoming revisions before anything is written: shape, the chunks they
// name (incoming-chunks.ts), the content hash, the paragraph itself, and that every parent is here
// or comes along.
import { type CoreMessage, messagesOf } from '../../../shared/core-messages';
import { isContentHash } from '../../../shared/json-checks';
import type { MessageRef } from '../../../shared/result';
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

/** Why an answer is not taken, from the catalogue (shared/core-messages/answer-refusals.ts). */
export const refuse = messagesOf('answerRefusal');

/** An answer not taken, as the import report lists it: the English reason, its key and values beside it. */
export type RefusedAnswer = { ref: string; reason: string; i18n: MessageRef };
export const refusedAnswer = (ref: string, m: CoreMessage): RefusedAnswer => ({ ref, reason: m.text, i18n: m.i18n });

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_BLOCKS = 5000;
/**
 * The most JSON an answer may hold once its blocks are put together. A block can be named many
 * times (two empty paragraphs share one), so a small bundle could otherwise name one large block
 * thousands of times; a whole report is about 0.2 MB.
 */
export const MAX_CONTENT_CHARS = 16 * 1024 * 1024;

function check(r: IncomingRevision, chunks: IncomingChunks, idChecked: ReadonlySet<IncomingRevision>): Checked | CoreMessage {
  if (!r || typeof r !== 'object') return refuse('notObject', {});
  const short = typeof r.id === 'string' ? r.id.slice(0, 12) : '?';
  if (!isContentHash(r.id)) return refuse('idNotHash', {});
  if (!Array.isArray(r.parents) || !r.parents.every(isContentHash) || new Set(r.parents).size !== r.parents.length) {
    return refuse('badParents', { revision: short });
  }
  if (typeof r.author !== 'string' || r.author.trim() === '' || r.author.length > 500) return refuse('badAuthor', { revision: short });
  if (typeof r.createdAt !== 'string' || !ISO.test(r.createdAt) || Number.isNaN(Date.parse(r.createdAt))) return refuse('badTime', { revision: short });
  if (!Array.isArray(r.blocks) || r.blocks.length === 0 || r.blocks.length > MAX_BLOCKS) return refuse('badBlocks', { revision: short });
  const version = r.idVersion ?? 2;
  if (version !== 1 && version !== 2) return refuse('badIdVersion', { revision: short });
  let words = 0;
  let size = 0;
  for (const b of r.blocks) {
    const c = chunks.block(b);
    if (typeof c === 'function') return c(short);
    words += c.words;
    size += c.bytes;
    if (size > MAX_CONTENT_CHARS) return refuse('tooLarge', { revision: short, max: MAX_CONTENT_CHARS / 1024 / 1024 });
  }
  // A prepared bundle's thread computed this id from these same fields (main/core/bundle/prepare.ts).
  const id =
    idChecked.has(r) && version === 2
      ? r.id
      : version === 2
      ? revisionId(r.nodeRef, r.parents, r.blocks, r.author, r.createdAt)
      : legacyRevisionId(r.nodeRef, r.parents, JSON.stringify(r.blocks.map((b) => chunks.value(b))), r.author, r.createdAt);
  if (id !== r.id) return refuse('hashMismatch', { revision: short });
  return { id: r.id, parents: r.parents, blocks: r.blocks, words, author: r.author, createdAt: r.createdAt, idVersion: version };
}

export function validateParagraph(
  db: Db,
  ref: string,
  revs: IncomingRevision[],
  chunks: IncomingChunks,
  idChecked: ReadonlySet<IncomingRevision> = new Set(),
): Validated | { refusal: CoreMessage } {
  const node = stmt(db, 'SELECT kind FROM node WHERE ref = ?').get(ref) as { kind: string } | undefined;
  if (!node) return { refusal: refuse('noParagraph', { paragraph: ref }) };
  if (node.kind !== 'paragraph' && node.kind !== 'subitem') return { refusal: refuse('heading', { paragraph: ref }) };
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
      if (row.node_ref !== ref) return { refusal: refuse('otherParagraph', { revision: r.id.slice(0, 12), paragraph: row.node_ref }) };
      if (row.sealed_via === null) unsealed.push(r.id);
      continue;
    }
    const c = check(r, chunks, idChecked);
    if ('i18n' in c) return { refusal: c };
    all.set(c.id, c);
  }
  const fresh = [...all.values()];
  for (const c of fresh) {
    for (const p of c.parents) {
      if (all.has(p)) continue;
      const row = known(p);
      if (!row) return { refusal: refuse('parentMissing', { revision: c.id.slice(0, 12), parent: p.slice(0, 12) }) };
      if (row.node_ref !== ref) return { refusal: refuse('parentOtherParagraph', { revision: c.id.slice(0, 12), paragraph: row.node_ref }) };
    }
  }
  const ordered = parentsFirst(fresh);
  if (!ordered) return { refusal: refuse('cycle', {}) };
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
