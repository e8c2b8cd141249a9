// The conflict queue through the API: listing with ancestor/mine/theirs, resolving each way with a
// two-parent revision, refusals that change nothing, and provenance of the merged text.
import { describe, expect, it } from 'vitest';
import { importRevisions } from '../../../../main/core/revisions/import-revisions';
import type { Db } from '../../../../main/core/store/database';
import { type AnswerContent, plainText } from '../../../../shared/editor/types';
import { seededCore } from '../../../helpers/workspace';
import { chain, interior, paras } from './history';

const MIN = 60_000;
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const dump = (db: Db) => ({
  revisions: db.prepare('SELECT id FROM revision ORDER BY id').all(),
  answers: db.prepare('SELECT * FROM answer ORDER BY node_ref').all(),
  conflicts: db.prepare('SELECT * FROM merge_conflict_full ORDER BY id').all(),
});

/** Coordinator (Ministry of Labour) and the Interior ministry both rewrite paragraph 2 of answer 5. */
async function conflicted(ours = paras('One.', 'Two, ours.', 'Three.'), theirs = paras('One.', 'Two, theirs.', 'Three, theirs.')) {
  const core = seededCore('2026-01-10T09:00:00Z');
  const base = unwrap(await core.api['answer.save']({ ref: '5', content: paras('One.', 'Two.', 'Three.') }));
  core.advance(60 * MIN);
  unwrap(await core.api['answer.save']({ ref: '5', content: ours }));
  const incoming = chain('5', base.revision, 'Ministry of Internal Affairs', '2026-01-10T09:30:00Z', theirs);
  importRevisions(core.db, incoming, interior);
  core.advance(60 * MIN);
  return { ...core, incoming };
}
const text = async (api: Awaited<ReturnType<typeof conflicted>>['api']) =>
  plainText(unwrap(await api['question.get']({ ref: '5' })).answers['5'].content).split('\n');

describe('conflict queue', () => {
  it('lists a conflict with the ancestor, mine and theirs, and who wrote each side', async () => {
    const { api } = await conflicted();
    const [c] = unwrap(await api['conflict.list']({}));
    expect(c).toMatchObject({ ref: '5', label: '5', kind: 'blocks', open: true, table: null });
    expect([c.ancestor.text, c.mine.text, c.theirs.text]).toEqual(['Two.', 'Two, ours.', 'Two, theirs.']);
    expect(c.mine.from.map((a) => [a.institution, a.signerKeyId])).toEqual([['Ministry of Labour', null]]);
    expect(c.theirs.from.map((a) => [a.institution, a.signerKeyId])).toEqual([['Ministry of Internal Affairs', 'bbbbbbbbbbbbbbbb']]);
    expect(unwrap(await api['conflict.list']({ ref: '6' }))).toEqual([]);
    expect(unwrap(await api['conflict.get']({ id: c.id })).id).toBe(c.id);
  });

  it('keep theirs writes a revision on both heads and the merge it resolves, and closes the conflict', async () => {
    const { api, db } = await conflicted();
    const [c] = unwrap(await api['conflict.list']({}));
    const r = unwrap(await api['conflict.resolve']({ id: c.id, keep: 'theirs' }));
    expect(r.remaining).toBe(0);
    expect(await text(api)).toEqual(['One.', 'Two, theirs.', 'Three, theirs.']);
    const head = unwrap(await api['answer.revision']({ id: r.revision }));
    // Both heads, then the automatic merge that held both versions (kept: others may build on it).
    expect(head.parents).toHaveLength(3);
    const merge = unwrap(await api['answer.revision']({ id: head.parents[2] }));
    expect(merge.parents).toEqual(head.parents.slice(0, 2));
    expect(unwrap(await api['conflict.list']({}))).toEqual([]);
    expect(unwrap(await api['conflict.get']({ id: c.id })).open).toBe(false);
    const before = dump(db);
    const again = await api['conflict.resolve']({ id: c.id, keep: 'mine' });
    expect(again).toMatchObject({ ok: false, code: 'conflict', error: 'This conflict is already resolved.' });
    expect(dump(db)).toEqual(before);
  });

  it('keep mine, keep both and edit each give the text the coordinator chose', async () => {
    for (const [keep, extra, want] of [
      ['mine', {}, ['One.', 'Two, ours.', 'Three, theirs.']],
      // Both, in the order opposite to the merge's (which shows theirs, then ours): the decided text never reads as the conflict.
      ['both', {}, ['One.', 'Two, ours.', 'Two, theirs.', 'Three, theirs.']],
      ['edit', { content: paras('Two, agreed.') }, ['One.', 'Two, agreed.', 'Three, theirs.']],
    ] as const) {
      const { api } = await conflicted();
      const [c] = unwrap(await api['conflict.list']({}));
      unwrap(await api['conflict.resolve']({ id: c.id, keep, ...extra }));
      expect(await text(api)).toEqual(want);
    }
  });

  it('refuses bad requests with one line and changes nothing', async () => {
    const { api, db } = await conflicted();
    const [c] = unwrap(await api['conflict.list']({}));
    const before = dump(db);
    expect(await api['conflict.resolve']({ id: 'f'.repeat(64), keep: 'mine' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await api['conflict.resolve']({ id: c.id, keep: 'newest' as 'mine' })).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(await api['conflict.resolve']({ id: c.id, keep: 'edit' })).toMatchObject({ ok: false, error: expect.stringMatching(/rewritten passage/) });
    expect(await api['conflict.get']({ id: 'nope' })).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(dump(db)).toEqual(before);
  });

  it('keeps the other conflicts of the answer open after resolving one', async () => {
    const { api } = await conflicted(paras('One, ours.', 'Two, ours.', 'Three.'), paras('One, theirs.', 'Two, theirs.', 'Three.'));
    const list = unwrap(await api['conflict.list']({}));
    expect(list).toHaveLength(2);
    expect(unwrap(await api['conflict.resolve']({ id: list[0].id, keep: 'mine' })).remaining).toBe(1);
    const [left] = unwrap(await api['conflict.list']({}));
    expect(left.id).toBe(list[1].id);
    unwrap(await api['conflict.resolve']({ id: left.id, keep: 'theirs' }));
    expect(await text(api)).toEqual(['One, ours.', 'Two, theirs.', 'Three.']);
  });

  it('drops a conflict from the queue once the coordinator rewrote the passage by hand, and refuses to resolve it', async () => {
    const { api, db } = await conflicted();
    const [c] = unwrap(await api['conflict.list']({}));
    unwrap(await api['answer.save']({ ref: '5', content: paras('One.', 'Two, settled by hand.', 'Three, theirs.') }));
    expect(unwrap(await api['conflict.list']({}))).toEqual([]);
    const before = dump(db);
    expect(await api['conflict.resolve']({ id: c.id, keep: 'mine' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(dump(db)).toEqual(before);
  });

  it('keeps a conflict open while one version was only corrected by hand, and resolves with the correction', async () => {
    for (const [keep, want] of [
      ['mine', ['One.', 'Two, ours corrected.', 'Three, theirs.']],
      ['both', ['One.', 'Two, ours corrected.', 'Two, theirs.', 'Three, theirs.']],
    ] as const) {
      const { api } = await conflicted();
      const [c] = unwrap(await api['conflict.list']({}));
      expect(await text(api)).toEqual(['One.', 'Two, theirs.', 'Two, ours.', 'Three, theirs.']);
      unwrap(await api['answer.save']({ ref: '5', content: paras('One.', 'Two, theirs.', 'Two, ours corrected.', 'Three, theirs.') }));
      expect(unwrap(await api['conflict.list']({})).map((x) => [x.id, x.open, x.edited, x.mine.text, x.theirs.text])).toEqual([
        [c.id, true, true, 'Two, ours corrected.', 'Two, theirs.'],
      ]);
      unwrap(await api['conflict.resolve']({ id: c.id, keep }));
      expect(await text(api)).toEqual(want);
      expect(unwrap(await api['conflict.list']({}))).toEqual([]);
    }
  });

  it('settles a conflict by hand once one version is deleted, or both are rewritten', async () => {
    for (const settled of [paras('One.', 'Two, theirs.', 'Three, theirs.'), paras('One.', 'Paragraph two now says something else.', 'Another sentence.', 'Three, theirs.')]) {
      const { api } = await conflicted();
      unwrap(await api['answer.save']({ ref: '5', content: settled }));
      expect(unwrap(await api['conflict.list']({}))).toEqual([]);
    }
  });

  it('restoring the text from before a decision opens its conflict again; restoring the decision or older text does not', async () => {
    for (const [keep, extra] of [['mine', {}], ['theirs', {}], ['both', {}], ['edit', { content: paras('Two, agreed.') }]] as const) {
      const { api, db } = await conflicted();
      const [c] = unwrap(await api['conflict.list']({}));
      const decided = unwrap(await api['conflict.resolve']({ id: c.id, keep, ...extra }));
      const merge = unwrap(await api['answer.revision']({ id: decided.revision })).parents[2];
      let older: string | undefined;
      for (const h of unwrap(await api['answer.history']({ ref: '5' }))) {
        if (plainText(unwrap(await api['answer.revision']({ id: h.id })).content) === 'One.\nTwo.\nThree.') older = h.id;
      }
      // The decision's own text (even one keeping both versions), restored after a later edit, and
      // the text from before the conflict existed: nothing opens.
      unwrap(await api['answer.save']({ ref: '5', content: paras('One.', 'Something else.') }));
      unwrap(await api['answer.restore']({ ref: '5', revision: decided.revision }));
      expect(unwrap(await api['conflict.list']({})), keep).toEqual([]);
      unwrap(await api['answer.restore']({ ref: '5', revision: older! }));
      expect(unwrap(await api['conflict.list']({})), keep).toEqual([]);
      // The automatic merge, both versions side by side as before the decision: the same conflict is open again.
      const restored = unwrap(await api['answer.restore']({ ref: '5', revision: merge }));
      const again = unwrap(await api['conflict.list']({}));
      expect(again.map((x) => [x.id, x.open, x.mine.text, x.theirs.text]), keep).toEqual([[c.id, true, 'Two, ours.', 'Two, theirs.']]);
      const log = db.prepare("SELECT detail FROM audit_log WHERE action = 'conflict.reopen'").pluck().all() as string[];
      expect(log.map((d) => JSON.parse(d))).toEqual([{ ref: '5', restored: merge, revision: restored.revision, conflicts: [c.id] }]);
      // And it is decided again like any other.
      unwrap(await api['conflict.resolve']({ id: c.id, keep: 'theirs' }));
      expect(await text(api)).toEqual(['One.', 'Two, theirs.', 'Three, theirs.']);
      expect(unwrap(await api['conflict.list']({}))).toEqual([]);
    }
  });

  it('a version corrected in place before the decision is a conflict again when that text is restored', async () => {
    const { api } = await conflicted();
    const [c] = unwrap(await api['conflict.list']({}));
    const corrected = unwrap(await api['answer.save']({ ref: '5', content: paras('One.', 'Two, theirs.', 'Two, ours corrected.', 'Three, theirs.') }));
    unwrap(await api['conflict.resolve']({ id: c.id, keep: 'theirs' }));
    unwrap(await api['answer.restore']({ ref: '5', revision: corrected.revision }));
    expect(unwrap(await api['conflict.list']({})).map((x) => [x.id, x.edited, x.mine.text])).toEqual([[c.id, true, 'Two, ours corrected.']]);
    unwrap(await api['conflict.resolve']({ id: c.id, keep: 'mine' }));
    expect(await text(api)).toEqual(['One.', 'Two, ours corrected.', 'Three, theirs.']);
  });

  it('a table cell is a conflict again only for the text it was found in or text built on it', async () => {
    const t = (w: string): AnswerContent => [
      {
        type: 'data-table', id: 't', title: 'Returns', source: '', period: '', units: '', notes: '', header: [['Year', 'Women']],
        columns: [{ id: 'y', kind: 'text' }, { id: 'w', kind: 'integer' }], rows: [{ id: 'r', role: 'data', cells: ['2024', w] }], chart: null,
        children: [{ text: '' }],
      },
    ];
    const cell = seededCore('2026-01-10T09:00:00Z');
    const base = unwrap(await cell.api['answer.save']({ ref: '5', content: t('5') }));
    cell.advance(60 * MIN);
    unwrap(await cell.api['answer.save']({ ref: '5', content: t('10') }));
    const theirs = chain('5', base.revision, 'Ministry of Internal Affairs', '2026-01-10T09:30:00Z', t('12'));
    importRevisions(cell.db, theirs, interior);
    const [c] = unwrap(await cell.api['conflict.list']({}));
    const decided = unwrap(await cell.api['conflict.resolve']({ id: c.id, keep: 'mine' }));
    // The institution's own revision holds its figure too, but from before the merge: taking it is a decision, not the conflict.
    unwrap(await cell.api['answer.restore']({ ref: '5', revision: theirs[0].id }));
    expect(unwrap(await cell.api['conflict.list']({}))).toEqual([]);
    const merge = unwrap(await cell.api['answer.revision']({ id: decided.revision })).parents.at(-1)!;
    unwrap(await cell.api['answer.restore']({ ref: '5', revision: merge }));
    expect(unwrap(await cell.api['conflict.list']({})).map((x) => [x.id, x.mine.value, x.theirs.value])).toEqual([[c.id, '10', '12']]);
  });

  it('resolves a table cell by keeping a side or typing a value, never both', async () => {
    const t = (w: string): AnswerContent => [
      {
        type: 'data-table', id: 't', title: 'Returns', source: '', period: '', units: '', notes: '', header: [['Year', 'Women']],
        columns: [{ id: 'y', kind: 'text' }, { id: 'w', kind: 'integer' }], rows: [{ id: 'r', role: 'data', cells: ['2024', w] }], chart: null,
        children: [{ text: '' }],
      },
    ];
    const { api } = await conflicted(t('10'), t('12'));
    // Ours and theirs started from a text table-less base, so the whole table is one block conflict.
    expect(unwrap(await api['conflict.list']({}))[0].kind).toBe('blocks');
    const cell = seededCore('2026-01-10T09:00:00Z');
    const base = unwrap(await cell.api['answer.save']({ ref: '5', content: t('5') }));
    cell.advance(60 * MIN);
    unwrap(await cell.api['answer.save']({ ref: '5', content: t('10') }));
    importRevisions(cell.db, chain('5', base.revision, 'Ministry of Internal Affairs', '2026-01-10T09:30:00Z', t('12')), interior);
    const [c] = unwrap(await cell.api['conflict.list']({}));
    expect(c).toMatchObject({ kind: 'table', table: { id: 't', place: 'cell', row: '2024', column: 'Women' } });
    expect([c.ancestor.value, c.mine.value, c.theirs.value]).toEqual(['5', '10', '12']);
    expect(await cell.api['conflict.resolve']({ id: c.id, keep: 'both' })).toMatchObject({ ok: false, error: expect.stringMatching(/one value/) });
    unwrap(await cell.api['conflict.resolve']({ id: c.id, keep: 'edit', value: '11' }));
    const content = unwrap(await cell.api['question.get']({ ref: '5' })).answers['5'].content[0];
    expect(content.type === 'data-table' && content.rows[0].cells).toEqual(['2024', '11']);
  });
});

describe('provenance', () => {
  it('names the institution and signer of every block, through merges and resolutions', async () => {
    const { api } = await conflicted();
    const [c] = unwrap(await api['conflict.list']({}));
    unwrap(await api['conflict.resolve']({ id: c.id, keep: 'theirs' }));
    const p = unwrap(await api['answer.provenance']({ ref: '5' }));
    expect(p.blocks.map((b) => [b.text, b.by.institution, b.by.signerKeyId])).toEqual([
      ['One.', 'Ministry of Labour', null],
      ['Two, theirs.', 'Ministry of Internal Affairs', 'bbbbbbbbbbbbbbbb'],
      ['Three, theirs.', 'Ministry of Internal Affairs', 'bbbbbbbbbbbbbbbb'],
    ]);
    expect(p.blocks[1].by.createdAt).toBe('2026-01-10T09:30:00.000Z');
    expect(unwrap(await api['answer.provenance']({ ref: '6' }))).toEqual({ ref: '6', revision: null, blocks: [], cells: [], tables: [] });
  });
});

describe('conflicts in sub-items', () => {
  it('names a sub-item with its paragraph', async () => {
    const core = seededCore('2026-01-10T09:00:00Z');
    const base = unwrap(await core.api['answer.save']({ ref: '6a', content: paras('Training.') }));
    core.advance(60 * MIN);
    unwrap(await core.api['answer.save']({ ref: '6a', content: paras('Training, ours.') }));
    importRevisions(core.db, chain('6a', base.revision, 'Ministry of Internal Affairs', '2026-01-10T09:30:00Z', paras('Training, theirs.')), interior);
    const [c] = unwrap(await core.api['conflict.list']({}));
    expect([c.ref, c.label]).toEqual(['6a', '6 (a)']);
    const outline = unwrap(await core.api['outline.get']({}));
    expect(outline.nodes.filter((n) => (n.conflicts ?? 0) > 0).map((n) => [n.ref, n.conflicts])).toEqual(
      expect.arrayContaining([['6', 1], ['6a', 1]]),
    );
  });
});
