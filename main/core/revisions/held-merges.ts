// The automatic merges of an inbox, held in memory until its last bundle is in. Each bundle of an
// inbox moves most answers to a new automatic merge, and the next bundle replaces it at once:
// writing each one (its revision, its merged tables, its conflicts) only for the next import to
// delete it again cost about a sixth of taking 40 bundles. An answer's merge is still worked out
// bundle by bundle, so each report says what that bundle did; only the last one is written, with
// what writing the whole chain would have left (settle.ts, writeMerge). Only where the file could
// tell the difference are the held merges written at once instead (import-revisions.ts, verify.ts):
// - an arriving revision written by Treaty Desk (an institution's merge may be a held one);
// - an arriving revision built on a stored merge that a held one replaces: that answer's held merge
//   (one by one, the stored merge could be gone by now, and the revision refused as building on
//   text this workspace lacks), unless the stored merge was sent or received and stays anyway;
// - a parent that is missing (it may be a held one);
// - an approved answer, whose status a changed text puts back to drafting on the way.
// What an inbox leaves out is the conflicts found only in merges a later bundle of it replaced:
// one by one, they stay behind as superseded, which nothing shows (should one come back later, it
// counts as found then). Used only within one inbox's transaction, whose bundles are all received
// at the same moment; a rolled-back inbox drops it with everything else, and a held merge that
// cannot be written (HeldMergeNotWritten) makes the inbox start over without holding any.
import type { Db } from '../store/database';
import { RevisionGraph } from './graph';
import type { Folded, HeadState } from './heads';
import { writeMerge } from './settle';
import { stmt } from './statements';

/** An answer's automatic merge not written yet, and what it replaces in the file. */
export interface HeldMerge {
  /** The heads, in fold order: the merge's parents. */
  sorted: string[];
  folded: Folded;
  /** How many of folded.conflicts, at the start, are the stored merge's open conflicts carried on. */
  carried: number;
  /** The answer as the file still has it. */
  stored: HeadState | null;
  /** The parents named by the import that first held a merge here (a stored merge they name stays). */
  named: ReadonlySet<string>;
}

/** Writing a held merge failed: it is lost from the holder, and the inbox must start over. */
export class HeldMergeNotWritten extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export class HeldMerges {
  private readonly held = new Map<string, HeldMerge>();
  private readonly approved = new Map<string, boolean>();
  private readonly resolved = new Map<string, ReadonlySet<string>>();
  private readonly knownOutside = new Map<string, boolean>();

  /** `at`: when the inbox was received; an import received at another time must not use these. */
  constructor(readonly at: string) {}

  get size(): number {
    return this.held.size;
  }

  /** The held merge of `ref`, taken out (the caller holds the next or writes). */
  take(ref: string): HeldMerge | undefined {
    const m = this.held.get(ref);
    this.held.delete(ref);
    return m;
  }

  /** Holds `ref`'s merge; false when it must be written now (an approved answer). */
  hold(db: Db, ref: string, m: HeldMerge): boolean {
    let approved = this.approved.get(ref);
    if (approved === undefined) {
      approved = stmt(db, "SELECT 1 FROM answer WHERE node_ref = ? AND status = 'approved'").get(ref) !== undefined;
      this.approved.set(ref, approved);
    }
    if (approved) return false;
    this.held.set(ref, m);
    return true;
  }

  /**
   * The conflicts of `ref` resolved before: a merge written carries on only its conflicts still
   * open (conflictsFoundIn), and one resolved before stays resolved when found again. No import
   * resolves one, so they are read once.
   */
  resolvedOf(db: Db, ref: string): ReadonlySet<string> {
    let ids = this.resolved.get(ref);
    if (!ids) {
      ids = new Set(stmt(db, "SELECT id FROM merge_conflict WHERE node_ref = ? AND state = 'resolved'").pluck().all(ref) as string[]);
      this.resolved.set(ref, ids);
    }
    return ids;
  }

  /**
   * The answer whose held merge replaces the stored automatic merge `id`, which one by one could be
   * gone by now (settle.ts dropUnused); undefined when none does, or when `id` stays in any case
   * (it was sent or received, so others may build on it).
   */
  replacing(db: Db, id: string): string | undefined {
    for (const [ref, m] of this.held) {
      if (m.stored?.auto && m.stored.head === id) return this.known(db, id) ? undefined : ref;
    }
    return undefined;
  }

  /** Whether a stored revision is known outside this workspace: sealed, or received. It never stops being so. */
  private known(db: Db, id: string): boolean {
    let k = this.knownOutside.get(id);
    if (k === undefined) {
      k = stmt(db, 'SELECT 1 FROM revision WHERE id = ? AND (sealed_via IS NOT NULL OR origin_institution IS NOT NULL)').get(id) !== undefined;
      this.knownOutside.set(id, k);
    }
    return k;
  }

  /** Writes the held merge of `ref`, or of every answer. */
  flush(db: Db, graph = new RevisionGraph(db), ref?: string): void {
    for (const r of ref === undefined ? [...this.held.keys()] : [ref]) {
      const m = this.take(r);
      try {
        if (m) writeMerge(db, graph, r, m, this.at);
      } catch (e) {
        throw new HeldMergeNotWritten(e);
      }
    }
  }
}
