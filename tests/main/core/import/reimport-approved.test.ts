// A revised list that renumbers the questions under approved answers: the answers stay with their
// number but go back to drafting, the check names them until they are approved again, and the
// preview only claims a question moved when that is certain.
import { describe, expect, it } from 'vitest';
import { para, seedText, seededCore, ok } from '../../../helpers/workspace';
import { insertParagraph3 } from '../../../helpers/revised-lists';

const b64 = (text: string) => Buffer.from(text).toString('base64');

const inserted = insertParagraph3(seedText);

async function approvedWorkspace() {
  const core = seededCore();
  for (let n = 1; n <= 35; n++) {
    ok(await core.api['answer.save']({ ref: String(n), content: para(`Reply written for old question ${n}.`) }));
    ok(await core.api['answer.setStatus']({ ref: String(n), status: 'approved' }));
  }
  expect(ok(await core.api['report.check']({})).ready).toBe(true);
  return core;
}

describe('re-importing a list that renumbers approved answers', () => {
  it('sends them back to drafting and keeps the report from being ready until they are approved again', async () => {
    const { api, db, advance } = await approvedWorkspace();
    ok(await api['answer.setStatus']({ ref: '5', status: 'ready' }));
    const read = ok(await api['loi.read']({ fileName: 'revised.txt', data: b64(inserted) }));
    const moved = Array.from({ length: 33 }, (_, i) => String(i + 3)); // 23 and 25 keep their opening; their items changed.
    expect(read.plan.reopened.map((r) => r.ref)).toEqual(moved);
    expect(read.plan.reopened.find((r) => r.ref === '5')).toEqual({ ref: '5', status: 'ready' });
    expect(read.plan.reopened.find((r) => r.ref === '4')).toEqual({ ref: '4', status: 'approved' });
    // The preview changes nothing.
    expect(db.prepare("SELECT count(*) FROM answer WHERE status = 'drafting'").pluck().get()).toBe(0);

    advance(60_000);
    const report = ok(await api['loi.commit']({ loi: read.loi, sourceName: 'revised.txt' }));
    expect(report.reopened.map((r) => r.ref)).toEqual(moved);
    const statuses = Object.fromEntries((db.prepare('SELECT node_ref, status FROM answer').all() as Array<{ node_ref: string; status: string }>).map((r) => [r.node_ref, r.status]));
    expect(statuses['1']).toBe('approved');
    expect(statuses['2']).toBe('approved');
    for (const ref of moved) expect(statuses[ref], ref).toBe('drafting');
    const logged = JSON.parse(db.prepare("SELECT detail FROM audit_log WHERE action = 'loi.import' ORDER BY id DESC LIMIT 1").pluck().get() as string);
    expect(logged.backToDrafting).toContain('5 (ready)');

    // The added question is answered and approved, as the coordinator would: the report is still not ready.
    ok(await api['answer.save']({ ref: '36', content: para('Reply to the added question.') }));
    ok(await api['answer.setStatus']({ ref: '36', status: 'approved' }));
    const check = ok(await api['report.check']({}));
    expect(check.ready).toBe(false);
    expect(check.questionChanged.map((q) => q.ref)).toEqual(moved);
    expect(check.questionChanged[0]).toEqual({ ref: '3', importedAt: '2026-01-05T09:01:00.000Z', source: 'revised.txt' });
    const final = await api['report.export']({ format: 'json', layout: 'report', draft: false });
    expect(final.ok).toBe(false);
    expect(!final.ok && final.error).toMatch(/33 of them answering a question that a re-imported list of issues changed \(first: paragraph 3\)/);

    // Approving an answer again is what clears it from the list.
    ok(await api['answer.setStatus']({ ref: '3', status: 'approved' }));
    expect(ok(await api['report.check']({})).questionChanged.map((q) => q.ref)).toEqual(moved.slice(1));
    for (const ref of moved.slice(1)) ok(await api['answer.setStatus']({ ref, status: 'approved' }));
    expect(ok(await api['report.check']({}))).toMatchObject({ ready: true, questionChanged: [] });
  });

  it('names a move only when the old text stands once in each list and is not a stock phrase', async () => {
    const { api } = await approvedWorkspace();
    const plan = ok(await api['loi.read']({ fileName: 'revised.txt', data: b64(inserted) })).plan;
    const change = (ref: string) => plan.changed.find((c) => c.ref === ref)!;
    expect(change('3')).toMatchObject({ answered: true, movedTo: '4' });
    expect(change('35')).toMatchObject({ movedTo: '36' });
    // Old 6, 11, 18, 21 and 24 all read "Please provide information on:"; 20 and 22 share another opening.
    for (const ref of ['6', '11', '18', '20', '21', '22', '24']) expect(change(ref).movedTo, ref).toBeUndefined();
    // Every move named is to a question whose text is the old one.
    for (const c of plan.changed.filter((x) => x.movedTo)) {
      expect(plan.changed.find((x) => x.ref === c.movedTo)?.after ?? plan.added.find((x) => x.ref === c.movedTo)?.after, c.ref).toBe(c.before);
    }
  });

  it('leaves an approval alone when only the spacing or capitals of its question change', async () => {
    const { api, db } = await approvedWorkspace();
    const respaced = seedText.replace('Please provide updated information on the ministry', 'Please  provide updated information on the Ministry');
    const read = ok(await api['loi.read']({ fileName: 'respaced.txt', data: b64(respaced) }));
    expect(read.plan.changed.map((c) => c.ref)).toEqual(['3']);
    expect(read.plan.reopened).toEqual([]);
    ok(await api['loi.commit']({ loi: read.loi, sourceName: 'respaced.txt' }));
    expect(db.prepare("SELECT status FROM answer WHERE node_ref = '3'").pluck().get()).toBe('approved');
    expect(ok(await api['report.check']({}))).toMatchObject({ ready: true, questionChanged: [] });
  });
});

describe('re-importing a list that asks the same questions', () => {
  it('keeps approvals when only quotes, dashes or non-breaking spaces differ', async () => {
    const { api, db } = await approvedWorkspace();
    // A copy typeset otherwise: straight quotes and apostrophes, hyphens for dashes, non-breaking spaces.
    const retyped = seedText.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/–/g, '-').replace(/ (\d)/g, '\u00a0$1');
    expect(retyped).not.toBe(seedText);
    const read = ok(await api['loi.read']({ fileName: 'retyped.txt', data: b64(retyped) }));
    expect(read.plan.reopened).toEqual([]);
    ok(await api['loi.commit']({ loi: read.loi, sourceName: 'retyped.txt' }));
    expect(db.prepare("SELECT count(*) FROM answer WHERE status <> 'approved'").pluck().get()).toBe(0);
    expect(ok(await api['report.check']({})).ready).toBe(true);
  });

  it('keeps approvals when the same list comes in another language', async () => {
    const en = ['Committee on Migrant Workers', 'List of issues prior to submission of the second periodic report of Chad',
      '1. Please provide information on the legal framework.', '2. Please provide information on:', ' (a) Policies;', ' (b) Resources.'].join('\n');
    const ru = ['Комитет по защите прав всех трудящихся-мигрантов', 'Перечень вопросов до представления второго периодического доклада Чада',
      '1. Просьба представить информацию о правовой базе.', '2. Просьба представить информацию о:', ' а) политике;', ' б) ресурсах.'].join('\n');
    const { api, db, advance } = seededCore();
    ok(await api['loi.commit']({ loi: ok(await api['loi.read']({ fileName: 'en.txt', data: b64(en) })).loi, sourceName: 'en.txt' }));
    for (const ref of ['1', '2a', '2b']) {
      ok(await api['answer.save']({ ref, content: para(`Reply to ${ref}.`) }));
      ok(await api['answer.setStatus']({ ref, status: 'approved' }));
    }
    advance(60_000);
    const read = ok(await api['loi.read']({ fileName: 'ru.txt', data: b64(ru) }));
    expect(read.plan.changed.length).toBeGreaterThan(0);
    expect(read.plan.reopened).toEqual([]);
    ok(await api['loi.commit']({ loi: read.loi, sourceName: 'ru.txt' }));
    expect(db.prepare("SELECT count(*) FROM answer WHERE status <> 'approved'").pluck().get()).toBe(0);
    expect(ok(await api['report.check']({})).questionChanged).toEqual([]);
  });
});
