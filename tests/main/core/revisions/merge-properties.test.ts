// Property tests over generated edit histories: several drafters edit paragraph 5 (text and a table)
// from a shared base or from each other's revisions, and send bundles of their whole history.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stoodIn, visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { RevisionGraph } from '../../../../main/core/revisions/graph';
import { type IncomingRevision, importRevisions } from '../../../../main/core/revisions/import-revisions';
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';
import { blockConflictLocator } from '../../../../shared/merge/merge-content';
import { type Unit, contentKey, toUnits } from '../../../../shared/merge/units';
import { seededDb } from '../../../helpers/workspace';
import { contentOf, rev } from './history';
import { loadContent } from '../../../../main/core/store/content-store';

const RUNS = 300;
const db = seededDb();
afterAll(() => db.close());

interface Model {
  paras: string[];
  rows: Array<{ id: string; cells: [string, string] }>;
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'эпсилон', 'зета'];
const op = fc.oneof(
  fc.record({ op: fc.constant('edit' as const), i: fc.nat(9), w: fc.constantFrom(...WORDS) }),
  fc.record({ op: fc.constant('insert' as const), i: fc.nat(9), w: fc.constantFrom(...WORDS) }),
  fc.record({ op: fc.constant('delete' as const), i: fc.nat(9) }),
  fc.record({ op: fc.constant('cell' as const), i: fc.nat(9), c: fc.nat(1), w: fc.constantFrom('1', '2', '3', '..') }),
  fc.record({ op: fc.constant('addRow' as const), w: fc.constantFrom('x', 'y', 'z') }),
  fc.record({ op: fc.constant('delRow' as const), i: fc.nat(9) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(m: Model, o: Op): Model {
  const paras = [...m.paras];
  const rows = m.rows.map((r) => ({ id: r.id, cells: [...r.cells] as [string, string] }));
  if (o.op === 'edit') paras[o.i % paras.length] = `${paras[o.i % paras.length]} ${o.w}`;
  if (o.op === 'insert') paras.splice(o.i % (paras.length + 1), 0, o.w);
  if (o.op === 'delete' && paras.length > 1) paras.splice(o.i % paras.length, 1);
  if (o.op === 'cell' && rows.length > 0) rows[o.i % rows.length].cells[o.c] = o.w;
  if (o.op === 'addRow' && !rows.some((r) => r.id === o.w)) rows.push({ id: o.w, cells: ['', ''] });
  if (o.op === 'delRow' && rows.length > 0) rows.splice(o.i % rows.length, 1);
  return { paras, rows };
}

function content(m: Model): AnswerContent {
  const table: DataTableElement = {
    type: 'data-table', id: 't1', title: 'T', source: '', period: '', units: '', notes: '', header: [['Men', 'Women']],
    columns: [{ id: 'm', kind: 'text' }, { id: 'w', kind: 'text' }], rows: m.rows.map((r) => ({ id: r.id, role: 'data', cells: r.cells })),
    chart: null, children: [{ text: '' }],
  };
  return [...m.paras.map((t) => ({ type: 'paragraph' as const, children: [{ text: t }] })), table];
}

const drafter = fc.record({
  parent: fc.nat(50),
  steps: fc.array(fc.array(op, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  minutes: fc.nat(600),
  split: fc.boolean(),
});
const history = fc.record({ drafters: fc.array(drafter, { minLength: 2, maxLength: 4 }), order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }) });

interface Built {
  bundles: IncomingRevision[][];
  all: IncomingRevision[];
  tips: IncomingRevision[];
}

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

function build(h: History): Built {
  const start: Model = { paras: ['One', 'Two', 'Three'], rows: [{ id: 'r0', cells: ['1', '1'] }, { id: 'r1', cells: ['2', '2'] }] };
  const root = rev('5', [], content(start), 'Coordinator', '2026-01-01T00:00:00.000Z');
  const pool: Array<{ r: IncomingRevision; m: Model }> = [{ r: root, m: start }];
  const byId = new Map([[root.id, root]]);
  const ancestry = (r: IncomingRevision): IncomingRevision[] => {
    const out = new Map<string, IncomingRevision>();
    const stack = [r];
    while (stack.length) {
      const x = stack.pop()!;
      if (out.has(x.id)) continue;
      out.set(x.id, x);
      stack.push(...x.parents.map((p) => byId.get(p)!));
    }
    return [...out.values()].reverse();
  };
  const bundles: IncomingRevision[][] = [];
  const tips: IncomingRevision[] = [];
  h.drafters.forEach((d, di) => {
    let at = pool[d.parent % pool.length];
    const mine: IncomingRevision[] = [];
    d.steps.forEach((ops, si) => {
      const m = ops.reduce(apply, at.m);
      const time = new Date(Date.parse('2026-01-02T00:00:00Z') + (d.minutes + si) * 60_000).toISOString();
      const r = rev('5', [at.r.id], content(m), `Drafter ${di}`, time);
      byId.set(r.id, r);
      mine.push(r);
      at = { r, m };
    });
    pool.push(...mine.map((r) => ({ r, m: at.m })));
    if (d.split) bundles.push(ancestry(mine[0]));
    bundles.push(ancestry(mine[mine.length - 1]));
    tips.push(mine[mine.length - 1]);
  });
  return { bundles, all: [...byId.values()], tips };
}

const from = (i: number) => ({ institution: `Ministry ${i}`, signerKeyId: `${i}`.padStart(16, '0'), receivedAt: '2026-03-01T00:00:00.000Z' });

function state() {
  const row = db.prepare("SELECT a.head, r.blocks FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = '5'").get() as { head: string; blocks: string };
  const head = { head: row.head, content: JSON.stringify(loadContent(db, row.blocks)) };
  return {
    head: head.head,
    content: head.content,
    conflicts: visibleConflicts(db, '5').map((c) => c.id).sort(),
    auto: db.prepare("SELECT 1 FROM merge_revision WHERE revision_id = ? AND kind = 'auto'").get(head.head) !== undefined,
    revisions: (db.prepare("SELECT id FROM revision WHERE node_ref = '5' ORDER BY id").all() as Array<{ id: string }>).map((r) => r.id),
  };
}

/** Runs `fn` on the seeded workspace and rolls every change back afterwards. */
function scratch<T>(fn: () => T): T {
  db.exec('BEGIN');
  try {
    return fn();
  } finally {
    db.exec('ROLLBACK');
  }
}

const importAll = (bundles: IncomingRevision[][], order: number[]) => order.forEach((i) => importRevisions(db, bundles[i], from(i)));
const permutation = (n: number, keys: number[]) => Array.from({ length: n }, (_, i) => i).sort((x, y) => (keys[x % keys.length] - keys[y % keys.length]) || x - y);

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
