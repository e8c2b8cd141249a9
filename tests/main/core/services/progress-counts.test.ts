// What counts as answered and what counts towards the word limit: an answer holding only a table is
// answered; questions a re-imported list left out keep their answers but leave the totals.
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../main/core/import/reimport';
import { parseLoiText } from '../../../../shared/loi/parse';
import { ok, para, seededCore, seedText } from '../../../helpers/workspace';

const table = {
  type: 'data-table' as const, id: 't1', title: 'Migrants by sex', source: 'Statistics', period: '2023', units: 'persons', notes: '',
  header: [['', 'Total']], columns: [{ id: 'c0', kind: 'text' as const }, { id: 'c1', kind: 'integer' as const }],
  rows: [{ id: 'r1', role: 'data' as const, cells: ['Women', '10'] }], chart: null, children: [{ text: '' as const }] as [{ text: '' }],
};

describe('progress counts', () => {
  it('counts an answer that holds only a table as answered, with no words', async () => {
    const { api } = seededCore();
    ok(await api['answer.save']({ ref: '5', content: [table] }));
    const status = ok(await api['status.get']({}));
    expect(status.answered.paragraphs).toBe(1);
    expect(status.words.total).toBe(0);
    const d = ok(await api['dashboard.get']({}));
    expect(d.total.answered).toBe(1);
    expect(d.unanswered.some((u) => u.ref === '5')).toBe(false);
  });

  it('leaves questions a re-import retired out of the words, the counts and the dashboard', async () => {
    const { db, api } = seededCore();
    ok(await api['answer.save']({ ref: '34', content: para('Five words in this answer.') }));
    ok(await api['answer.save']({ ref: '35', content: para('Three more words.') }));
    // A revised list without its last paragraph.
    const revised = parseLoiText(seedText.slice(0, seedText.indexOf('35. Please submit')));
    expect(revised.paragraphs).toHaveLength(34);
    applyImport(db, revised, { now: new Date('2026-02-01T00:00:00Z'), actor: 'test', sourceName: 'revised.txt' });

    const status = ok(await api['status.get']({}));
    expect(status).toMatchObject({ paragraphs: 34, answered: { paragraphs: 1 }, words: { total: 5 } });
    expect(status.words.byRef).toEqual({ '34': 5 });
    expect(ok(await api['outline.get']({})).budget.total).toBe(5);
    expect(ok(await api['dashboard.get']({})).total).toMatchObject({ questions: 34, answered: 1, words: 5 });
    // The retired answer is still there and reachable.
    const q = ok(await api['question.get']({ ref: '35' }));
    expect(q.answers['35'].words).toBe(3);
    expect(q.headings.some((h) => h.retired)).toBe(true);
  });
});
