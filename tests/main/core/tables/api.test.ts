// The tables domain through the same dispatch the three doors use: arguments are validated at the
// boundary, an import stores nothing, an append is a revision, and bad tables are refused untouched.
import { describe, expect, it } from 'vitest';
import { newTable, setCell } from '../../../../shared/tables/edit';
import { counterIds } from '../../../../shared/tables/ids';
import { para, seededCore } from '../../../helpers/workspace';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const revisions = (db: ReturnType<typeof seededCore>['db']) => (db.prepare('SELECT count(*) AS n FROM revision').get() as { n: number }).n;

describe('table.import and table.append', () => {
  it('imports a CSV without storing anything, then appends it to an answer as a revision', async () => {
    const { db, api } = seededCore();
    await api['answer.save']({ ref: '13', content: para('Statistics follow.') });
    const before = revisions(db);
    const imported = await api['table.import']({ fileName: 'by-sex.csv', data: b64('Sex,Count\nWomen,12\nMen,30\n'), title: 'By sex' });
    if (!imported.ok || imported.value.status !== 'imported') throw new Error(JSON.stringify(imported));
    expect(revisions(db)).toBe(before);
    expect(imported.value.table.id).toMatch(/^t[a-z0-9]{12}$/);
    const appended = await api['table.append']({ ref: '13', table: imported.value.table });
    expect(appended).toMatchObject({ ok: true, value: { ref: '13', tableId: imported.value.table.id } });
    const q = await api['question.get']({ ref: '13' });
    if (!q.ok) throw new Error(q.error);
    expect(q.value.answers['13'].content.map((b) => b.type)).toEqual(['paragraph', 'data-table']);
    // Tables add no words to the report's count.
    expect(q.value.answers['13'].words).toBe(2);
  });

  it('refuses bad arguments at the boundary with one line and changes nothing', async () => {
    const { db, api } = seededCore();
    const before = revisions(db);
    expect(await api['table.import']({ fileName: 'x.csv', data: 'not base64!' })).toMatchObject({ ok: false, code: 'invalid_argument', error: 'table.import: data: must be base64' });
    const big = 'A'.repeat(Math.ceil((16 * 1024 * 1024) / 3) * 4 + 4);
    expect(await api['table.import']({ fileName: 'x.csv', data: big })).toMatchObject({ ok: false, error: 'table.import: data: the file is larger than 16 MB' });
    const bad = { ...setCell(newTable(counterIds()), 1, 1, '5'), rows: [{ id: 'r1', role: 'data', cells: ['only one'] }] };
    const r = await api['table.append']({ ref: '5', table: bad });
    expect(r).toMatchObject({ ok: false, code: 'invalid_argument', error: 'table.append: table: every row needs one cell per column' });
    expect(await api['table.append']({ ref: '5', table: para('x')[0] })).toMatchObject({ ok: false, error: 'table.append: table: must be a data-table block' });
    expect(await api['table.append']({ ref: '999', table: newTable(counterIds()) })).toMatchObject({ ok: false });
    expect(revisions(db)).toBe(before);
  });
});
