// Generated edit histories for the merge's property tests: several drafters edit paragraph 5 (text
// and a table) from a shared base or from each other's revisions, and send bundles of their whole
// history (merge-properties.test.ts, held-merges.test.ts).
import fc from 'fast-check';
import type { IncomingRevision } from '../../../../main/core/revisions/import-revisions';
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';
import { visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { loadContent } from '../../../../main/core/store/content-store';
import type { Db } from '../../../../main/core/store/database';
import { rev } from './history';

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
export const history = fc.record({ drafters: fc.array(drafter, { minLength: 2, maxLength: 4 }), order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }) });

export interface Built {
  bundles: IncomingRevision[][];
  all: IncomingRevision[];
  tips: IncomingRevision[];
}

export type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

export function build(h: History): Built {
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

/** The sender of bundle i; every bundle is received at the same moment, as an inbox is. */
export const from = (i: number) => ({ institution: `Ministry ${i}`, signerKeyId: `${i}`.padStart(16, '0'), receivedAt: '2026-03-01T00:00:00.000Z' });

/** The bundle indices in an order given by generated keys. */
export const permutation = (n: number, keys: number[]) => Array.from({ length: n }, (_, i) => i).sort((x, y) => (keys[x % keys.length] - keys[y % keys.length]) || x - y);

/** Paragraph 5 as the workspace has it: head, text, visible conflicts, whether an automatic merge, every revision. */
export function answerState(db: Db) {
  const row = db.prepare("SELECT a.head, r.blocks FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = '5'").get() as { head: string; blocks: string };
  return {
    head: row.head,
    content: JSON.stringify(loadContent(db, row.blocks)),
    conflicts: visibleConflicts(db, '5').map((c) => c.id).sort(),
    auto: db.prepare("SELECT 1 FROM merge_revision WHERE revision_id = ? AND kind = 'auto'").get(row.head) !== undefined,
    revisions: (db.prepare("SELECT id FROM revision WHERE node_ref = '5' ORDER BY id").all() as Array<{ id: string }>).map((r) => r.id),
  };
}

/** Runs `fn` on the workspace and rolls every change back afterwards. */
export function rolledBack<T>(db: Db, fn: () => T): T {
  db.exec('BEGIN');
  try {
    return fn();
  } finally {
    db.exec('ROLLBACK');
  }
}
