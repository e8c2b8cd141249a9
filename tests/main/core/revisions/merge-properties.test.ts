// Property tests over generated edit histories (generated-histories.ts): several drafters edit
// paragraph 5 (text and a table) and send bundles of their whole history.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stoodIn, visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { RevisionGraph } from '../../../../main/core/revisions/graph';
import { type IncomingRevision, importRevisions } from '../../../../main/core/revisions/import-revisions';
import type { AnswerContent } from '../../../../shared/editor/types';
import { blockConflictLocator } from '../../../../shared/merge/merge-content';
import { type Unit, contentKey, toUnits } from '../../../../shared/merge/units';
import { seededDb } from '../../../helpers/workspace';
import { contentOf } from './history';
import { answerState, build, from, history, permutation, rolledBack } from './generated-histories';

const RUNS = 300;
const db = seededDb();
afterAll(() => db.close());
const state = () => answerState(db);
const scratch = <T>(fn: () => T): T => rolledBack(db, fn);

const importAll = (bundles: IncomingRevision[][], order: number[]) => order.forEach((i) => importRevisions(db, bundles[i], from(i)));

describe('merge guarantees over generated histories', () => {
  it('importing every bundle twice equals importing it once', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { bundles } = build(h);
        scratch(() => {
          importAll(bundles, bundles.map((_, i) => i));
          const once = state();
          importAll(bundles, bundles.map((_, i) => i));
          expect(state()).toEqual(once);
          for (const b of bundles) expect(importRevisions(db, b, from(9)).unchanged).toEqual(['5']);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('any import order gives the same text, tables and conflicts', () => {
    const seen = { merged: 0, conflicted: 0 };
    fc.assert(
      fc.property(history, (h) => {
        const { bundles } = build(h);
        const ids = bundles.map((_, i) => i);
        const runs = [ids, [...ids].reverse(), permutation(bundles.length, h.order)].map((order) =>
          scratch(() => {
            importAll(bundles, order);
            return state();
          }),
        );
        expect(runs[1]).toEqual(runs[0]);
        expect(runs[2]).toEqual(runs[0]);
        if (runs[0].conflicts.length > 0) seen.conflicted++;
        else if (runs[0].auto) seen.merged++;
      }),
      { numRuns: RUNS },
    );
    // The generator must exercise clean merges and real conflicts, or the property says little.
    expect(seen.conflicted).toBeGreaterThan(RUNS / 10);
    expect(seen.merged).toBeGreaterThan(RUNS / 20);
  });

  it('no imported revision is lost: every one stays reachable from the answer', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { bundles, all } = build(h);
        scratch(() => {
          importAll(bundles, permutation(bundles.length, h.order));
          const graph = new RevisionGraph(db);
          const head = state().head;
          for (const r of all) expect(graph.isAncestor(r.id, head)).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('every side of an unresolved conflict stays visible: a block leaves the text only if someone who had it changed it', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { bundles, tips, all } = build(h);
        scratch(() => {
          importAll(bundles, permutation(bundles.length, h.order));
          const graph = new RevisionGraph(db);
          const { head, content: json } = state();
          const shown = new Set(toUnits(JSON.parse(json) as AnswerContent).map(contentKey));
          const keys = (r: IncomingRevision) => new Set(toUnits(contentOf(r)).filter((u) => u.kind !== 'table').map(contentKey));
          const heads = tips.filter((t) => !tips.some((o) => o !== t && graph.isAncestor(t.id, o.id)));
          for (const t of heads) {
            for (const u of keys(t)) {
              if (shown.has(u)) continue;
              // Dropped: only legitimate if another head descends from a revision with u and no longer has it.
              const witness = heads.some((o) => o !== t && !keys(o).has(u) && all.some((x) => keys(x).has(u) && graph.isAncestor(x.id, o.id)));
              expect(witness, `block ${u} of ${t.author} vanished from the merged text`).toBe(true);
            }
          }
          // An open conflict shows both versions: as they arrived, or one of them edited in place
          // (someone built on the merged text and corrected that version: still two versions).
          const locate = blockConflictLocator(JSON.parse(json) as AnswerContent);
          for (const c of visibleConflicts(db, '5')) {
            if (c.kind !== 'blocks') continue;
            const sides = { a: JSON.parse(c.side_a) as Unit[], b: JSON.parse(c.side_b) as Unit[] };
            const now = locate(sides, stoodIn(db, c.found_in));
            expect(now).not.toBeNull();
            if (!now) continue;
            for (const u of [...now.a, ...now.b]) expect(shown.has(contentKey(u))).toBe(true);
            const asArrived = (side: 'a' | 'b') => sides[side].every((u, i) => contentKey(u) === contentKey(now[side][i]));
            expect(now.edited ? asArrived('a') !== asArrived('b') : asArrived('a') && asArrived('b')).toBe(true);
          }
          expect(head).toBeTruthy();
        });
      }),
      { numRuns: RUNS },
    );
  });
});
