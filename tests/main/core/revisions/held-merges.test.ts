// An inbox holds its automatic merges in memory and writes only the last of each answer
// (main/core/revisions/held-merges.ts). Over generated edit histories, it must report and end
// exactly as importing the same bundles one by one does, whatever happened before: conflicts
// resolved, a text approved. The only trace it leaves out is the conflicts found in a merge that a
// later bundle of the same inbox replaced, which one by one are left behind as superseded.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { HeldMerges } from '../../../../main/core/revisions/held-merges';
import { type IncomingRevision, importRevisions } from '../../../../main/core/revisions/import-revisions';
import { resolveConflict } from '../../../../main/core/revisions/resolve';
import { AUTO_MERGE_AUTHOR } from '../../../../main/core/revisions/heads';
import { refold } from '../../../../main/core/revisions/settle';
import { RevisionGraph } from '../../../../main/core/revisions/graph';
import { loadContent } from '../../../../main/core/store/content-store';
import { seededDb } from '../../../helpers/workspace';
import { answerState, build, from, history, permutation, rolledBack } from './generated-histories';
import { chain, paras, rev } from './history';

const RUNS = 300;
const db = seededDb();
afterAll(() => db.close());

/** Everything the file says of paragraph 5, but conflicts left superseded and chunks no revision names. */
function everything() {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    ...answerState(db),
    answer: all("SELECT head, words, status, updated_at FROM answer WHERE node_ref = '5'"),
    revisions: all("SELECT * FROM revision WHERE node_ref = '5' ORDER BY id"),
    merges: all("SELECT * FROM merge_revision WHERE node_ref = '5' ORDER BY revision_id"),
    conflicts: all("SELECT * FROM merge_conflict_full WHERE node_ref = '5' AND state <> 'superseded' ORDER BY id"),
  };
}

/** The bundles in `order`, one import each; with `held`, as one inbox that writes its merges at the end. `at`: when received. */
function importInbox(bundles: IncomingRevision[][], order: number[], held?: HeldMerges, at = from(0).receivedAt) {
  const reports = order.map((i) => importRevisions(db, bundles[i], { ...from(i), receivedAt: at }, new Map(), new Set(), held));
  held?.flush(db);
  return reports;
}

describe('an inbox holding its merges', () => {
  it('reports and ends as importing its bundles one by one, after resolutions and approvals too', () => {
    const seen = { held: 0, resolved: 0, approved: 0 };
    fc.assert(
      fc.property(history, fc.nat(4), fc.constantFrom('none', 'mine', 'theirs', 'both', 'approve'), (h, first, before) => {
        const { bundles } = build(h);
        const order = permutation(bundles.length, h.order);
        const [earlier, inbox] = [order.slice(0, first % order.length), order.slice(first % order.length)];
        const run = (hold: boolean) =>
          rolledBack(db, () => {
            importInbox(bundles, earlier);
            const open = visibleConflicts(db, '5')[0];
            if (before === 'approve') db.prepare("UPDATE answer SET status = 'approved' WHERE node_ref = '5'").run();
            // A table cell holds one value: both versions are kept of text only.
            const keep = before === 'both' && open?.kind === 'table' ? 'theirs' : before;
            if (keep !== 'none' && keep !== 'approve' && open) resolveConflict(db, open.id, { keep }, 'Coordinator', new Date('2026-02-15T00:00:00Z'));
            const held = hold ? new HeldMerges(from(0).receivedAt) : undefined;
            const reports = importInbox(bundles, inbox, held);
            return { reports, after: everything() };
          });
        const [plain, holding] = [run(false), run(true)];
        expect(holding.reports).toEqual(plain.reports);
        expect(holding.after).toEqual(plain.after);
        if (inbox.length > 1 && plain.after.auto) seen.held++;
        if (plain.after.conflicts.some((c) => (c as { state: string }).state === 'resolved')) seen.resolved++;
        if (before === 'approve') seen.approved++;
      }),
      { numRuns: RUNS },
    );
    // The generator must reach the cases the holding changes, or the property says little.
    expect(seen.held).toBeGreaterThan(RUNS / 5);
    expect(seen.resolved).toBeGreaterThan(RUNS / 20);
    expect(seen.approved).toBeGreaterThan(RUNS / 20);
  });

  it('reports and ends as one by one when a drafter wrote on the merged text the inbox starts from', () => {
    const seen = { onMerge: 0, sentAlong: 0 };
    fc.assert(
      fc.property(history, fc.integer({ min: 2, max: 4 }), fc.nat(8), fc.boolean(), (h, first, where, sendMerge) => {
        const { bundles } = build(h);
        const order = permutation(bundles.length, h.order);
        const [earlier, inbox] = [order.slice(0, first), order.slice(first)];
        const run = (hold: boolean) =>
          rolledBack(db, () => {
            // Received a day before the inbox: its merge is older than anything the inbox writes.
            importInbox(bundles, earlier, undefined, '2026-02-28T00:00:00.000Z');
            const head = db.prepare("SELECT r.id, r.parents, r.blocks, r.created_at FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = '5'").get() as
              | { id: string; parents: string; blocks: string; created_at: string }
              | undefined;
            const auto = head !== undefined && db.prepare("SELECT 1 FROM merge_revision WHERE revision_id = ? AND kind = 'auto'").get(head.id) !== undefined;
            let all = bundles;
            let at = inbox;
            if (auto) {
              // A drafter took in that merge (its app made the same one) and wrote on it; it sends the merge along, or not.
              const text = loadContent(db, head.blocks);
              const merge = rev('5', JSON.parse(head.parents) as string[], text, AUTO_MERGE_AUTHOR, head.created_at);
              expect(merge.id).toBe(head.id);
              const child = rev('5', [merge.id], [...text, ...paras('Written on the merged text.')], 'Drafter M', '2026-02-28T12:00:00.000Z');
              all = [...bundles, sendMerge ? [merge, child] : [child]];
              at = [...inbox.slice(0, where % (inbox.length + 1)), bundles.length, ...inbox.slice(where % (inbox.length + 1))];
            }
            const reports = importInbox(all, at, hold ? new HeldMerges(from(0).receivedAt) : undefined);
            return { auto, reports, after: everything() };
          });
        const [plain, holding] = [run(false), run(true)];
        expect(holding).toEqual(plain);
        if (plain.auto) seen.onMerge++;
        if (plain.auto && sendMerge) seen.sentAlong++;
      }),
      { numRuns: RUNS },
    );
    expect(seen.onMerge).toBeGreaterThan(RUNS / 5);
    expect(seen.sentAlong).toBeGreaterThan(RUNS / 10);
  });

  it('writes a held merge before an institution’s merge or a revision built on it arrives, as one by one', () => {
    // Two drafters edit paragraph 5 from one base. Drafter A then imports B's edit, and its app
    // makes the same automatic merge of the two that this workspace makes, then writes on it.
    const [base] = chain('5', null, 'Coordinator', '2026-01-01T00:00:00.000Z', paras('One', 'Two', 'Three'));
    const [a1] = chain('5', base.id, 'Drafter A', '2026-01-02T00:00:00.000Z', paras('One A', 'Two', 'Three'));
    const [b1] = chain('5', base.id, 'Drafter B', '2026-01-02T00:01:00.000Z', paras('One', 'Two', 'Three B'));
    const merge = rolledBack(db, () => {
      importInbox([[base, a1], [base, b1]], [0, 1]);
      const { sorted, folded } = refold(db, new RevisionGraph(db), '5', [a1.id, b1.id]);
      return rev('5', sorted, folded.content, AUTO_MERGE_AUTHOR, b1.createdAt);
    });
    const [a2] = chain('5', merge.id, 'Drafter A', '2026-01-03T00:00:00.000Z', paras('One A', 'Two A', 'Three B'));
    // A sends its merge along, or leaves it out (as if this workspace had it already).
    for (const last of [[base, a1, b1, merge, a2], [a2]]) {
      const run = (hold: boolean) =>
        rolledBack(db, () => {
          const held = hold ? new HeldMerges(from(0).receivedAt) : undefined;
          const reports = importInbox([[base, a1], [base, b1], last], [0, 1, 2], held);
          return { reports, after: everything() };
        });
      const [plain, holding] = [run(false), run(true)];
      expect(plain.reports[1].merged).toEqual(['5']);
      expect(plain.reports[2].fastForwarded).toEqual(['5']);
      expect(holding).toEqual(plain);
      // The merge is this workspace's own, sealed as known to A.
      const stored = (plain.after.revisions as Array<{ id: string; origin_institution: string | null; sealed_via: string | null }>).find((r) => r.id === merge.id);
      expect(stored).toMatchObject({ origin_institution: null, sealed_via: last.length > 1 ? 'import' : null });
    }
  });

  it('puts an approved answer back to drafting when a bundle changed its text, though a later one changed it back', () => {
    const [base] = chain('5', null, 'Coordinator', '2026-01-01T00:00:00.000Z', paras('One', 'Two', 'Three'));
    const [a1, a2, a3] = chain('5', base.id, 'Drafter A', '2026-01-02T00:00:00.000Z', paras('One A', 'Two', 'Three'), paras('One A', 'Two A', 'Three'), paras('One A', 'Two', 'Three'));
    const [b1] = chain('5', base.id, 'Drafter B', '2026-01-02T00:10:00.000Z', paras('One', 'Two', 'Three B'));
    for (const hold of [false, true]) {
      const status = rolledBack(db, () => {
        importInbox([[base, a1], [base, b1]], [0, 1]);
        db.prepare("UPDATE answer SET status = 'approved' WHERE node_ref = '5'").run();
        const held = hold ? new HeldMerges(from(0).receivedAt) : undefined;
        const reports = importInbox([[base, a1, a2], [base, a1, a2, a3]], [0, 1], held);
        expect(reports.map((r) => r.merged)).toEqual([['5'], ['5']]);
        return db.prepare("SELECT status FROM answer WHERE node_ref = '5'").pluck().get();
      });
      expect(status, hold ? 'held' : 'one by one').toBe('drafting');
    }
  });

  describe('with a stored automatic merge that the inbox replaces', () => {
    // Before the inbox, a1 and b1 are here with their automatic merge S as the answer's text.
    const [base] = chain('5', null, 'Coordinator', '2026-01-01T00:00:00.000Z', paras('One', 'Two', 'Three'));
    const [a1] = chain('5', base.id, 'Drafter A', '2026-01-02T00:00:00.000Z', paras('One A', 'Two', 'Three'));
    const [b1, b2] = chain('5', base.id, 'Drafter B', '2026-01-02T00:01:00.000Z', paras('One', 'Two', 'Three B'), paras('One', 'Two', 'Three BB'));
    const [c1] = chain('5', base.id, 'Drafter C', '2026-01-02T00:02:00.000Z', paras('One', 'Two C', 'Three'));
    const before = () => importInbox([[base, a1], [base, b1]], [0, 1]);
    const S = rolledBack(db, () => {
      before();
      const { sorted, folded } = refold(db, new RevisionGraph(db), '5', [a1.id, b1.id]);
      return rev('5', sorted, folded.content, AUTO_MERGE_AUTHOR, b1.createdAt);
    });
    // Drafter A made the same merge S and wrote on it.
    const [a2] = chain('5', S.id, 'Drafter A', '2026-01-03T00:00:00.000Z', paras('One A', 'Two A', 'Three B'));
    const compare = (inbox: IncomingRevision[][]) => {
      const run = (hold: boolean) =>
        rolledBack(db, () => {
          before();
          expect(db.prepare("SELECT head FROM answer WHERE node_ref = '5'").pluck().get()).toBe(S.id);
          const reports = importInbox(inbox, inbox.map((_, i) => i), hold ? new HeldMerges(from(0).receivedAt) : undefined);
          return { reports, after: everything() };
        });
      const [plain, holding] = [run(false), run(true)];
      expect(holding).toEqual(plain);
      return plain;
    };

    it('refuses, as one by one, a revision built on it once a bundle has replaced it', () => {
      // One by one, b2's merge removed S, so a2 (sent without S) builds on text this workspace lacks.
      const plain = compare([[b2], [a2]]);
      expect(plain.reports[1].rejected.map((r) => r.i18n.key)).toEqual(['answerRefusal.parentMissing']);
    });

    it('keeps it, as one by one, when the bundle that replaced it built on it', () => {
      // a2 builds on S and c1 does not: their merge replaces S, which a2 still needs; a later bundle replaces that merge.
      const plain = compare([[a2, c1], [b2]]);
      expect(plain.reports.map((r) => [...r.merged, ...r.conflicts, ...r.fastForwarded])).toEqual([['5'], ['5']]);
      expect((plain.after.revisions as Array<{ id: string }>).some((r) => r.id === S.id)).toBe(true);
    });
  });
});
