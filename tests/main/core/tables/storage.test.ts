// A table's storage round trip: saved with its answer, read back exactly (ids, spans, marks, roles,
// totals, chart), each change a new revision whose id is the content hash; tables the schema
// refuses leave the answer and its history as they were.
import { describe, expect, it } from 'vitest';
import { COALESCE_MS } from '../../../../main/core/store/answer-store';
import { revisionId } from '../../../../main/core/content/address';
import { loadContent } from '../../../../main/core/store/content-store';
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';
import { setCell, setRole, setTotalColumn } from '../../../../shared/tables/edit';
import { para, seededCore } from '../../../helpers/workspace';

const table: DataTableElement = {
  type: 'data-table', id: 'tq3x9k2m7p1aa', title: 'Мигранты по полу и возрасту', source: 'Нацстатком', period: '2024', units: 'человек', notes: '".." — нет данных; "-" — явление отсутствует',
  header: [['', 'Women', 'Women', 'Men', 'Men', ''], ['Region', '0-17', '18+', '0-17', '18+', 'Total']],
  columns: [
    { id: 'c1', kind: 'text' }, { id: 'c2', kind: 'integer' }, { id: 'c3', kind: 'integer' }, { id: 'c4', kind: 'decimal' }, { id: 'c5', kind: 'percent' }, { id: 'c6', kind: 'integer', total: true },
  ],
  rows: [
    { id: 'r1', role: 'group', cells: ['Север', '', '', '', '', ''] },
    { id: 'r2', role: 'data', cells: ['Чуй', '1 200', '..', '-', 'n/a', '1 200'] },
    { id: 'r3', role: 'total', cells: ['Всего', '1200', '', '0,5', '12,5 %', ''] },
  ],
  chart: 'line',
  children: [{ text: '' }],
};

const rows = (db: ReturnType<typeof seededCore>['db']) =>
  db.prepare("SELECT id, parents, blocks, author, created_at FROM revision WHERE node_ref = '16' ORDER BY created_at").all() as Array<{ id: string; parents: string; blocks: string; author: string; created_at: string }>;

describe('data tables in the store', () => {
  it('reads back exactly what was saved, and names each change by its content hash', async () => {
    const { db, api, advance } = seededCore();
    const content: AnswerContent = [...para('Before the table.'), table, ...para('After it.')];
    expect((await api['answer.save']({ ref: '16', content })).ok).toBe(true);
    const q = await api['question.get']({ ref: '16' });
    if (!q.ok) throw new Error(q.error);
    expect(q.value.answers['16'].content).toEqual(content);
    expect(q.value.answers['16'].words).toBe(5);

    advance(COALESCE_MS + 1);
    const edited = setTotalColumn(setRole(setCell(table, 3, 1, '1 250'), 3, 'data'), 5, false);
    expect((await api['answer.save']({ ref: '16', content: [content[0], edited, content[2]] })).ok).toBe(true);
    const history = rows(db);
    expect(history).toHaveLength(2);
    expect(JSON.parse(history[1].parents)).toEqual([history[0].id]);
    for (const r of history) expect(r.id).toBe(revisionId('16', JSON.parse(r.parents), JSON.parse(r.blocks), r.author, r.created_at));
    // The paragraphs around the table are stored once; the edit adds a table shell and the rows it changed.
    const [b0, b1] = history.map((r) => JSON.parse(r.blocks) as string[]);
    expect([b1[0], b1[2]]).toEqual([b0[0], b0[2]]);
    expect(b1[1]).not.toBe(b0[1]);
    const [before, after] = history.map((r) => loadContent(db, r.blocks)[1] as DataTableElement);
    expect(before).toEqual(table);
    expect(after.rows[1].cells[1]).toBe('1 250');
    expect(after.rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(after.columns[5]).toEqual({ id: 'c6', kind: 'integer' });
  });

  it('keeps one copy of each row: coalesced saves of cell edits leave no stale rows or tables behind', async () => {
    const { db, api, advance } = seededCore();
    const kinds = () => Object.fromEntries((db.prepare('SELECT kind, count(*) AS n FROM chunk GROUP BY kind').all() as Array<{ kind: string; n: number }>).map((r) => [r.kind, r.n]));
    await api['answer.save']({ ref: '16', content: [table] });
    // The answer's first text stands as its own revision; the edits after it coalesce into one.
    advance(10_000);
    expect((await api['answer.save']({ ref: '16', content: [setCell(table, 1, 1, '0')] })).ok).toBe(true);
    const start = kinds();
    for (const v of ['1', '2', '3']) {
      advance(10_000);
      expect((await api['answer.save']({ ref: '16', content: [setCell(table, 1, 1, v)] })).ok).toBe(true);
    }
    expect(rows(db)).toHaveLength(2);
    expect(kinds()).toEqual(start);
  });

  it('refuses tables the schema does not allow and leaves the answer and its history untouched', async () => {
    const { db, api } = seededCore();
    await api['answer.save']({ ref: '16', content: [table] });
    const before = JSON.stringify(rows(db));
    const bad: Array<[string, unknown]> = [
      ['duplicate ids', { ...table, rows: [...table.rows, { ...table.rows[0] }] }],
      ['short row', { ...table, rows: [{ id: 'r9', role: 'data', cells: ['x'] }] }],
      ['wide header', { ...table, header: [[...table.header[0], 'extra']] }],
      ['unknown kind', { ...table, columns: table.columns.map((c) => ({ ...c, kind: 'money' })) }],
      ['bad id', { ...table, id: 'no spaces allowed' }],
      ['too many header rows', { ...table, header: Array.from({ length: 7 }, () => table.header[0]) }],
      ['huge cell', { ...table, rows: [{ ...table.rows[0], cells: ['x'.repeat(2001), '', '', '', '', ''] }] }],
      ['no chart kind', { ...table, chart: 'pie' }],
    ];
    for (const [what, t] of bad) {
      const r = await api['answer.save']({ ref: '16', content: [t] as AnswerContent });
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.error.split('\n')).toHaveLength(1);
    }
    expect(JSON.stringify(rows(db))).toBe(before);
  });
});
