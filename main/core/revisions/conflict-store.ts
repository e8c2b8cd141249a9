// Stored conflicts: written when a merge finds them, read back as the queue, closed when resolved or
// when a later merge no longer contains them. A conflict counts as open only while the answer's
// current text still shows both versions, as they arrived or one corrected in place (a coordinator
// who deleted one version or rewrote the passage by hand has settled it).
import type { AnswerContent, DataTableElement } from '../../../shared/editor/types';
import { stmt } from './statements';
import { type MergeConflict, type StoodThere, blockConflictFinder } from '../../../shared/merge/merge-content';
import { showsProvisional } from '../../../shared/merge/table-keys';
import { type Unit, contentKey, toUnits } from '../../../shared/merge/units';
import { deepFreeze, loadContent } from '../store/content-store';
import { BoundedCache } from '../store/bounded-cache';
import type { Db } from '../store/database';
import { type HeadConflict, conflictId } from './heads';

export interface ConflictRow {
  id: string;
  node_ref: string;
  kind: 'blocks' | 'table';
  table_id: string | null;
  field: string | null;
  base: string;
  side_a: string;
  side_b: string;
  heads_a: string;
  heads_b: string;
  mine: 'a' | 'b';
  found_in: string;
  found_at: string;
  state: 'open' | 'resolved' | 'superseded';
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

// A conflict's sides are fixed by its id (a hash over them): parsed once, shared (never mutated).
const parsed = new BoundedCache<HeadConflict>(20_000);

function parsedRow(r: ConflictRow): HeadConflict {
  let c = parsed.get(r.id);
  if (!c) {
    c = deepFreeze({ conflict: parseConflict(r), headsA: JSON.parse(r.heads_a) as string[], headsB: JSON.parse(r.heads_b) as string[] });
    parsed.set(r.id, c);
  }
  return c;
}

export const rowConflict = (r: ConflictRow): MergeConflict => parsedRow(r).conflict;

/** The open conflicts an answer's merge revision `foundIn` holds, as a fold carries them on (sides read once per id). */
export function conflictsFoundIn(db: Db, ref: string, foundIn: string): HeadConflict[] {
  const ids = stmt(db, "SELECT id FROM merge_conflict WHERE node_ref = ? AND state = 'open' AND found_in = ? ORDER BY found_at, id").pluck().all(ref, foundIn) as string[];
  const full = stmt(db, 'SELECT * FROM merge_conflict_full WHERE id = ?');
  return ids.map((id) => parsed.get(id) ?? parsedRow(full.get(id) as ConflictRow));
}

function parseConflict(r: ConflictRow): MergeConflict {
  if (r.kind === 'blocks') {
    return { kind: 'blocks', base: JSON.parse(r.base) as Unit[], a: JSON.parse(r.side_a) as Unit[], b: JSON.parse(r.side_b) as Unit[] };
  }
  return {
    kind: 'table', table: r.table_id!, key: r.field!,
    base: JSON.parse(r.base) as string | null, a: JSON.parse(r.side_a) as string | null, b: JSON.parse(r.side_b) as string | null,
  };
}

// The units of the texts conflicts were found in (merge or resolution revisions), by id: immutable.
const foundInKeys = new BoundedCache<ReadonlySet<string>>(500);

/**
 * What stood in the text a conflict was found in: there, a unit beside a version is context, not an
 * edit of it. Read on first use only: a conflict found as it arrived never asks.
 */
export function stoodIn(db: Db, foundIn: string): StoodThere {
  let keys = foundInKeys.get(foundIn);
  return (k) => {
    if (!keys) {
      const row = stmt(db, 'SELECT blocks FROM revision WHERE id = ?').get(foundIn) as { blocks: string } | undefined;
      keys = new Set(row ? toUnits(loadContent(db, row.blocks)).map(contentKey) : []);
      foundInKeys.set(foundIn, keys, keys.size);
    }
    return keys.has(k);
  };
}

/**
 * A finder for one answer's text: where a conflict shows (unit index), or -1 once it no longer
 * does. Given the database and the revision a conflict was found in, a version corrected in place
 * still shows (merge-content.ts); without, only the versions as they arrived.
 */
export function conflictFinder(content: AnswerContent, db?: Db): (c: MergeConflict, foundIn?: string) => number {
  const units = toUnits(content);
  const blocks = blockConflictFinder(content);
  return (c, foundIn) => {
    if (c.kind === 'blocks') return blocks(c, db && foundIn ? stoodIn(db, foundIn) : undefined);
    const i = units.findIndex((u) => u.kind === 'table' && u.block.id === c.table);
    return i >= 0 && showsProvisional(units[i].block as DataTableElement, c.key, c.a ?? c.b) ? i : -1;
  };
}

/** Is the stored conflict still open in this text: both versions there, one perhaps corrected in place? */
export const shownIn = (db: Db, content: AnswerContent, r: ConflictRow): boolean => conflictFinder(content, db)(rowConflict(r), r.found_in) >= 0;

/** mine: the side holding this workspace's own (not imported) work; otherwise side a. */
function mineSide(db: Db, c: HeadConflict): 'a' | 'b' {
  const local = stmt(
    db,
    `SELECT count(*) AS n FROM revision r WHERE r.id = ? AND r.origin_institution IS NULL
     AND NOT EXISTS (SELECT 1 FROM merge_revision m WHERE m.revision_id = r.id AND m.kind = 'auto')`,
  );
  const has = (heads: string[]) => heads.some((h) => (local.get(h) as { n: number }).n > 0);
  return has(c.headsB) && !has(c.headsA) ? 'b' : 'a';
}

export function writeConflicts(db: Db, ref: string, foundIn: string, at: string, list: HeadConflict[]): void {
  const put = stmt(
    db,
    `INSERT INTO merge_conflict (id, node_ref, kind, table_id, field, mine, found_in, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET found_in = excluded.found_in, state = 'open' WHERE state <> 'resolved'`,
  );
  // A conflict's id is a hash over its sides: stored once, they never change.
  const sides = stmt(db, 'INSERT OR IGNORE INTO merge_conflict_sides (id, base, side_a, side_b, heads_a, heads_b) VALUES (?, ?, ?, ?, ?, ?)');
  const mine = new Map<string, 'a' | 'b'>();
  for (const hc of list) {
    const c = hc.conflict;
    const key = JSON.stringify([hc.headsA, hc.headsB]);
    if (!mine.has(key)) mine.set(key, mineSide(db, hc));
    const id = conflictId(ref, hc);
    put.run(id, ref, c.kind, c.kind === 'table' ? c.table : null, c.kind === 'table' ? c.key : null, mine.get(key)!, foundIn, at);
    sides.run(id, JSON.stringify(c.base), JSON.stringify(c.a), JSON.stringify(c.b), JSON.stringify(hc.headsA), JSON.stringify(hc.headsB));
  }
}

export const openRows = (db: Db, ref: string): ConflictRow[] =>
  stmt(db, "SELECT * FROM merge_conflict_full WHERE node_ref = ? AND state = 'open' ORDER BY found_at, id").all(ref) as ConflictRow[];

/** Open conflicts that the answer's current text still shows: in document order, then text order. */
export function visibleConflicts(db: Db, ref?: string): ConflictRow[] {
  const rows = (
    ref === undefined
      ? stmt(db, "SELECT c.* FROM merge_conflict_full c WHERE c.state = 'open'").all()
      : openRows(db, ref)
  ) as ConflictRow[];
  const finders = new Map<string, ((c: MergeConflict, foundIn?: string) => number) | null>();
  const head = stmt(db, 'SELECT r.blocks FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = ?');
  const ord = stmt(db, 'SELECT ord FROM node WHERE ref = ?');
  const placed = rows.map((r) => {
    if (!finders.has(r.node_ref)) {
      const h = head.get(r.node_ref) as { blocks: string } | undefined;
      finders.set(r.node_ref, h ? conflictFinder(loadContent(db, h.blocks), db) : null);
    }
    const find = finders.get(r.node_ref);
    return { r, at: find ? find(rowConflict(r), r.found_in) : -1, ord: (ord.get(r.node_ref) as { ord: number }).ord };
  });
  return placed
    .filter((p) => p.at >= 0)
    .sort((x, y) => x.ord - y.ord || x.at - y.at || (x.r.id < y.r.id ? -1 : 1))
    .map((p) => p.r);
}

export function conflictCounts(db: Db): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of visibleConflicts(db)) out.set(r.node_ref, (out.get(r.node_ref) ?? 0) + 1);
  return out;
}
