// Resolving a conflict: the coordinator keeps mine, theirs, both (text only) or an edited version.
// The decision is a new revision whose parents are the heads that conflicted, so history shows
// the merge and provenance follows each kept block back to whoever wrote it.
import type { ResolveResult } from '../../../shared/api/domains/merge';
import { stmt } from './statements';
import { answerContentSchema } from '../../../shared/editor/schema';
import { type AnswerContent, isTable } from '../../../shared/editor/types';
import { type BlockRegion, replaceBlockConflict } from '../../../shared/merge/merge-content';
import { applyChoice } from '../../../shared/merge/table-keys';
import { type Unit, toUnits } from '../../../shared/merge/units';
import { coreError } from '../../../shared/core-messages';
import { revisionId } from '../content/address';
import { revisionContent, storeContent } from '../store/content-store';
import type { Db } from '../store/database';
import { audit } from '../store/workspace-store';
import { type ConflictRow, rowConflict, shownIn, stoodIn, visibleConflicts } from './conflict-store';
import { RevisionGraph } from './graph';
import { readHeadState } from './heads';
import { pointAt } from '../store/answer-store';

export interface Resolution {
  keep: 'mine' | 'theirs' | 'both' | 'edit';
  content?: AnswerContent;
  value?: string;
}

function resolvedText(db: Db, row: ConflictRow, current: AnswerContent, how: Resolution): AnswerContent {
  const c = rowConflict(row);
  const mine = row.mine;
  const theirs = mine === 'a' ? 'b' : 'a';
  if (c.kind === 'blocks') {
    let chosen: Unit[] | ((now: BlockRegion) => Unit[]);
    if (how.keep === 'edit') {
      if (!how.content) throw coreError('workspace.editNeedsContent', {});
      chosen = toUnits(how.content);
    } else {
      // The versions as they read now: one corrected by hand since the merge is kept as corrected.
      // Both are kept in the order opposite to the merge's, which shows a conflict as side a then
      // side b: the decided text must not read as the conflict still open, here or at an
      // institution that receives it (a bundle carries texts, not decisions).
      const keep = how.keep;
      chosen = (now) => (keep === 'both' ? [...now.b, ...now.a] : now[keep === 'mine' ? mine : theirs]);
    }
    const out = replaceBlockConflict(current, c, chosen, stoodIn(db, row.found_in));
    if (!out) throw coreError('workspace.passageChanged', {}, 'conflict');
    return out;
  }
  if (how.keep === 'both') throw coreError('workspace.cellOneValue', {});
  let value: string | null;
  if (how.keep === 'edit') {
    if (!c.key.startsWith('cell:') && !c.key.startsWith('meta:')) throw coreError('workspace.wholeRowOneSide', {});
    if (how.value === undefined) throw coreError('workspace.editNeedsValue', {});
    value = how.value;
  } else value = c[how.keep === 'mine' ? mine : theirs];
  return current.map((b) => (isTable(b) && b.id === c.table ? applyChoice(b, c.key, value) : b));
}

export function resolveConflict(db: Db, id: string, how: Resolution, actor: string, now: Date): ResolveResult {
  return db.transaction((): ResolveResult => {
    const row = stmt(db, 'SELECT * FROM merge_conflict_full WHERE id = ?').get(id) as ConflictRow | undefined;
    if (!row) throw coreError('workspace.noConflict', { id: id.slice(0, 12) }, 'not_found');
    if (row.state === 'resolved') throw coreError('workspace.conflictResolved', {}, 'conflict');
    const state = readHeadState(db, row.node_ref);
    const current = state ? revisionContent(db, state.head) : null;
    if (row.state !== 'open' || !state || !current || !shownIn(db, current, row)) {
      throw coreError('workspace.passageChanged', {}, 'conflict');
    }
    const content = resolvedText(db, row, current, how);
    const valid = answerContentSchema.safeParse(content);
    if (!valid.success) throw coreError('workspace.resolutionInvalid', { reason: valid.error.issues[0]?.message ?? '' });

    const at = now.toISOString();
    // A merge revision with the heads it resolves as parents and, when the text was an automatic
    // merge, that merge too: an institution may hold the same merge (sent from here, or made there
    // from crossing bundles) and go on writing on it; a merge of that with the resolution then starts
    // from the passage with both versions (heads.ts heldIn), so the resolution stands, and a
    // different choice made there conflicts. The merge is kept for that (no longer removed here).
    const parents = state.auto ? [...state.heads, state.head] : state.heads;
    const { blocks, blocksJson, words } = storeContent(db, content);
    const rev = revisionId(row.node_ref, parents, blocks, actor, at);
    const gen = new RevisionGraph(db).add(rev, parents);
    stmt(db, 'INSERT OR IGNORE INTO revision (id, node_ref, parents, blocks, words, author, created_at, saved_at, checkpoint, gen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)',
    ).run(rev, row.node_ref, JSON.stringify(parents), blocksJson, words, actor, at, at, gen);
    stmt(db, "INSERT OR IGNORE INTO merge_revision (revision_id, node_ref, kind, base) VALUES (?, ?, 'resolution', ?)").run(
      rev, row.node_ref, state.auto?.base ?? null,
    );
    pointAt(db, row.node_ref, rev, at);
    stmt(db, "UPDATE merge_conflict SET state = 'resolved', resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?").run(how.keep, rev, at, id);
    // The answer's other open conflicts now live in the resolution's text.
    stmt(db, "UPDATE merge_conflict SET found_in = ? WHERE node_ref = ? AND state = 'open' AND found_in = ?").run(rev, row.node_ref, state.head);
    audit(db, now, actor, 'conflict.resolve', { conflict: id, ref: row.node_ref, keep: how.keep, revision: rev });
    return { ref: row.node_ref, revision: rev, words, remaining: visibleConflicts(db, row.node_ref).length };
  }).immediate();
}

/**
 * After a restore (`restored`'s text saved again as `saved`): the conflicts decided after the
 * restored revision whose two versions its text shows again are open again. Restoring the text from
 * before a decision undoes the decision; the queue then offers it again instead of leaving both
 * versions in the answer unmarked. A decision the restored text comes from (the resolution itself,
 * or a revision after it, such as a passage kept both ways) stands. A conflict keeps the revision it
 * was found in, an ancestor of the new one: a version corrected in place there is read against it.
 * A table conflict is only a value in a cell, which text from before the merge may hold too: it
 * reopens only for the revision it was found in or one built on it. Returns the reopened ids.
 */
export function reopenUndone(db: Db, ref: string, restored: string, saved: string, actor: string, now: Date): string[] {
  const rows = stmt(db, "SELECT * FROM merge_conflict_full WHERE node_ref = ? AND state = 'resolved' ORDER BY found_at, id").all(ref) as ConflictRow[];
  if (rows.length === 0) return [];
  const graph = new RevisionGraph(db);
  const content = revisionContent(db, saved);
  const undone = (r: ConflictRow) =>
    r.resolved_by !== null &&
    !graph.isAncestor(r.resolved_by, restored) &&
    (r.kind !== 'table' || graph.isAncestor(r.found_in, restored)) &&
    shownIn(db, content, r);
  const reopened = rows.filter(undone).map((r) => r.id);
  const reopen = stmt(db, "UPDATE merge_conflict SET state = 'open', resolution = NULL, resolved_by = NULL, resolved_at = NULL WHERE id = ?");
  for (const id of reopened) reopen.run(id);
  if (reopened.length > 0) audit(db, now, actor, 'conflict.reopen', { ref, restored, revision: saved, conflicts: reopened });
  return reopened;
}
