// After new revisions of an answer arrive: work out its heads and point the answer at the text they
// stand for — one head (a fast-forward) or the deterministic merge of several, with its conflicts.
import { revisionId } from '../content/address';
import { splitContent } from '../content/chunks';
import { deepFreeze, storeContent } from '../store/content-store';
import { pointAt } from '../store/answer-store';
import { stmt } from './statements';
import type { AnswerContent } from '../../../shared/editor/types';
import type { Db } from '../store/database';
import { conflictFinder, conflictsFoundIn, writeConflicts } from './conflict-store';
import type { RevisionGraph } from './graph';
import { AUTO_MERGE_AUTHOR, type Folded, type HeadConflict, conflictId, foldHeads, foldOrder, foldStep, readHeadState, sortHeads } from './heads';
import type { HeldMerge, HeldMerges } from './held-merges';

export type Outcome = 'fastForwarded' | 'merged' | 'conflicts' | 'unchanged';

/**
 * `held`: an inbox's merges kept in memory (held-merges.ts). The answer's merge is worked out as
 * always, from the held one if there is one, and held instead of written.
 */
export function settleHeads(
  db: Db,
  graph: RevisionGraph,
  ref: string,
  arriving: string[],
  at: string,
  named: ReadonlySet<string> = new Set(),
  held?: HeldMerges,
): Outcome {
  const waiting = held?.take(ref);
  // The answer as the file has it; a held merge stands in front of it.
  const stored = waiting ? waiting.stored : readHeadState(db, ref);
  const oldHeads = waiting ? waiting.sorted : (stored?.heads ?? []);
  const auto = waiting ? { base: waiting.folded.base } : (stored?.auto ?? null);
  // Arriving revisions are new, so none of them is an ancestor of a head we had.
  const heads = [...oldHeads.filter((h) => !arriving.some((r) => graph.isAncestor(h, r))), ...arriving];
  if (heads.length === oldHeads.length && heads.every((h) => oldHeads.includes(h))) {
    if (waiting) held!.hold(db, ref, waiting);
    return 'unchanged';
  }

  if (heads.length === 1) {
    pointAt(db, ref, heads[0], at);
    closeStale(db, graph, ref, heads[0], heads);
    // A held merge was never written: what goes is the stored one it replaced.
    if (stored?.auto) dropUnused(db, ref, stored.head, waiting ? waiting.named : named);
    return 'fastForwarded';
  }

  // The parents of an automatic merge are stored in fold order already.
  const last = arriving.length === 1 && heads.length === oldHeads.length + 1 ? arriving[0] : null;
  const appended = auto !== null && last !== null && foldOrder(graph, oldHeads[oldHeads.length - 1], last) < 0;
  const sorted = appended ? [...oldHeads, last] : sortHeads(graph, heads);
  let folded: Folded;
  // Conflicts already stored under the old merge and carried into the new one unchanged.
  let carried = 0;
  if (auto !== null && appended) {
    // One more head that sorts last: continue the fold from the merge instead of redoing it.
    const acc: Folded = waiting
      ? { content: waiting.folded.content, base: auto.base, conflicts: stillOpen(db, ref, waiting.folded.conflicts, held!) }
      : { content: graph.content(stored!.head), base: auto.base, conflicts: conflictsFoundIn(db, ref, stored!.head) };
    folded = foldStep(db, graph, acc, sorted.slice(0, -1), sorted[sorted.length - 1]);
    // The stored merge's conflicts come first in a held one, and none of them is resolved.
    carried = waiting ? waiting.carried : acc.conflicts.length;
  } else folded = foldHeads(db, graph, sorted);

  const merge: HeldMerge = { sorted, folded, carried, stored, named: waiting ? waiting.named : named };
  const merged = held?.hold(db, ref, merge) ? folded.content : writeMerge(db, graph, ref, merge, at);
  if (folded.conflicts.length === 0) return 'merged';
  const find = conflictFinder(merged);
  return folded.conflicts.some((c) => find(c.conflict) >= 0) ? 'conflicts' : 'merged';
}

/** A held merge's conflicts that its written form would carry on: those not resolved before. */
function stillOpen(db: Db, ref: string, conflicts: HeadConflict[], held: HeldMerges): HeadConflict[] {
  const resolved = held.resolvedOf(db, ref);
  return resolved.size === 0 ? conflicts : conflicts.filter((c) => !resolved.has(conflictId(ref, c)));
}

/**
 * Writes an answer's automatic merge and points the answer at it: the merge revision, its
 * conflicts (those carried from the stored merge moved to it, the rest written), the stored
 * conflicts it no longer holds superseded, the stored merge it replaces removed if unused.
 */
export function writeMerge(db: Db, graph: RevisionGraph, ref: string, m: HeldMerge, at: string): AnswerContent {
  const { id, merged, words } = storeMerge(db, graph, ref, m.sorted, m.folded, at);
  pointAt(db, ref, id, at, words);
  if (m.carried > 0) stmt(db, "UPDATE merge_conflict SET found_in = ? WHERE node_ref = ? AND state = 'open' AND found_in = ?").run(id, ref, m.stored!.head);
  closeStale(db, graph, ref, id, m.sorted);
  if (m.stored?.auto && m.stored.head !== id) dropUnused(db, ref, m.stored.head, m.named);
  writeConflicts(db, ref, id, at, m.folded.conflicts.slice(m.carried));
  return merged;
}

/** Stores the automatic merge of `sorted` (folded into `folded`) as a revision; its id is a function of the heads and the text. */
export function storeMerge(db: Db, graph: RevisionGraph, ref: string, sorted: string[], folded: Folded, at: string): { id: string; merged: AnswerContent; words: number } {
  // What is not frozen yet the fold made (a table merged cell by cell); the rest is stored already.
  const made = new Set<object>();
  for (const b of folded.content) {
    if (!Object.isFrozen(b)) made.add(b);
    if (b.type === 'data-table') for (const r of b.rows) if (!Object.isFrozen(r)) made.add(r);
  }
  // Frozen, the merged text is shared with later folds and its unchanged blocks are not hashed again.
  const merged = deepFreeze(folded.content);
  const createdAt = graph.createdAt(sorted[sorted.length - 1]);
  const { blocks, blocksJson, words } = storeContent(db, merged, made);
  const id = revisionId(ref, sorted, blocks, AUTO_MERGE_AUTHOR, createdAt);
  const gen = graph.add(id, sorted, merged, createdAt);
  stmt(db, 'INSERT OR IGNORE INTO revision (id, node_ref, parents, blocks, words, author, created_at, saved_at, gen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, ref, JSON.stringify(sorted), blocksJson, words, AUTO_MERGE_AUTHOR, createdAt, at, gen);
  stmt(db, "INSERT OR IGNORE INTO merge_revision (revision_id, node_ref, kind, base) VALUES (?, ?, 'auto', ?)").run(id, ref, folded.base);
  return { id, merged, words };
}

/**
 * The automatic merge of `heads` worked out again, without storing anything: the heads in fold
 * order, the fold, and the id storeMerge would give it. A merge is a function of its heads, so a
 * claimed or removed one is checked or rebuilt against this.
 */
export function refold(db: Db, graph: RevisionGraph, ref: string, heads: readonly string[]): { sorted: string[]; folded: Folded; id: string } {
  const sorted = sortHeads(graph, [...heads]);
  const folded = foldHeads(db, graph, sorted);
  const id = revisionId(ref, sorted, splitContent(folded.content).blocks, AUTO_MERGE_AUTHOR, graph.createdAt(sorted[sorted.length - 1]));
  return { sorted, folded, id };
}

/** Open conflicts found in a text that the new head does not build on are superseded by the new merge. */
function closeStale(db: Db, graph: RevisionGraph, ref: string, head: string, heads: string[]): void {
  const close = stmt(db, "UPDATE merge_conflict SET state = 'superseded' WHERE id = ?");
  const open = stmt(db, "SELECT id, found_in FROM merge_conflict WHERE node_ref = ? AND state = 'open'").all(ref) as Array<{ id: string; found_in: string }>;
  for (const r of open) {
    if (r.found_in === head || heads.some((h) => graph.isAncestor(r.found_in, h))) continue;
    close.run(r.id);
  }
}

/**
 * An automatic merge that the heads have moved past, that nothing builds on and that never left
 * the workspace is only a stale cache of its parents: removing it keeps history the same whatever
 * order the bundles came in. Its parents, the real revisions, all stay. `id` is the answer's head
 * until now, so a local save on it would have moved the head: children can only have come in
 * this very import (`named`), or were written later (saved_at, indexed).
 */
export function dropUnused(db: Db, ref: string, id: string, named: ReadonlySet<string> = new Set()): void {
  if (named.has(id)) return;
  const used = stmt(
    db,
    `SELECT EXISTS (SELECT 1 FROM revision WHERE id = ? AND (sealed_via IS NOT NULL OR origin_institution IS NOT NULL))
         OR EXISTS (SELECT 1 FROM revision WHERE node_ref = ? AND saved_at > (SELECT saved_at FROM revision WHERE id = ?) AND id <> ? AND instr(parents, ?) > 0)
         ${referrers(db).map((t) => `OR EXISTS (SELECT 1 FROM "${t.table}" WHERE "${t.column}" = ?)`).join(' ')} AS used`,
  ).get(id, ref, id, id, id, ...referrers(db).map(() => id)) as { used: number };
  if (used.used) return;
  stmt(db, 'DELETE FROM merge_revision WHERE revision_id = ?').run(id);
  stmt(db, 'DELETE FROM revision WHERE id = ?').run(id);
}

const referrersOf = new WeakMap<Db, Array<{ table: string; column: string }>>();

/** Every column that refers to a revision by foreign key (any domain's table), other than the merge's own rows. */
function referrers(db: Db): Array<{ table: string; column: string }> {
  let list = referrersOf.get(db);
  if (!list) {
    list = db
      .prepare(
        `SELECT m.name AS "table", f."from" AS "column" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f."table" = 'revision' AND m.name <> 'merge_revision' ORDER BY 1, 2`,
      )
      .all() as Array<{ table: string; column: string }>;
    referrersOf.set(db, list);
  }
  return list;
}
