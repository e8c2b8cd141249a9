// Answer contents in the chunk store (main/core/content/chunks.ts): writing a content's chunks and
// reading a revision's content back. Read contents are frozen and shared through a bounded cache:
// chunks are named by content hash, so an entry never goes stale, and merges, exports and the
// editor read the same blocks again and again.
import type { AnswerContent, BlockElement, DataTableElement, TableRow } from '../../../shared/editor/types';
import { type Chunk, rememberChunk, rememberRow, splitContent } from '../content/chunks';
import { stmt } from '../revisions/statements';
import { BoundedCache } from './bounded-cache';
import type { Db } from './database';

// Bounded by count and by the JSON characters read: a refused bundle's chunks are checked (and
// cached) before the refusal, and must not hold on to its size in memory.
const cache = new BoundedCache<object>(30_000, 64 * 1024 * 1024);

/** A chunk or revision a read needs is not in the file (a broken store, never a user's mistake). */
export class MissingContent extends Error {
  override name = 'MissingContent';
}

/** Freezes a parsed value all the way down: shared contents must never change under a reader. */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/**
 * SQL that holds when the chunk of table alias `alias` ('' for none) is the one named by `name` (a
 * column or a parameter such as `@hash`): it finds the chunk through the unique index of migration
 * 11 over the first 128 bits of its hash (16 bytes an entry instead of 64 characters), then
 * compares the whole hash.
 */
export const sameChunk = (alias: string, name: string): string => {
  const a = alias ? `${alias}.` : '';
  return `${a}key = unhex(substr(${name}, 1, 32)) AND ${a}hash = ${name}`;
};

/** The 16 bytes a chunk is indexed by (chunk.key): the first 128 bits of its hash. */
const chunkKey = (hash: string): Buffer => Buffer.from(hash.slice(0, 32), 'hex');

/**
 * Stores chunks not stored yet. Two different chunks whose hashes share their first 128 bits
 * cannot both be stored (SQLite would silently keep the first): that refuses the whole write
 * instead. By chance it does not happen; on purpose it would take about 2^64 hashes.
 */
export function putChunks(db: Db, chunks: readonly Chunk[]): void {
  const put = stmt(db, 'INSERT OR IGNORE INTO chunk (hash, key, kind, json, words) VALUES (?, ?, ?, ?, ?)');
  const stored = stmt(db, 'SELECT hash FROM chunk WHERE key = ?').pluck();
  for (const c of chunks) {
    const key = chunkKey(c.hash);
    if (put.run(c.hash, key, c.kind, c.json, c.words).changes === 0 && stored.get(key) !== c.hash) {
      throw new Error(`chunk ${c.hash.slice(0, 12)} cannot be stored: its name shares its first 128 bits with another chunk's`);
    }
  }
}

/**
 * Stores a content's chunks and returns its block names (as stored in revision.blocks) and words.
 * `made`: only these blocks and rows are new (a merge result, whose other blocks come from stored
 * revisions in this workspace); the rest are not written again.
 */
export function storeContent(
  db: Db,
  content: AnswerContent,
  made?: ReadonlySet<object>,
): { blocks: string[]; blocksJson: string; words: number; names: Set<string> } {
  const s = splitContent(content, made ? (o) => made.has(o) : undefined);
  putChunks(db, s.chunks);
  return { blocks: s.blocks, blocksJson: JSON.stringify(s.blocks), words: s.words, names: new Set(s.chunks.map((c) => c.hash)) };
}

function chunkRow(db: Db, hash: string): { kind: string; json: string; words: number } {
  const row = stmt(db, `SELECT kind, json, words FROM chunk WHERE ${sameChunk('', '@hash')}`).get({ hash }) as { kind: string; json: string; words: number } | undefined;
  if (!row) throw new MissingContent(`chunk ${hash.slice(0, 12)} is missing from the workspace`);
  return row;
}

/** One table row by name. Frozen. */
export function tableRow(db: Db, hash: string): TableRow {
  const hit = cache.get(hash);
  if (hit) return hit as TableRow;
  const c = chunkRow(db, hash);
  const value = deepFreeze(JSON.parse(c.json) as TableRow);
  rememberRow(value, { hash, kind: 'row', json: c.json, words: 0 });
  cache.set(hash, value, c.json.length);
  return value;
}

/** One top-level block by name, a table with its rows in place. */
export function block(db: Db, hash: string): BlockElement {
  const hit = cache.get(hash);
  if (hit) return hit as BlockElement;
  const c = chunkRow(db, hash);
  const parsed = JSON.parse(c.json) as BlockElement;
  let value: BlockElement;
  if (c.kind === 'table') {
    const shell = parsed as unknown as Omit<DataTableElement, 'rows'> & { rows: string[] };
    const rows = shell.rows.map((h) => tableRow(db, h));
    value = deepFreeze({ ...shell, rows } as DataTableElement);
    rememberChunk(value, { hash, kind: 'table', json: c.json, words: 0 });
  } else {
    value = deepFreeze(parsed);
    rememberChunk(value, { hash, kind: 'block', json: c.json, words: c.words });
  }
  cache.set(hash, value, c.json.length);
  return value;
}

/** A content from its block names (revision.blocks as stored, or already parsed). Frozen. */
export function loadContent(db: Db, blocks: string | readonly string[]): AnswerContent {
  const names = typeof blocks === 'string' ? (JSON.parse(blocks) as string[]) : blocks;
  return Object.freeze(names.map((h) => block(db, h))) as AnswerContent;
}

/** The content of one revision. Frozen. */
export function revisionContent(db: Db, id: string): AnswerContent {
  const r = stmt(db, 'SELECT blocks FROM revision WHERE id = ?').get(id) as { blocks: string } | undefined;
  if (!r) throw new MissingContent(`revision ${id.slice(0, 12)} is missing from the workspace`);
  return loadContent(db, r.blocks);
}

/**
 * Lets a checked incoming text block or row serve reads without being parsed again (a table shell
 * is put together with its rows on first read instead).
 */
export function cacheChunk(c: Chunk, value: object): void {
  if (c.kind === 'table' || cache.has(c.hash)) return;
  const frozen = deepFreeze(value);
  if (c.kind === 'row') rememberRow(frozen, c);
  else rememberChunk(frozen as BlockElement, c);
  cache.set(c.hash, frozen, c.json.length);
}

/** The current text of an answer, or null when it has none. Frozen. */
export function headContent(db: Db, ref: string): AnswerContent | null {
  const r = stmt(db, 'SELECT r.blocks FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = ?').get(ref) as { blocks: string } | undefined;
  return r ? loadContent(db, r.blocks) : null;
}

/**
 * Deletes those of `hashes` (and the rows of those that are tables) that no revision and no other
 * table names any more; `keep`: names known to stay (the text that replaces them). For autosave coalescing, which replaces its last revision on every save: without
 * this, each save of a long paragraph would leave its previous wording behind for good.
 */
export function dropOrphanChunks(db: Db, hashes: readonly string[], keep: ReadonlySet<string> = new Set()): void {
  const usedByRevision = stmt(db, 'SELECT EXISTS (SELECT 1 FROM revision WHERE instr(blocks, ?) > 0) AS used');
  const usedByTable = stmt(db, "SELECT EXISTS (SELECT 1 FROM chunk WHERE kind = 'table' AND instr(json, ?) > 0) AS used");
  const drop = stmt(db, `DELETE FROM chunk WHERE ${sameChunk('', '@hash')}`);
  for (const hash of hashes) {
    const c = stmt(db, `SELECT kind, json FROM chunk WHERE ${sameChunk('', '@hash')}`).get({ hash }) as { kind: string; json: string } | undefined;
    if (!c || keep.has(hash) || (usedByRevision.get(hash) as { used: number }).used) continue;
    drop.run({ hash });
    cache.delete(hash);
    if (c.kind === 'table') {
      // Rows the new text still has are known to stay without a look through every table.
      for (const row of (JSON.parse(c.json) as { rows: string[] }).rows) {
        if (!keep.has(row) && !(usedByTable.get(row) as { used: number }).used) {
          drop.run({ hash: row });
          cache.delete(row);
        }
      }
    }
  }
}
