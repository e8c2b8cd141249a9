// Applies verified incoming revisions (from a bundle) to the workspace: known ones change nothing,
// descendants of the local text fast-forward, divergent ones merge three-way against the common
// ancestor with conflicts kept side by side. Each paragraph is all-or-nothing; runs inside the
// caller's transaction (which undoes it all on a throw) or its own.
import { stmt } from './statements';
import { type ImportSummary, emptySummary } from '../../../shared/merge/summary';
import type { Db } from '../store/database';
import { putChunks } from '../store/content-store';
import { RevisionGraph } from './graph';
import { type ChunkPool, IncomingChunks } from './incoming-chunks';
import { type RefusedAnswer, type Validated, refusedAnswer, validateParagraph } from './validate-incoming';
import type { HeldMerges } from './held-merges';
import { AUTO_MERGE_AUTHOR } from './heads';
import { settleHeads } from './settle';
import { checkIncomingMerges, recordIncomingMerges } from './incoming-merges';
import { visibleConflicts } from './conflict-store';
import { sealRevisions } from '../bundle/seal';

export type { ImportSummary };

/** What an import did; an answer not taken says why in each language too. */
export type IncomingSummary = Omit<ImportSummary, 'rejected'> & { rejected: RefusedAnswer[] };

export interface IncomingRevision {
  id: string;
  nodeRef: string;
  parents: string[];
  /** The names of the answer's blocks (main/core/content/chunks.ts); their chunks are here or in the pool. */
  blocks: string[];
  /** 1 for an id made before schema 7 (over the whole content's JSON); 2, the default, over the block names. */
  idVersion?: 1 | 2;
  author: string;
  createdAt: string;
  /** Chunks that come with this revision, in addition to the import's pool. */
  chunks?: ReadonlyArray<{ hash: string; value: unknown }>;
}

/** Who sent the revisions: the bundle's verified signer. */
export interface Sender {
  institution: string;
  signerKeyId: string;
  receivedAt: string;
  /** This workspace's own bundle taken back: its revisions are its own writing, sent before (sealed by export). */
  own?: boolean;
}

/**
 * `idChecked`: revisions whose ids were computed from exactly their fields by the thread that
 * prepared the bundle (main/core/bundle/prepare.ts); they are not hashed again. `inbox`: the
 * automatic merges of the inbox this import belongs to, written when its last bundle is in
 * (held-merges.ts); the caller writes them before its transaction ends.
 */
export function importRevisions(
  db: Db,
  incoming: readonly IncomingRevision[],
  from: Sender,
  pool: ChunkPool = new Map(),
  idChecked: ReadonlySet<IncomingRevision> = new Set(),
  inbox?: HeldMerges,
): IncomingSummary {
  // In the caller's transaction, no savepoint of its own: the caller undoes it all on a throw, and
  // a savepoint makes SQLite copy every page the import changes into a statement journal first.
  const run = () => {
    const summary: IncomingSummary = { ...emptySummary(), rejected: [] };
    const graph = new RevisionGraph(db);
    const held = inbox?.at === from.receivedAt ? inbox : undefined;
    // Written first: merges held for an import received at another time, and any when an
    // institution's merge arrives (the same heads give the same merge, so it may be a held one);
    // the answer's held merge when a revision builds on the stored merge it replaces (one by one,
    // that merge could be gone).
    if (inbox && inbox.size > 0) {
      if (!held || incoming.some((r) => r?.author === AUTO_MERGE_AUTHOR)) inbox.flush(db, graph);
      else for (const ref of replacedParents(db, incoming, inbox)) inbox.flush(db, graph, ref);
    }
    const byRef = new Map<string, IncomingRevision[]>();
    const values = new Map(pool);
    for (const r of incoming) {
      const ref = typeof r?.nodeRef === 'string' ? r.nodeRef : '';
      byRef.set(ref, [...(byRef.get(ref) ?? []), r]);
      for (const c of Array.isArray(r?.chunks) ? r.chunks : []) values.set(c.hash, { value: c.value });
    }
    const chunks = new IncomingChunks(db, values);
    const insert = stmt(
      db,
      `INSERT INTO revision (id, node_ref, parents, blocks, words, author, created_at, saved_at, id_version, gen, origin_institution, origin_key_id, received_at, sealed_via, sealed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Who the new revisions came from; every one that arrives is sealed (the sender and others know
    // it by this id): as received, or, for ours taken back, as sent before.
    const origin = from.own ? [null, null, null, 'export', from.receivedAt] : [from.institution, from.signerKeyId, from.receivedAt, 'import', from.receivedAt];
    for (const [ref, revs] of byRef) {
      let checked = validateParagraph(db, ref, revs, chunks, idChecked);
      if ('refusal' in checked && held && held.size > 0 && checked.refusal.i18n.key === 'answerRefusal.parentMissing') {
        // The missing parent may be a held merge, which the file would have by now: ask again with them written.
        chunks.drop();
        held.flush(db, graph);
        checked = validateParagraph(db, ref, revs, chunks, idChecked);
      }
      if ('refusal' in checked) {
        chunks.drop();
        summary.rejected.push(refusedAnswer(ref || '(none)', checked.refusal));
        continue;
      }
      sealRevisions(db, checked.unsealed, 'import', new Date(from.receivedAt));
      if (checked.fresh.length === 0) {
        summary.unchanged.push(ref);
        continue;
      }
      const merges = checkIncomingMerges(db, graph, ref, checked.fresh, chunks);
      if (!Array.isArray(merges)) {
        chunks.forget(checked.chunks);
        summary.rejected.push(refusedAnswer(ref, merges));
        continue;
      }
      putChunks(db, checked.chunks);
      for (const r of checked.fresh) {
        const gen = graph.add(r.id, r.parents, undefined, r.createdAt);
        insert.run(r.id, ref, JSON.stringify(r.parents), JSON.stringify(r.blocks), r.words, r.author, r.createdAt, from.receivedAt, r.idVersion, gen, ...origin);
      }
      recordIncomingMerges(db, ref, merges, from.receivedAt);
      // A merge that arrived is written at once: its conflicts are read back from the file just below.
      const settled = settleHeads(db, graph, ref, incomingHeads(checked), from.receivedAt, new Set(checked.fresh.flatMap((r) => r.parents)), merges.length > 0 ? undefined : held);
      // A text taken over from an institution's merge may hold that merge's conflicts.
      const outcome = settled !== 'conflicts' && merges.some((m) => m.folded.conflicts.length > 0) && visibleConflicts(db, ref).length > 0 ? 'conflicts' : settled;
      summary[outcome].push(ref);
    }
    return sortSummary(db, summary);
  };
  return db.inTransaction ? run() : db.transaction(run).immediate();
}

/** The answers whose held merge replaces a stored merge that an arriving revision names as a parent. */
function replacedParents(db: Db, incoming: readonly IncomingRevision[], held: HeldMerges): Set<string> {
  const refs = new Set<string>();
  for (const r of incoming) {
    for (const p of Array.isArray(r?.parents) ? r.parents : []) {
      const ref = typeof p === 'string' ? held.replacing(db, p) : undefined;
      if (ref !== undefined) refs.add(ref);
    }
  }
  return refs;
}

/** The new revisions that no other new revision names as a parent: the heads that arrive. */
function incomingHeads(v: Validated): string[] {
  const named = new Set(v.fresh.flatMap((r) => r.parents));
  return v.fresh.filter((r) => !named.has(r.id)).map((r) => r.id);
}

function sortSummary(db: Db, s: IncomingSummary): IncomingSummary {
  const ord = new Map((stmt(db, 'SELECT ref, ord FROM node').all() as Array<{ ref: string; ord: number }>).map((n) => [n.ref, n.ord]));
  const by = (x: string, y: string) => (ord.get(x) ?? Infinity) - (ord.get(y) ?? Infinity) || x.localeCompare(y);
  return {
    fastForwarded: s.fastForwarded.sort(by),
    merged: s.merged.sort(by),
    conflicts: s.conflicts.sort(by),
    unchanged: s.unchanged.sort(by),
    rejected: s.rejected.sort((x, y) => by(x.ref, y.ref)),
  };
}
