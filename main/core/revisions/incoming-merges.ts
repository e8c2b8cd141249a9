// Automatic merges that arrive in a bundle: an institution that imported the coordinator's text on
// top of its own edits sends the merge its app made, conflicts included (both versions in the
// text). Such a revision names Treaty Desk as its author, so it must be what its name claims: the
// merge of its parents, which the fold recomputes here (it is a function of the heads alone). Its
// conflicts are then recorded here too, found in that revision: otherwise the coordinator would
// fast-forward to a text holding two contradictory versions with no conflict in its queue, and
// the final report would carry both unmarked.
import type { CoreMessage } from '../../../shared/core-messages';
import type { AnswerContent } from '../../../shared/editor/types';
import type { Db } from '../store/database';
import { writeConflicts } from './conflict-store';
import type { RevisionGraph } from './graph';
import { AUTO_MERGE_AUTHOR, type Folded } from './heads';
import type { IncomingChunks } from './incoming-chunks';
import { refold } from './settle';
import { stmt } from './statements';
import { type Checked, refuse } from './validate-incoming';

export interface IncomingMerge {
  id: string;
  folded: Folded;
}

/**
 * Checks every automatic merge among one paragraph's new revisions (parents first) against the
 * fold of its parents; a message says why one is not. Teaches the graph the new revisions it needs.
 */
export function checkIncomingMerges(db: Db, graph: RevisionGraph, ref: string, fresh: readonly Checked[], chunks: IncomingChunks): IncomingMerge[] | CoreMessage {
  if (!fresh.some((r) => r.author === AUTO_MERGE_AUTHOR)) return [];
  // The fold reads the texts of the heads and of their common ancestor, which may arrive in this
  // very bundle: the graph learns them from the checked chunks before anything is written.
  for (const r of fresh) graph.add(r.id, r.parents, Object.freeze(r.blocks.map((b) => chunks.value(b))) as AnswerContent, r.createdAt);
  const out: IncomingMerge[] = [];
  for (const r of fresh) {
    if (r.author !== AUTO_MERGE_AUTHOR) continue;
    const short = r.id.slice(0, 12);
    if (r.parents.length < 2) return refuse('mergesNothing', { revision: short });
    const { sorted, folded, id } = refold(db, graph, ref, r.parents);
    if (sorted.some((p, i) => p !== r.parents[i]) || id !== r.id) {
      return refuse('notTheMerge', { revision: short });
    }
    out.push({ id: r.id, folded });
  }
  return out;
}

/** Records verified incoming merges as automatic merges with their conflicts, once their revisions are written. */
export function recordIncomingMerges(db: Db, ref: string, merges: readonly IncomingMerge[], at: string): void {
  for (const m of merges) {
    stmt(db, "INSERT OR IGNORE INTO merge_revision (revision_id, node_ref, kind, base) VALUES (?, ?, 'auto', ?)").run(m.id, ref, m.folded.base);
    writeConflicts(db, ref, m.id, at, m.folded.conflicts);
  }
}
