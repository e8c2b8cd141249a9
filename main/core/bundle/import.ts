// Importing an answer bundle: verify (verify.ts), then in one transaction hand the revisions to the
// merge (importRevisions, which also seals what came in), advance the signer's sequence number and
// record the bundle. Any refusal leaves the workspace as it was; every attempt is written to the audit log.
// Only new text for a paragraph the signer is no longer assigned is refused on its own (verify.ts),
// and a drafter takes a newer invitation from its coordinator here, with its changed paragraphs.
import type { BundleSigner, ImportReport } from '../../../shared/api/bundle-types';
import { type ImportSummary, emptySummary } from '../../../shared/merge/summary';
import type { MessageRef } from '../../../shared/result';
import { type Institution, recordSequence } from '../identity/institutions';
import { type IncomingRevision, importRevisions } from '../revisions/import-revisions';
import type { ChunkPool } from '../revisions/incoming-chunks';
import type { Db } from '../store/database';
import { stmt } from '../revisions/statements';
import { audit, readWorkspace } from '../store/workspace-store';
import type { Payload } from './payload';
import { BundleRejected, why } from './rejection';
import { describeReassignment, takeParagraphs } from './reinvite';
import { type Opened, type Refusal, keysReadFrom, openBundle } from './verify';
import { type BundlePreparer, InboxPreparer } from './inbox-preparer';
import { type Prepared, idWasChecked } from './prepare';
import { HeldMergeNotWritten, HeldMerges } from '../revisions/held-merges';

/** Hands verified revisions to the merge; a paragraph it refuses refuses the whole bundle. The caller holds the transaction. */
export function applyRevisions(db: Db, p: Payload, from: Institution, keyId: string, now: Date, own = false, held?: HeldMerges) {
  // Each chunk once: decodePayload refused a payload that repeats one.
  const pool: ChunkPool = new Map(p.chunks.map((c) => [c.hash, c]));
  const incoming: IncomingRevision[] = [];
  const idChecked = new Set<IncomingRevision>();
  for (const r of p.revisions) {
    const i = { id: r.id, nodeRef: r.ref, parents: r.parents, blocks: r.blocks, idVersion: r.idVersion, author: r.author, createdAt: r.createdAt };
    incoming.push(i);
    if (idWasChecked(r)) idChecked.add(i);
  }
  const summary = importRevisions(db, incoming, { institution: from.name, signerKeyId: keyId, receivedAt: now.toISOString(), own }, pool, idChecked, held);
  const refused = summary.rejected[0];
  if (refused) throw new BundleRejected('invalid_content', answerRefused(refused.ref, refused.i18n));
  return summary;
}

/** An answer's refusal that refuses the whole bundle: "answer 5: …", its values beside the answer's. */
const answerRefused = (ref: string, m: MessageRef) => why('answerRefused', { ...m.params, ref, why: m.key.slice(m.key.indexOf('.') + 1) });

/** The bundle without the answers refused one by one: nothing of them is written. */
function without(p: Payload, refused: readonly Refusal[]): Payload {
  if (refused.length === 0) return p;
  const refs = new Set(refused.map((r) => r.ref));
  return { ...p, revisions: p.revisions.filter((r) => !refs.has(r.ref)) };
}

/** "bundle #3 from Ministry of Labour", or "invitation #…" for a drafter taking a newer one. */
const named = (kind: 'answers' | 'invitation', sequence: number, from: string) => `${kind === 'invitation' ? 'invitation' : 'bundle'} #${sequence} from ${from}`;

/** What an import did, as its one-line message says it. */
const counted = (s: ImportSummary) =>
  `answers updated ${s.fastForwarded.length}, merged ${s.merged.length}, with conflicts ${s.conflicts.length}, unchanged ${s.unchanged.length}`;

const capitalised = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

/** A file name as the audit log keeps it: the last path part, printable, short. */
const cleanName = (name: string | undefined) => (name ? (name.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '?').slice(0, 200) : null);

/**
 * Thrown up to importBundles when a bundle of an inbox taken without savepoints failed after it had
 * written part of itself: the inbox is rolled back and taken again, each bundle in a savepoint.
 */
class WroteBeforeFailing extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Runs a bundle's writes in a transaction of their own, or a savepoint within the caller's. An inbox
 * skips the savepoint (`savepoint` false): SQLite copies every page a savepoint changes first, about
 * a tenth of taking 40 bundles. Nearly every refusal comes before anything is written, and nothing
 * is undone then; one after a write is thrown on as WroteBeforeFailing, for the inbox to start over.
 */
function writing<T>(db: Db, savepoint: boolean, write: () => T): T {
  if (savepoint || !db.inTransaction) return db.transaction(write).immediate();
  const changes = stmt(db, 'SELECT total_changes()').pluck();
  const before = changes.get();
  try {
    return write();
  } catch (e) {
    if (db.inTransaction && changes.get() !== before) throw new WroteBeforeFailing(e);
    throw e;
  }
}

/** How importBundles hands a bundle of an inbox over. */
export interface InboxOptions {
  /** The same bytes, read ahead by the inbox's second thread. */
  prepared?: Prepared;
  /** false: within an inbox's transaction that starts over if this bundle fails after writing. */
  savepoint?: boolean;
  /** The inbox's automatic merges, written when its last bundle is in (savepoint false only). */
  held?: HeldMerges;
}

export function importBundle(db: Db, bytes: Buffer, now: Date, fileName?: string, { prepared, savepoint = true, held }: InboxOptions = {}): ImportReport {
  const actor = readWorkspace(db).institution;
  const file = cleanName(fileName);
  const base: ImportReport = { ...emptySummary(), outcome: 'rejected', reason: null, message: '', signer: null, kind: null, sequence: null, createdAt: null, revisions: 0 };
  let known: { signer: BundleSigner; sequence: number; kind: ImportReport['kind'] } | undefined;
  try {
    const o = openBundle(db, bytes, prepared, held);
    known = { signer: o.signer, sequence: o.claims.sequence, kind: o.claims.kind };
    const about = { ...base, signer: o.signer, kind: o.claims.kind, sequence: o.claims.sequence, createdAt: o.claims.createdAt };
    if (o.importedAt !== null || o.payload === null) {
      const what = named(o.claims.kind, o.claims.sequence, o.institution.name);
      const report: ImportReport = { ...about, outcome: 'unchanged', importedAt: o.importedAt, message: `Already imported on ${o.importedAt?.slice(0, 16).replace('T', ' ')} UTC: ${what}. Nothing changed.` };
      audit(db, now, actor, 'bundle.import', { file, outcome: 'unchanged', hash: o.hash, signer: o.signer, sequence: o.claims.sequence });
      return report;
    }
    const payload = o.payload;
    // Taking back our own text, or an invitation, reads the answers as the file has them.
    if (o.own || payload.invitation) held?.flush(db);
    if (o.own) return takeBack(db, o, payload, about, now, actor, file, savepoint);
    const refused = o.refused ?? [];
    return writing(db, savepoint, (): ImportReport => {
      // Before the bundle is recorded: an invitation is compared with those taken before it.
      const assignment = payload.invitation ? takeParagraphs(db, payload.invitation.paragraphs, o.claims.sequence, o.claims.createdAt) : null;
      const merged = applyRevisions(db, without(payload, refused), o.institution, o.key.keyId, now, false, held);
      const summary = { ...merged, rejected: [...refused, ...merged.rejected] };
      recordSequence(db, o.key.keyId, o.claims.sequence);
      db.prepare('INSERT INTO bundle_in (hash, key_id, kind, seq, created_at, imported_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        o.hash, o.key.keyId, o.claims.kind, o.claims.sequence, o.claims.createdAt, now.toISOString(), JSON.stringify(summary),
      );
      const n = (l: unknown[]) => l.length;
      // Not above the last number taken: older, or the same number again (a drafter that restored a backup).
      const last = o.lastSequence ?? 0;
      const older = o.claims.sequence < last ? last : null;
      const reusesNumber = o.claims.sequence === last;
      const aside = older !== null ? `older than bundle #${older}, imported before` : reusesNumber ? 'its number was taken by another bundle imported before' : null;
      const what = named(o.claims.kind, o.claims.sequence, o.institution.name);
      const reassigned = assignment !== null && assignment.paragraphs.join() !== assignment.was.join();
      if (aside && n(summary.fastForwarded) + n(summary.merged) + n(summary.conflicts) + n(summary.rejected) === 0 && !reassigned) {
        const message = `${capitalised(what)}: ${aside}; everything in it is already here. Nothing changed.`;
        audit(db, now, actor, 'bundle.import', { file, outcome: 'unchanged', hash: o.hash, signer: o.signer, sequence: o.claims.sequence, olderThan: older, reusesNumber });
        return { ...about, ...summary, outcome: 'unchanged', message, revisions: payload.revisions.length, olderThan: older, reusesNumber, assignment };
      }
      const notAssigned = refused.map((r) => r.ref);
      const message =
        `Imported ${what}${aside ? ` (${aside})` : ''}: ${assignment ? `${describeReassignment(assignment)}; ` : ''}${counted(summary)}` +
        (notAssigned.length > 0 ? `; not taken, as no longer assigned to ${o.institution.name}: ${notAssigned.join(', ')}.` : '.');
      audit(db, now, actor, 'bundle.import', { file, outcome: 'accepted', hash: o.hash, signer: o.signer, sequence: o.claims.sequence, summary, assignment });
      return { ...about, ...summary, outcome: 'accepted', message, revisions: payload.revisions.length, olderThan: older, reusesNumber, assignment, notAssigned };
    });
  } catch (e) {
    if (e instanceof WroteBeforeFailing) throw e;
    // A held merge that could not be written is lost from the holder: the inbox starts over (unless
    // SQLite has given up the transaction already, which is then reported as undone).
    if (e instanceof HeldMergeNotWritten && db.inTransaction) throw new WroteBeforeFailing(e);
    if (!(e instanceof BundleRejected)) {
      audit(db, now, actor, 'bundle.import', { file, outcome: 'failed', bytes: bytes.length, message: e instanceof Error ? e.message : String(e) });
      throw e;
    }
    const signer = (e.signer as BundleSigner | undefined) ?? known?.signer ?? null;
    audit(db, now, actor, 'bundle.import', { file, outcome: 'rejected', reason: e.reason, message: e.message, bytes: bytes.length, signer: e.signer ?? known?.signer ?? null });
    const pick = signer && { institutionId: signer.institutionId, institution: signer.institution, keyId: signer.keyId, fingerprint: signer.fingerprint };
    const claimed = e.signer as { sequence?: number; kind?: ImportReport['kind'] } | undefined;
    return { ...base, outcome: 'rejected', reason: e.reason, message: e.message, detail: e.i18n, signer: pick, kind: claimed?.kind ?? known?.kind ?? null, sequence: claimed?.sequence ?? known?.sequence ?? null };
  }
}

/**
 * A bundle this workspace sent, imported again: restoring a backup older than it took its text
 * away, while the institutions went on writing on that text. Its revisions come back as this
 * workspace's own; nothing is recorded as received (it was sent from here).
 */
function takeBack(db: Db, o: Opened, payload: Payload, about: ImportReport, now: Date, actor: string, file: string | null, savepoint: boolean): ImportReport {
  return writing(db, savepoint, (): ImportReport => {
    const summary = applyRevisions(db, payload, o.institution, o.key.keyId, now, true);
    const changed = summary.fastForwarded.length + summary.merged.length + summary.conflicts.length;
    const what = `this workspace's own bundle #${o.claims.sequence}`;
    const message = changed === 0
      ? `${capitalised(what)}: everything in it is already here. Nothing changed.`
      : `Took back ${what} (its text was missing here, as after restoring an older backup): ${counted(summary)}.`;
    const outcome = changed === 0 ? 'unchanged' : 'accepted';
    audit(db, now, actor, 'bundle.import', { file, outcome, hash: o.hash, signer: o.signer, sequence: o.claims.sequence, own: true, summary });
    return { ...about, ...summary, outcome, message, revisions: payload.revisions.length, own: true };
  });
}

/**
 * Several bundles in the order given (an inbox), in one transaction: each is still taken or refused
 * on its own (its own report), but the workspace file is written and synced once instead of once
 * per bundle. The bundles go in without savepoints; if one fails after writing part of itself (a
 * refusal found late, or a bug), the whole inbox is rolled back and taken again with a savepoint
 * for each bundle, as it always was before: that one is then reported with nothing of it kept, and
 * the others go on. Only if SQLite itself gives up the transaction (a full disk) or the process dies
 * is none of them in; the files can simply be imported again.
 */
export function importBundles(
  db: Db,
  files: ReadonlyArray<{ bytes: Buffer; fileName?: string }>,
  now: Date,
  prepare: (bytes: Buffer[], signers: readonly Buffer[]) => BundlePreparer | null = InboxPreparer.start,
): ImportReport[] {
  // The next bundles are read and checked on a second thread while this one merges (prepare.ts),
  // those signed by a key whose bundles are read here at all.
  const preparer = prepare(files.map((f) => f.bytes), keysReadFrom(db));
  try {
    try {
      return takeInbox(db, files, now, preparer, false);
    } catch (e) {
      if (!(e instanceof WroteBeforeFailing)) throw e;
      // Rolled back whole (nothing of the inbox is in): again, each bundle in a savepoint.
      return takeInbox(db, files, now, preparer, true);
    }
  } finally {
    preparer?.close();
  }
}

function takeInbox(db: Db, files: ReadonlyArray<{ bytes: Buffer; fileName?: string }>, now: Date, preparer: BundlePreparer | null, savepoints: boolean): ImportReport[] {
  const done: Array<{ file: string | null; outcome: string }> = [];
  // Without savepoints, a bundle's trouble undoes the whole inbox, held merges with it.
  const held = savepoints ? undefined : new HeldMerges(now.toISOString());
  try {
    return db.transaction(() => {
      const reports = files.map((f, i) => {
        try {
          const r = importBundle(db, f.bytes, now, f.fileName, { prepared: preparer?.take(i) ?? undefined, savepoint: savepoints, held });
          done.push({ file: cleanName(f.fileName), outcome: r.outcome });
          return r;
        } catch (e) {
          // Only this bundle's savepoint was undone, or it wrote nothing (importBundle has logged it): report it, go on.
          if (!db.inTransaction || e instanceof WroteBeforeFailing) throw e;
          done.push({ file: cleanName(f.fileName), outcome: 'failed' });
          return failedReport(e);
        }
      });
      try {
        held?.flush(db);
      } catch (e) {
        // Taken again with a savepoint for each bundle, which holds no merge (if SQLite has not given up the transaction).
        throw db.inTransaction ? new WroteBeforeFailing(e) : e;
      }
      return reports;
    }).immediate();
  } catch (e) {
    if (e instanceof WroteBeforeFailing) throw e;
    // The entries of the bundles before the failure went with the rollback: say what was undone.
    const message = e instanceof Error ? e.message : String(e);
    audit(db, now, readWorkspace(db).institution, 'bundle.import', { outcome: 'failed', message, undone: done, notTried: files.length - done.length - 1 });
    throw e;
  }
}

function failedReport(e: unknown): ImportReport {
  const refusal = new BundleRejected('internal_error', (e instanceof Error ? e.message : String(e)).slice(0, 300));
  return {
    ...emptySummary(), outcome: 'rejected', reason: 'internal_error', message: refusal.message, detail: refusal.i18n,
    signer: null, kind: null, sequence: null, createdAt: null, revisions: 0,
  };
}
