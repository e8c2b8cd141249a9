// importRevisions: fast-forward, unchanged, three-way merge by block and by cell, conflicts that keep
// both sides, and refusals that write nothing.
import { describe, expect, it } from 'vitest';
import { importRevisions } from '../../../../main/core/revisions/import-revisions';
import { visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { readAnswers, saveAnswer } from '../../../../main/core/store/answer-store';
import type { Db } from '../../../../main/core/store/database';
import { type AnswerContent, plainText } from '../../../../shared/editor/types';
import { seededDb } from '../../../helpers/workspace';
import { chain, interior, labour, paras, rev } from './history';
import { chunkHash, revisionId } from '../../../../main/core/content/address';

const text = (db: Db, ref: string) => plainText(readAnswers(db, [ref])[ref].content);
const snapshot = (db: Db) => ({
  revisions: db.prepare('SELECT id FROM revision ORDER BY id').all(),
  answers: db.prepare('SELECT * FROM answer ORDER BY node_ref').all(),
  conflicts: db.prepare('SELECT * FROM merge_conflict_full ORDER BY id').all(),
  origins: (db.prepare('SELECT count(origin_institution) AS n FROM revision').get() as { n: number }).n,
  chunks: db.prepare('SELECT hash FROM chunk ORDER BY hash').all(),
});

/** A coordinator workspace whose paragraph 5 holds three paragraphs written locally. */
function withBase() {
  const db = seededDb();
  const base = saveAnswer(db, '5', paras('One.', 'Two.', 'Three.'), 'Ministry of Foreign Affairs', new Date('2026-01-10T09:00:00Z'));
  return { db, base: base.revision };
}

describe('importRevisions', () => {
  it('fast-forwards a new answer, and a second import of the same revisions changes nothing', () => {
    const db = seededDb();
    const revs = chain('5', null, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('Draft.'), paras('Draft, revised.'));
    expect(importRevisions(db, revs, labour)).toMatchObject({ fastForwarded: ['5'], merged: [], conflicts: [], unchanged: [], rejected: [] });
    expect(text(db, '5')).toBe('Draft, revised.');
    expect(readAnswers(db, ['5'])['5'].revision).toBe(revs[1].id);
    const before = snapshot(db);
    expect(importRevisions(db, revs, labour)).toMatchObject({ unchanged: ['5'], fastForwarded: [] });
    expect(snapshot(db)).toEqual(before);
  });

  it('fast-forwards when the drafter built on our text, and records who sent it', () => {
    const { db, base } = withBase();
    const revs = chain('5', base, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('One.', 'Two, with data.', 'Three.'));
    expect(importRevisions(db, revs, labour).fastForwarded).toEqual(['5']);
    expect(text(db, '5')).toBe('One.\nTwo, with data.\nThree.');
    expect(db.prepare('SELECT origin_institution, origin_key_id, sealed_via FROM revision WHERE id = ?').get(revs[0].id)).toEqual({
      origin_institution: 'Ministry of Labour', origin_key_id: 'aaaaaaaaaaaaaaaa', sealed_via: 'import',
    });
  });

  it('merges edits to different blocks of divergent texts against the common ancestor', () => {
    const { db, base } = withBase();
    saveAnswer(db, '5', paras('One, edited here.', 'Two.', 'Three.'), 'Ministry of Foreign Affairs', new Date('2026-01-21T09:00:00Z'));
    const revs = chain('5', base, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('One.', 'Two.', 'Three, edited there.'));
    expect(importRevisions(db, revs, labour)).toMatchObject({ merged: ['5'], conflicts: [] });
    expect(text(db, '5')).toBe('One, edited here.\nTwo.\nThree, edited there.');
    expect(visibleConflicts(db)).toEqual([]);
    const head = db.prepare('SELECT r.parents, m.kind FROM answer a JOIN revision r ON r.id = a.head JOIN merge_revision m ON m.revision_id = a.head').get() as {
      parents: string; kind: string;
    };
    expect(head.kind).toBe('auto');
    expect(JSON.parse(head.parents)).toHaveLength(2);
  });

  it('keeps both versions of a block changed differently on each side, as one open conflict', () => {
    const { db, base } = withBase();
    saveAnswer(db, '5', paras('One.', 'Two, ours.', 'Three.'), 'Ministry of Foreign Affairs', new Date('2026-01-21T09:00:00Z'));
    const revs = chain('5', base, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('One.', 'Two, theirs.', 'Three.'));
    expect(importRevisions(db, revs, labour)).toMatchObject({ conflicts: ['5'], merged: [] });
    expect(text(db, '5')).toBe('One.\nTwo, theirs.\nTwo, ours.\nThree.');
    const [c] = visibleConflicts(db);
    expect(c).toMatchObject({ node_ref: '5', kind: 'blocks', state: 'open', mine: 'b' });
    expect(JSON.parse(c.side_b)[0].block.children[0].text).toBe('Two, ours.');
  });

  it('treats an edit against a deletion as a conflict that keeps the edited block', () => {
    const { db, base } = withBase();
    saveAnswer(db, '5', paras('One.', 'Three.'), 'Ministry of Foreign Affairs', new Date('2026-01-21T09:00:00Z'));
    const revs = chain('5', base, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('One.', 'Two, expanded.', 'Three.'));
    expect(importRevisions(db, revs, labour).conflicts).toEqual(['5']);
    expect(text(db, '5')).toBe('One.\nTwo, expanded.\nThree.');
  });

  it('merges tables cell by cell and conflicts only on a cell both sides changed', () => {
    const db = seededDb();
    const table = (cells: string[][]): AnswerContent => [
      { type: 'paragraph', children: [{ text: 'Migrants by year.' }] },
      {
        type: 'data-table', id: 't1', title: 'Migrants', source: 'NSC', period: '2024', units: 'persons', notes: '',
        header: [['Year', 'Men', 'Women']],
        columns: [{ id: 'y', kind: 'text' }, { id: 'm', kind: 'integer' }, { id: 'w', kind: 'integer' }],
        rows: cells.map((c, i) => ({ id: `r${i}`, role: 'data' as const, cells: c })), chart: null, children: [{ text: '' }],
      },
    ];
    const root = chain('5', null, 'Ministry of Labour', '2026-01-10T08:00:00Z', table([['2023', '10', '20'], ['2024', '30', '40']]));
    importRevisions(db, root, labour);
    const a = chain('5', root[0].id, 'Ministry of Labour', '2026-01-20T08:00:00Z', table([['2023', '11', '20'], ['2024', '30', '41']]));
    const b = chain('5', root[0].id, 'Ministry of Internal Affairs', '2026-01-20T09:00:00Z', table([['2023', '10', '22'], ['2024', '30', '45']]));
    importRevisions(db, a, labour);
    expect(importRevisions(db, b, interior).conflicts).toEqual(['5']);
    const t = readAnswers(db, ['5'])['5'].content[1];
    expect(t.type === 'data-table' && t.rows.map((r) => r.cells)).toEqual([['2023', '11', '22'], ['2024', '30', '41']]);
    const conflicts = visibleConflicts(db);
    expect(conflicts.map((c) => [c.kind, c.field, JSON.parse(c.side_a), JSON.parse(c.side_b)])).toEqual([['table', 'cell:r1:w', '41', '45']]);
  });

  it('refuses a revision that names one large block so often that the answer would explode, and takes repeated small ones', () => {
    const { db } = withBase();
    // One paragraph of about 1.1 MB (each leaf within its 200,000-character limit).
    const leaves = Array.from({ length: 6 }, (_, i) => ({ text: String(i).repeat(190_000), ...(i % 2 ? { bold: true as const } : {}) }));
    const big = rev('6', [], [{ type: 'paragraph', children: leaves }], 'Ministry of Labour', '2026-01-20T08:00:00.000Z');
    const at = '2026-01-20T09:00:00.000Z';
    const blocks = Array.from({ length: 20 }, () => big.blocks[0]);
    const bomb = { ...big, id: revisionId('6', [], blocks, 'Ministry of Labour', at), blocks, createdAt: at };
    const before = snapshot(db);
    const s = importRevisions(db, [bomb], labour);
    expect(s.rejected).toEqual([{ ref: '6', reason: expect.stringMatching(/would hold more than 16 MB of text once put together$/), i18n: { key: 'answerRefusal.tooLarge', params: { revision: bomb.id.slice(0, 12), max: 16 } } }]);
    expect(snapshot(db)).toEqual(before);
    // The same once the block is stored here: its size is read from the store.
    expect(importRevisions(db, [big], labour)).toMatchObject({ fastForwarded: ['6'], rejected: [] });
    const stored = snapshot(db);
    expect(importRevisions(db, [{ ...bomb, parents: [], chunks: [] }], labour).rejected).toMatchObject([{ ref: '6', reason: expect.stringMatching(/more than 16 MB/) }]);
    expect(snapshot(db)).toEqual(stored);
    // Two empty paragraphs are one chunk named twice: an ordinary answer.
    const twice = rev('6', [big.id], paras('', 'Between two empty lines.', ''), 'Ministry of Labour', at);
    expect(new Set(twice.blocks).size).toBe(2);
    expect(importRevisions(db, [twice], labour)).toMatchObject({ fastForwarded: ['6'], rejected: [] });
  });

  it('counts a stored table with its rows as reading it does, though its shell names "rows" twice', () => {
    const { db } = withBase();
    // A shell whose text names "rows" twice: JSON.parse, and so every read, takes the second, 100 rows of 2 KB.
    const rowJson = Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `r${i}`, role: 'data', cells: [String(i).padEnd(2000, 'x')] }));
    const rowNames = rowJson.map((j) => chunkHash(j));
    const shell = `{"type":"data-table","id":"t1","title":"","source":"","period":"","units":"","notes":"","header":[],"columns":[{"id":"c","kind":"text"}],"rows":[],"chart":null,"children":[{"text":""}],"rows":${JSON.stringify(rowNames)}}`;
    const name = chunkHash(shell);
    const pool = new Map([[name, { value: JSON.parse(shell) as unknown, json: shell }], ...rowJson.map((j, i) => [rowNames[i], { value: JSON.parse(j) as unknown, json: j }] as const)]);
    const at = '2026-01-20T08:00:00.000Z';
    const first = { id: revisionId('6', [], [name], 'Ministry of Labour', at), nodeRef: '6', parents: [], blocks: [name], author: 'Ministry of Labour', createdAt: at };
    expect(importRevisions(db, [first], labour, pool).rejected).toEqual([]);
    // Named 2,000 times by another answer: some 400 MB once put together. SQLite's JSON functions read the first "rows" and counted it as 200 bytes.
    const later = '2026-01-20T09:00:00.000Z';
    const blocks = Array.from({ length: 2000 }, () => name);
    const bomb = { id: revisionId('7', [], blocks, 'Ministry of Labour', later), nodeRef: '7', parents: [], blocks, author: 'Ministry of Labour', createdAt: later };
    const before = snapshot(db);
    expect(importRevisions(db, [bomb], labour).rejected.map((r) => r.i18n.key)).toEqual(['answerRefusal.tooLarge']);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a forged or broken paragraph whole, writes nothing for it, and still applies the others', () => {
    const { db, base } = withBase();
    const good = chain('6', null, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('Six.'));
    const signed = chain('5', base, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('Forged.'))[0];
    // The block name stays, the text behind it is another.
    const forged = { ...signed, chunks: [{ hash: signed.blocks[0], value: paras('Tampered.')[0] }] };
    const orphan = chain('7', 'f'.repeat(64), 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('Seven.'));
    const before = snapshot(db);
    const s = importRevisions(db, [forged, ...orphan], labour);
    expect(s.rejected).toMatchObject([
      { ref: '5', reason: expect.stringMatching(/does not match its content hash/), i18n: { key: 'answerRefusal.blockHashMismatch' } },
      { ref: '7', reason: expect.stringMatching(/neither here nor in the bundle/), i18n: { key: 'answerRefusal.parentMissing' } },
    ]);
    expect(snapshot(db)).toEqual(before);
    const bad = [
      { ...good[0], nodeRef: 'h1' },
      { ...good[0], nodeRef: '999' },
      rev('8', [], [{ type: 'paragraph', children: [] }] as unknown as AnswerContent, 'X', '2026-01-20T08:00:00Z'),
      { ...good[0], createdAt: 'yesterday' },
    ];
    const s2 = importRevisions(db, bad, labour);
    expect(s2.rejected.map((r) => r.ref)).toEqual(expect.arrayContaining(['999', '8', '6']));
    expect(snapshot(db)).toEqual(before);
    expect(importRevisions(db, [forged, ...good], labour)).toMatchObject({ fastForwarded: ['6'], rejected: [{ ref: '5' }] });
    expect(text(db, '5')).toBe('One.\nTwo.\nThree.');
  });

  it('gives the same text and conflicts whichever bundle comes first', () => {
    const results = [0, 1].map((order) => {
      const { db, base } = withBase();
      const a = chain('5', base, 'Ministry of Labour', '2026-01-20T08:00:00Z', paras('One, A.', 'Two, A.', 'Three.'));
      const b = chain('5', base, 'Ministry of Internal Affairs', '2026-01-20T09:00:00Z', paras('One.', 'Two, B.', 'Three, B.'));
      for (const [revs, from] of order === 0 ? ([[a, labour], [b, interior]] as const) : ([[b, interior], [a, labour]] as const)) importRevisions(db, revs, from);
      return { text: text(db, '5'), head: readAnswers(db, ['5'])['5'].revision, conflicts: visibleConflicts(db).map((c) => c.id) };
    });
    expect(results[0]).toEqual(results[1]);
    expect(results[0].text).toBe('One, A.\nTwo, A.\nTwo, B.\nThree, B.');
    expect(results[0].conflicts).toHaveLength(1);
  });
});
