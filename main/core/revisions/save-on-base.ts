// An editor's save names the revision its text was edited from (its base). When the answer has
// moved on since (a bundle imported by the CLI on the same file, a conflict resolved or another
// window's save), writing the editor's text as the new head would silently undo that change. The
// editor's text is then stored as a revision of its own on its base and merged with the answer's
// heads three-way, exactly as an institution's divergent revision is: both changes stay, and
// where they touch the same block a conflict keeps both sides.
import { revisionId } from '../content/address';
import type { AnswerContent } from '../../../shared/editor/types';
import { type SaveOutcome, pointAt, requireAnswerable, saveAnswer } from '../store/answer-store';
import { storeContent } from '../store/content-store';
import type { Db } from '../store/database';
import { RevisionGraph } from './graph';
import { refold, settleHeads, storeMerge } from './settle';
import { stmt } from './statements';

export interface BasedSaveOutcome extends SaveOutcome {
  /** The answer's head had moved past the base: its text is now a merge, which the editor must load. */
  merged: boolean;
  /** The revision that holds exactly the saved text: the base of the editor's next save until it reloads. */
  own: string;
}

/**
 * Saves `content` edited from `base` (null: the answer had no text then; undefined: no base known,
 * a deliberate overwrite such as the CLI's). A save on the current head is an ordinary save.
 * `baseParents`: the base's parents, as the editor loaded them.
 */
export function saveOnBase(
  db: Db, ref: string, content: AnswerContent, author: string, now: Date, base: string | null | undefined, baseParents?: readonly string[],
): BasedSaveOutcome {
  return db.transaction((): BasedSaveOutcome => {
    const head = (stmt(db, 'SELECT head FROM answer WHERE node_ref = ?').get(ref) as { head: string } | undefined)?.head ?? null;
    if (base === undefined || base === head) {
      const saved = saveAnswer(db, ref, content, author, now);
      return { ...saved, merged: false, own: saved.revision };
    }
    requireAnswerable(db, ref);
    const at = now.toISOString();
    const { blocks, blocksJson, words } = storeContent(db, content);
    const current = head === null ? undefined : (stmt(db, 'SELECT blocks FROM revision WHERE id = ?').get(head) as { blocks: string });
    // The editor already shows what the answer holds now (the same change made twice): nothing to merge.
    if (head !== null && current?.blocks === blocksJson) return { revision: head, words, changed: false, merged: false, own: head };
    const parents = base === null ? [] : stored(db, ref, base) || rebuilt(db, ref, base, baseParents, at) ? [base] : onParentsOf(db, ref, baseParents);
    const own = revisionId(ref, parents, blocks, author, at);
    stmt(db, 'INSERT OR IGNORE INTO revision (id, node_ref, parents, blocks, words, author, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      own, ref, JSON.stringify(parents), blocksJson, words, author, at, at,
    );
    if (head === null) {
      pointAt(db, ref, own, at, words);
      return { revision: own, words, changed: true, merged: false, own };
    }
    settleHeads(db, new RevisionGraph(db), ref, [own], at, new Set(parents));
    const after = stmt(db, 'SELECT head, words FROM answer WHERE node_ref = ?').get(ref) as { head: string; words: number };
    return { revision: after.head, words: after.words, changed: true, merged: after.head !== own, own };
  }).immediate();
}

/**
 * The parents for the editor's text when its base is gone and is no merge to rebuild: the base's
 * own parents. A save that coalesces with the last one (same author, minutes apart: another window,
 * or the CLI) replaces that revision by one on the same parents, so the two texts meet again at
 * their common ancestor and each one's changes are merged. With none (the answer's first text) the
 * merge has no common ancestor and keeps both texts whole, never one in place of the other.
 */
function onParentsOf(db: Db, ref: string, parents: readonly string[] | undefined): string[] {
  return parents && parents.length > 0 && parents.every((p) => stored(db, ref, p)) ? [...parents] : [];
}

/** A revision of this answer is in the file (one of another answer is no base for it). */
const stored = (db: Db, ref: string, id: string): boolean => stmt(db, 'SELECT 1 FROM revision WHERE id = ? AND node_ref = ?').get(id, ref) !== undefined;

/**
 * An automatic merge the editor loaded is removed when a later import merges past it (settle.ts
 * dropUnused). Its text is a function of its heads, so it is rebuilt from them when they are all
 * here and rebuild to the same id; otherwise the base is lost and the merge with the editor's
 * text, having no common ancestor, keeps both texts (never one in place of the other).
 */
function rebuilt(db: Db, ref: string, base: string, heads: readonly string[] | undefined, at: string): boolean {
  if (!heads || heads.length < 2 || !heads.every((h) => stored(db, ref, h))) return false;
  const graph = new RevisionGraph(db);
  const { sorted, folded, id } = refold(db, graph, ref, heads);
  if (id !== base) return false;
  storeMerge(db, graph, ref, sorted, folded, at);
  return true;
}
