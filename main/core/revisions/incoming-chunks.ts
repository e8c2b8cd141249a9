// Checks the chunks an import brings (main/core/content/chunks.ts): each one new to this workspace
// must have the shape its place allows (a text block, a table without its rows, or a row) and
// hash to its name. A name the bundle carries is checked from the bundle (the sender sends what it
// believes is new here; a copy of a stored chunk checks out the same); any other must be stored here.
import type { CoreMessage } from '../../../shared/core-messages';
import { tableProblem, tableRowProblem } from '../../../shared/editor/schema';
import type { AnswerContent, BlockElement, DataTableElement, TableRow } from '../../../shared/editor/types';
import { isContentHash } from '../../../shared/json-checks';
import { chunkHash } from '../content/address';
import { type ShellRest, ShellReader } from '../content/shell-text';
import { type ChunkVerdict, judgeTop } from './chunk-verdict';
import { type Chunk, chunkSizes } from '../content/chunks';
import { MissingContent, block, cacheChunk, sameChunk, tableRow } from '../store/content-store';
import type { Db } from '../store/database';
import { stmt } from './statements';
import { refuse } from './validate-incoming';

/** What is wrong with a block, said of the revision (its short id) that names it. */
type Problem = (revision: string) => CoreMessage;

interface Resolved {
  kind: Chunk['kind'];
  words: number;
  /** Characters of JSON once put together (a table with its rows). */
  bytes: number;
}

/**
 * An incoming chunk: the value, and the text the name was computed from when the bundle gave it
 * that way (version 3: the receiver hashed the line); a name given beside a value is checked. A
 * prepared bundle (main/core/bundle/prepare.ts) brings the verdict of its chunk's check too, and
 * parses the value only when it is read (`parsed` false until then).
 */
interface Pooled {
  readonly value: unknown;
  readonly json?: string;
  readonly verdict?: ChunkVerdict;
  readonly parsed?: boolean;
  /** A table shell's row names stand here in `json`, as the thread found (shell-text.ts). */
  readonly rowsAt?: number;
}

/** Incoming chunks by name. */
export type ChunkPool = Map<string, Pooled>;

/** One import's view of the chunks: what is stored here, what arrived and was checked, what must be written. */
export class IncomingChunks {
  /**
   * Checked chunks by name: words and size put together (a table with its rows), where the value is
   * when new, and for a row the row itself once read (a table's check reads each of its rows).
   */
  private readonly checked = new Map<string, Resolved & { source?: Pooled; row?: TableRow }>();
  /** New chunks not yet handed out, in the order they were checked (a table's rows before the table). */
  private fresh: Chunk[] = [];
  private readonly shells = new ShellReader();

  constructor(
    private readonly db: Db,
    private readonly pool: ReadonlyMap<string, Pooled>,
  ) {}

  /**
   * Takes the chunks of a stored revision's content as known: they are stored with it. Incoming
   * revisions mostly repeat their parent's blocks, and this spares a lookup for each of them.
   */
  learnFrom(content: AnswerContent): void {
    for (const { chunk, bytes, row } of chunkSizes(content)) {
      if (!this.checked.has(chunk.hash)) this.checked.set(chunk.hash, { kind: chunk.kind, words: chunk.words, bytes, row });
    }
  }

  /** The words and JSON size of a top-level block, after checking it (and, for a table, its rows); a function says why not. */
  block(hash: string): Resolved | Problem {
    return this.resolve(hash, 'top');
  }

  /** The new chunks checked since the last call, to be written with the revisions that use them. */
  take(): Chunk[] {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }

  /** Forgets the new chunks checked since the last take(): the revisions that used them were refused. */
  drop(): void {
    for (const c of this.fresh) this.checked.delete(c.hash);
    this.fresh = [];
  }

  /** Forgets chunks handed out by take() that will not be written after all (their paragraph was refused later). */
  forget(taken: readonly Chunk[]): void {
    for (const c of taken) this.checked.delete(c.hash);
  }

  /** The block as JSON-equal data, for checking an id made over whole contents (schema 6 and before). */
  value(hash: string): BlockElement {
    const c = this.checked.get(hash);
    if (!c || c.source === undefined) return block(this.db, hash);
    if (c.kind !== 'table') return c.source.value as BlockElement;
    const shell = c.source.value as { rows: string[] };
    return { ...shell, rows: shell.rows.map((h) => this.row(h)) } as unknown as BlockElement;
  }

  /**
   * A chunk stored here, with the size it stands for. A table's is worked out from the table as
   * reading it puts it together, its rows included: SQLite's JSON functions take the first of two
   * equal keys where JSON.parse takes the last, so a shell naming "rows" twice passed as small.
   */
  private storedChunk(hash: string): Resolved | Problem | undefined {
    const row = stmt(this.db, `SELECT kind, words, length(json) AS bytes FROM chunk WHERE ${sameChunk('', '@hash')}`).get({ hash }) as Resolved | undefined;
    if (row?.kind !== 'table') return row;
    try {
      return { ...row, bytes: chunkSizes([block(this.db, hash)]).at(-1)!.bytes };
    } catch (e) {
      if (!(e instanceof MissingContent)) throw e;
      return (revision) => refuse('blockMissing', { revision, block: hash.slice(0, 12) });
    }
  }

  /** A table shell's row names and the rest of it: sliced from its line where the thread found them, else parsed whole. */
  private shellOf(source: Pooled): { rest: ShellRest; rows: string[] } {
    const sliced = source.rowsAt && source.json !== undefined && !source.parsed ? this.shells.read(source.json, source.rowsAt) : null;
    if (sliced) return sliced;
    const shell = source.value as Omit<DataTableElement, 'rows'> & { rows: string[] };
    return { rest: shell, rows: shell.rows };
  }

  private row(hash: string): TableRow {
    const c = this.checked.get(hash);
    if (c?.row) return c.row;
    const row = c?.source !== undefined ? (c.source.value as TableRow) : tableRow(this.db, hash);
    if (c) c.row = row;
    return row;
  }

  /** `place` 'row': named by a table shell that passed its check, which holds every row name to the hash pattern. */
  private resolve(hash: string, place: 'top' | 'row'): Resolved | Problem {
    // Names already checked are most of them (every revision repeats its parent's): no pattern test.
    const done = this.checked.get(hash);
    if (!done && place === 'top' && !isContentHash(hash)) return (revision) => refuse('blockNameNotHash', { revision });
    const short = hash.slice(0, 12);
    const stored = done ?? (this.pool.has(hash) ? undefined : this.storedChunk(hash));
    if (typeof stored === 'function') return stored;
    if (stored) {
      if ((place === 'row') !== (stored.kind === 'row')) return (revision) => refuse(place === 'row' ? 'notTableRow' : 'notBlock', { revision, chunk: short });
      if (!done) this.checked.set(hash, stored);
      return stored;
    }
    if (!this.pool.has(hash)) return (revision) => refuse('blockMissing', { revision, block: short });
    const source = this.pool.get(hash)!;
    const named = source.json;
    const json = named ?? JSON.stringify(source.value);
    if (named === undefined && (typeof json !== 'string' || chunkHash(json) !== hash)) return (revision) => refuse('blockHashMismatch', { revision, block: short });
    // The verdict a prepared bundle brought for this place, else the same check here.
    const verdict = source.verdict;
    let kind: Chunk['kind'];
    let words = 0;
    let bytes = json.length;
    if (place === 'row') {
      const problem = verdict?.row !== undefined ? verdict.row : tableRowProblem(source.value);
      if (problem) return (revision) => refuse('rowInvalid', { revision, block: short, problem });
      kind = 'row';
    } else {
      // Names checked here or computed for the pool are hashes already; the rest are tested.
      const top = verdict?.top ?? judgeTop(source.value, (h) => this.checked.has(h) || this.pool.has(h));
      if (top.table) {
        const invalid = top.problem;
        if (invalid) return (revision) => refuse('tableInvalid', { revision, block: short, problem: invalid });
        const { rest, rows } = this.shellOf(source);
        for (const h of rows) {
          const r = this.resolve(h, 'row');
          if (typeof r === 'function') return r;
          bytes += r.bytes;
        }
        const problem = tableProblem({ ...rest, rows: rows.map((h) => this.row(h)) });
        if (problem) return (revision) => refuse('tableInvalid', { revision, block: short, problem });
        kind = 'table';
      } else {
        const invalid = top.problem;
        if (invalid) return (revision) => refuse('blockInvalid', { revision, block: short, problem: invalid });
        kind = 'block';
        words = top.words;
      }
    }
    const chunk: Chunk = { hash, kind, json, words };
    this.checked.set(hash, { kind, words, bytes, source });
    this.fresh.push(chunk);
    // A value already parsed serves reads without parsing it again; an unparsed one is read when needed.
    if (source.parsed !== false) cacheChunk(chunk, source.value as object);
    return { kind, words, bytes };
  }
}
