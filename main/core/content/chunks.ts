// An answer as the store keeps it and bundles carry it: each top-level block is a chunk named by
// its content hash, and a table's rows are chunks of their own, so a revision that rewords one
// paragraph or changes a few cells adds a few small chunks instead of another copy of the answer.
import type { AnswerContent, BlockElement, TableRow } from '../../../shared/editor/types';
import { isTable } from '../../../shared/editor/types';
import { answerWords } from '../../../shared/text/answer-words';
import { chunkHash } from './address';

export type ChunkKind = 'block' | 'table' | 'row';

export interface Chunk {
  hash: string;
  kind: ChunkKind;
  json: string;
  /** Words the chunk adds to the report (text blocks only; tables and rows count none). */
  words: number;
}

export interface Split {
  /** The names of the answer's top-level blocks, in order. */
  blocks: string[];
  /** Every chunk the answer needs (a table's rows before its shell); storing is INSERT OR IGNORE. */
  chunks: Chunk[];
  words: number;
}

// Stored and merged contents are frozen and shared (content-store.ts), so a block met again is
// not serialised or hashed again. Only frozen objects are remembered: they cannot change later.
const known = new WeakMap<object, { chunk: Chunk; rows: Chunk[] }>();

function chunkOf(b: BlockElement): { chunk: Chunk; rows: Chunk[] } {
  const hit = known.get(b);
  if (hit) return hit;
  let out: { chunk: Chunk; rows: Chunk[] };
  if (isTable(b)) {
    const rows = b.rows.map((r) => rowChunk(r));
    const json = JSON.stringify({ ...b, rows: rows.map((r) => r.hash) });
    out = { chunk: { hash: chunkHash(json), kind: 'table', json, words: 0 }, rows };
  } else {
    const json = JSON.stringify(b);
    out = { chunk: { hash: chunkHash(json), kind: 'block', json, words: answerWords([b]) }, rows: [] };
  }
  if (Object.isFrozen(b)) known.set(b, out);
  return out;
}

const rowMemo = new WeakMap<object, Chunk>();
function rowChunk(r: TableRow): Chunk {
  const hit = rowMemo.get(r);
  if (hit) return hit;
  const json = JSON.stringify(r);
  const c: Chunk = { hash: chunkHash(json), kind: 'row', json, words: 0 };
  if (Object.isFrozen(r)) rowMemo.set(r, c);
  return c;
}

/** `wanted`: which blocks and rows to list in `chunks` (default all; a merge lists only what it made). */
export function splitContent(content: AnswerContent, wanted: (o: object) => boolean = () => true): Split {
  const chunks: Chunk[] = [];
  let words = 0;
  const blocks = content.map((b) => {
    const { chunk, rows } = chunkOf(b);
    if (isTable(b)) rows.forEach((r, i) => wanted(b.rows[i]) && chunks.push(r));
    if (wanted(b)) chunks.push(chunk);
    words += chunk.words;
    return chunk.hash;
  });
  return { blocks, chunks, words };
}

/**
 * Every chunk of a content (a table's rows before it) with the JSON size it stands for put together
 * (a table with its rows), and for a row the row itself.
 */
export function chunkSizes(content: AnswerContent): Array<{ chunk: Chunk; bytes: number; row?: TableRow }> {
  return content.flatMap((b) => {
    const { chunk, rows } = chunkOf(b);
    const objects = isTable(b) ? b.rows : [];
    return [...rows.map((r, i) => ({ chunk: r, bytes: r.json.length, row: objects[i] })), { chunk, bytes: rows.reduce((n, r) => n + r.json.length, chunk.json.length) }];
  });
}

/** Tells the splitter what a frozen block read back from the store is named, so it is never hashed again. */
export function rememberChunk(obj: BlockElement, chunk: Chunk): void {
  if (Object.isFrozen(obj)) known.set(obj, { chunk, rows: isTable(obj) ? obj.rows.map(rowChunk) : [] });
}

export function rememberRow(obj: object, chunk: Chunk): void {
  if (Object.isFrozen(obj)) rowMemo.set(obj, chunk);
}
