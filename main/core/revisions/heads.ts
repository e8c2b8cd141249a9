// The text of an answer with several heads. The merged text is a function of the set of heads
// alone (folded in a fixed order: creation time, then id), so bundles imported in any order give the
// same text and the same conflicts. The result is stored as an 'auto' merge revision whose parents
// are the heads; when one more head arrives that sorts last, the fold continues from it.
import { hash } from 'node:crypto';
import { stmt } from './statements';
import type { AnswerContent } from '../../../shared/editor/types';
import { type MergeConflict, blockConflictLocator, mergeContent } from '../../../shared/merge/merge-content';
import { BoundedCache } from '../store/bounded-cache';
import type { Db } from '../store/database';
import type { RevisionGraph } from './graph';

export { AUTO_MERGE_AUTHOR } from '../../../shared/api/display-name';

export interface HeadConflict {
  conflict: MergeConflict;
  headsA: string[];
  headsB: string[];
}

export interface HeadState {
  head: string;
  /** The heads the answer's text stands for: the auto merge's parents, or the head itself. */
  heads: string[];
  auto: { base: string | null } | null;
}

export function readHeadState(db: Db, ref: string): HeadState | null {
  const row = stmt(
    db,
    `SELECT a.head, r.parents, m.kind, m.base FROM answer a JOIN revision r ON r.id = a.head
     LEFT JOIN merge_revision m ON m.revision_id = a.head WHERE a.node_ref = ?`,
  ).get(ref) as { head: string; parents: string; kind: string | null; base: string | null } | undefined;
  if (!row) return null;
  if (row.kind === 'auto') return { head: row.head, heads: JSON.parse(row.parents) as string[], auto: { base: row.base } };
  return { head: row.head, heads: [row.head], auto: null };
}


/** Fold order: oldest first, ties by id. */
export const foldOrder = (graph: RevisionGraph, x: string, y: string): number =>
  Date.parse(graph.createdAt(x)) - Date.parse(graph.createdAt(y)) || (x < y ? -1 : x > y ? 1 : 0);

export const sortHeads = (graph: RevisionGraph, heads: string[]): string[] => [...heads].sort((x, y) => foldOrder(graph, x, y));

export interface Folded {
  content: AnswerContent;
  base: string | null;
  conflicts: HeadConflict[];
}

/** One fold step: merge head `t` into the text of `heads` (whose common ancestor is `base`). */
export function foldStep(db: Db, graph: RevisionGraph, acc: Folded, heads: string[], t: string): Folded {
  const base = acc.base === null ? null : graph.commonAncestor(acc.base, t);
  const r = mergeContent(base ? graph.content(base) : [], acc.content, graph.content(t), base ? heldIn(db, graph, base) : []);
  return {
    content: r.content,
    base,
    conflicts: [...acc.conflicts, ...r.conflicts.map((conflict) => ({ conflict, headsA: heads, headsB: [t] }))],
  };
}

const heldOf = new WeakMap<Db, BoundedCache<ReadonlyArray<readonly [number, number]>>>();

/**
 * The passages of an automatic merge that hold the two versions of one of its conflicts, as unit
 * ranges: a merge on top of it takes each such passage as one (mergeContent `held`), so that two
 * texts built on it that settle the conflict differently (the coordinator keeps one version, the
 * institution the other) conflict again instead of both versions being dropped. The conflicts are
 * those of the fold of its heads (a function of them), located in its stored text.
 */
function heldIn(db: Db, graph: RevisionGraph, id: string): ReadonlyArray<readonly [number, number]> {
  let cache = heldOf.get(db);
  if (!cache) heldOf.set(db, (cache = new BoundedCache(20_000)));
  const known = cache.get(id);
  if (known) return known;
  const row = stmt(db, "SELECT r.parents FROM merge_revision m JOIN revision r ON r.id = m.revision_id WHERE m.revision_id = ? AND m.kind = 'auto'").get(id) as
    | { parents: string }
    | undefined;
  let held: Array<readonly [number, number]> = [];
  const parents = row ? (JSON.parse(row.parents) as string[]) : [];
  if (parents.length >= 2 && parents.every((p) => graph.node(p) !== null)) {
    const locate = blockConflictLocator(graph.content(id));
    held = foldHeads(db, graph, parents).conflicts.flatMap(({ conflict: c }) => {
      const at = c.kind === 'blocks' ? locate(c) : null;
      return at ? [[at.at, at.at + at.a.length + at.b.length] as const] : [];
    });
  }
  cache.set(id, held);
  return held;
}

export function foldHeads(db: Db, graph: RevisionGraph, sorted: string[]): Folded {
  let acc: Folded = { content: graph.content(sorted[0]), base: sorted[0], conflicts: [] };
  for (let i = 1; i < sorted.length; i++) acc = foldStep(db, graph, acc, sorted.slice(0, i), sorted[i]);
  return acc;
}

export function conflictId(ref: string, c: HeadConflict): string {
  const k = c.conflict;
  const body = k.kind === 'blocks' ? [k.base, k.a, k.b] : [k.table, k.key, k.base, k.a, k.b];
  return hash('sha256', JSON.stringify([ref, k.kind, body, c.headsA, c.headsB]), 'hex');
}
