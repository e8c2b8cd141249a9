// The canonical JSON export: equal content gives byte-identical files, whatever the workspace, its
// clock, the order answers were written in, or the order bundles were merged in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../main/core/api/dispatch';
import { createHandlers } from '../../../../main/core/api/handlers/index';
import { localApi } from '../../../../main/core/api/local-client';
import { importRevisions } from '../../../../main/core/revisions/import-revisions';
import type { Api } from '../../../../shared/api/methods';
import type { AnswerContent } from '../../../../shared/editor/types';
import { tempDir } from '../../../helpers/host-process';
import { para, seededDb } from '../../../helpers/workspace';
import { answers } from './fixture';
import { storedRevisions } from '../revisions/history';

function core(institution: string, start: string) {
  const db = seededDb(join(tempDir(), 'ws.sqlite'), institution);
  let now = new Date(start);
  const api = localApi(createDispatch(createHandlers({ db, now: () => now }), (e) => { throw e; }));
  return { db, api, tick: () => (now = new Date(now.getTime() + 3_600_000)) };
}

async function exportJson(api: Api, draft = true): Promise<string> {
  const r = await api['report.export']({ format: 'json', draft });
  if (!r.ok) throw new Error(r.error);
  return Buffer.from(r.value.base64, 'base64').toString('utf8');
}

const revisionsOf = storedRevisions;

describe('the canonical JSON export', () => {
  it('holds paragraph -> answer blocks, the tables with their numbers and the word counts', async () => {
    const w = core('Ministry of Labour', '2026-01-05T09:00:00Z');
    for (const [ref, content] of Object.entries(answers)) await w.api['answer.save']({ ref, content });
    const doc = JSON.parse(await exportJson(w.api));
    expect(doc).toMatchObject({ format: 'treaty-desk/report', version: 1, draft: true, document: { symbol: 'CMW/C/KGZ/QPR/2' } });
    expect(doc.paragraphs).toHaveLength(35);
    expect(doc.paragraphs[0].answers.map((a: { ref: string }) => a.ref)).toEqual(['1a', '1b', '1c']);
    expect(doc.paragraphs[4].answers[0].blocks).toEqual(JSON.parse(JSON.stringify(answers['5'])));
    expect(doc.tables).toEqual([
      { number: 1, ref: '5', id: 'tbl-flows', title: 'Labour migrants registered abroad, by sex and age', rows: 5, columns: 6 },
      { number: 2, ref: '33f', id: 'tbl-remit', title: 'Remittances received', rows: 2, columns: 2 },
    ]);
    expect(doc.conflicts).toEqual([]);
    const raw = await exportJson(w.api);
    // No timestamps, workspace ids or authors: only what the report says.
    expect(raw).not.toMatch(/2026-01-05|00000000-0000|"author"|"institution"|"status"/);
  });

  it('is byte-identical for two workspaces with the same replies written in a different order, at other times', async () => {
    const one = core('Ministry of Labour', '2026-01-05T09:00:00Z');
    const two = core('Ministry of Foreign Affairs', '2027-03-01T12:00:00Z');
    const entries = Object.entries(answers);
    for (const [ref, content] of entries) {
      await one.api['answer.save']({ ref, content });
      one.tick();
    }
    for (const [ref, content] of [...entries].reverse()) {
      // A first draft that is later rewritten: history differs, the text does not.
      await two.api['answer.save']({ ref, content: para('An early draft.') });
      two.tick();
      await two.api['answer.save']({ ref, content });
    }
    expect(await exportJson(two.api)).toBe(await exportJson(one.api));
  });

  it('is byte-identical for two coordinators that merged the same bundles in different orders, conflicts included', async () => {
    // A shared starting text, then two ministries edit the same paragraph differently and answer others.
    const base = core('Ministry of Labour', '2026-01-05T09:00:00Z');
    await base.api['answer.save']({ ref: '5', content: para('Flows are recorded.', 'Returns are recorded.') });
    const shared = revisionsOf(base.db);
    const labour = core('Ministry of Labour', '2026-01-06T09:00:00Z');
    const foreign = core('Ministry of Foreign Affairs', '2026-01-06T10:00:00Z');
    for (const m of [labour, foreign]) importRevisions(m.db, shared, { institution: 'Ministry of Labour', signerKeyId: 'k0', receivedAt: '2026-01-06T08:00:00Z' });
    const edit = (first: string): AnswerContent => para(first, 'Returns are recorded.');
    await labour.api['answer.save']({ ref: '5', content: edit('Flows are recorded monthly by the State Migration Service.') });
    await labour.api['answer.save']({ ref: '1a', content: answers['1a'] });
    await foreign.api['answer.save']({ ref: '5', content: edit('Flows are recorded by consulates abroad.') });
    await foreign.api['answer.save']({ ref: '33f', content: answers['33f'] });
    const fromLabour = revisionsOf(labour.db);
    const fromForeign = revisionsOf(foreign.db);

    const x = core('Coordinating Ministry', '2026-02-01T09:00:00Z');
    const y = core('Coordinating Ministry', '2026-03-01T09:00:00Z');
    const l = { institution: 'Ministry of Labour', signerKeyId: 'kl', receivedAt: '2026-02-01T10:00:00Z' };
    const f = { institution: 'Ministry of Foreign Affairs', signerKeyId: 'kf', receivedAt: '2026-02-01T11:00:00Z' };
    const summaries = [importRevisions(x.db, fromLabour, l), importRevisions(x.db, fromForeign, f), importRevisions(y.db, fromForeign, f), importRevisions(y.db, fromLabour, l)];
    expect(summaries.flatMap((s) => s.rejected)).toEqual([]);
    expect(summaries[1].conflicts).toEqual(['5']);
    expect(summaries[3].conflicts).toEqual(['5']);

    const jx = await exportJson(x.api);
    const jy = await exportJson(y.api);
    expect(jy).toBe(jx);
    const doc = JSON.parse(jx);
    expect(doc.conflicts).toHaveLength(1);
    expect(doc.conflicts[0]).toMatchObject({ ref: '5', kind: 'blocks' });
    expect(doc.conflicts[0].sides.join()).toContain('consulates abroad');
    expect(doc.conflicts[0].sides.join()).toContain('monthly by the State Migration Service');
    const check = await x.api['report.check']({});
    expect(check.ok && check.value.conflicts).toEqual([{ ref: '5', count: 1 }]);
  });
});
