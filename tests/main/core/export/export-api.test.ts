// The report domain through the API contract: the check, refusing a report that is not ready unless
// the user asks for a draft, the title-page settings and their validation.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../../shared/core-messages';
import { seededCore } from '../../../helpers/workspace';
import { richCore } from './fixture';
import { fillFullReport } from './full-report';

describe('report.check', () => {
  it('lists what stands in the way of a final report', async () => {
    const { api } = await richCore();
    const r = await api['report.check']({});
    if (!r.ok) throw new Error(r.error);
    const blocking = r.value.unanswered.filter((u) => !u.covered);
    expect(blocking.slice(0, 3)).toEqual([
      { ref: '2', kind: 'paragraph', subitems: 3, covered: false },
      { ref: '3', kind: 'paragraph', subitems: 0, covered: false },
      { ref: '4', kind: 'paragraph', subitems: 3, covered: false },
    ]);
    expect(blocking.filter((u) => u.kind === 'subitem').map((u) => u.ref)).toEqual(['33a', '33b', '33c', '33d', '33e', '33g', '33h']);
    expect(r.value.notApproved.map((n) => n.ref)).toEqual(['1a', '1b', '1c', '5', '33f']);
    expect(r.value.conflicts).toEqual([]);
    expect(r.value.words[0]).toMatchObject({ scope: 'total', limit: 21_200, over: false });
    expect(r.value.words[1]).toMatchObject({ scope: 'II', words: 0, limit: 1500, over: false });
    expect(r.value.ready).toBe(false);
  });

  it('is clean for a full-size report: 35 approved replies, 21,200 words, 50 tables', async () => {
    const { api } = seededCore();
    expect(await fillFullReport(api)).toEqual({ words: 21_200, tables: 50 });
    const r = await api['report.check']({});
    if (!r.ok) throw new Error(r.error);
    expect(r.value.ready).toBe(true);
    expect(r.value.unanswered.every((u) => u.covered)).toBe(true);
    expect(r.value.words).toEqual([
      { scope: 'total', words: 21_200, limit: 21_200, over: false },
      { scope: 'II', words: 1000, limit: 1500, over: false },
    ]);
  });

  it('flags a report one word over the limit', async () => {
    const { api } = seededCore();
    await fillFullReport(api);
    await api['answer.save']({ ref: '1a', content: [{ type: 'paragraph', children: [{ text: 'Extra' }] }] });
    await api['answer.setStatus']({ ref: '1a', status: 'approved' });
    const r = await api['report.check']({});
    expect(r.ok && r.value.words[0]).toEqual({ scope: 'total', words: 21_201, limit: 21_200, over: true });
    expect(r.ok && r.value.ready).toBe(false);
  });
});

describe('report.export', () => {
  it('refuses a report that is not ready with one line saying why, and exports it when asked for a draft', async () => {
    const { api } = await richCore();
    const refused = await api['report.export']({ format: 'docx' });
    expect(refused).toMatchObject({
      ok: false,
      code: 'rejected',
      error:
        'The report is not ready: Paragraphs or sub-items without a reply: 39 (first: paragraph 2); Replies not yet approved: 5 (first: paragraph 1 (a)). Resolve these, or export it as a draft.',
    });
    // The same refusal in the interface's language.
    if (refused.ok || !refused.i18n) throw new Error('no key');
    expect(messageText(refused.i18n, 'ru')).toBe(
      'Доклад не готов: пункты и подпункты без ответа: 39 (первый — пункт 2); Ответы, ещё не утверждённые: 5 (первый — пункт 1 (a)). Устраните эти замечания или экспортируйте доклад как проект.',
    );
    const draft = await api['report.export']({ format: 'docx', draft: true });
    expect(draft.ok && draft.value.draft).toBe(true);
  });

  it('exports a final report, not marked draft, once the check is clean, and logs the file it gave out', async () => {
    const { api, db } = seededCore();
    await fillFullReport(api);
    const r = await api['report.export']({ format: 'docx' });
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({ fileName: 'CMW_C_KGZ_QPR_2-report.docx', draft: false });
    const bytes = Buffer.from(r.value.base64, 'base64');
    expect(r.value.bytes).toBe(bytes.length);
    const logged = db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'report.export'").all() as Array<{ actor: string; detail: string }>;
    expect(logged).toHaveLength(1);
    expect(logged[0].actor).toBe('Ministry of Labour');
    expect(JSON.parse(logged[0].detail)).toEqual({
      format: 'docx', layout: 'report', draft: false, fileName: 'CMW_C_KGZ_QPR_2-report.docx', bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('logs nothing when it refuses', async () => {
    const { api, db } = await richCore();
    expect((await api['report.export']({ format: 'html' })).ok).toBe(false);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'report.export'").get()).toEqual({ n: 0 });
  });

  it('rejects unknown formats and layouts at the boundary', async () => {
    const { api } = seededCore();
    expect(await api['report.export']({ format: 'pdf' as 'docx' })).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(await api['report.export']({ format: 'docx', layout: 'summary' as 'report' })).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(await api['report.export']({ format: 'docx', extra: 1 } as never)).toMatchObject({ ok: false, code: 'invalid_argument' });
  });
});

describe('report settings', () => {
  it('start from defaults derived from the list of issues', async () => {
    const { api } = seededCore();
    expect(await api['report.getSettings']({})).toEqual({
      ok: true,
      value: {
        title: 'Second periodic report submitted by Kyrgyzstan under article 73 of the Convention',
        dueYear: null, submittedYear: null, language: 'en', statisticalAnnex: false, saved: false,
      },
    });
  });

  it('are saved, tidied and audited', async () => {
    const { api, db } = seededCore();
    const saved = await api['report.saveSettings']({ title: '  Second   periodic report\n of Kyrgyzstan ', dueYear: 2023, submittedYear: 2024, language: 'ru', statisticalAnnex: true });
    expect(saved).toEqual({
      ok: true,
      value: { title: 'Second periodic report of Kyrgyzstan', dueYear: 2023, submittedYear: 2024, language: 'ru', statisticalAnnex: true, saved: true },
    });
    expect((await api['report.getSettings']({})).ok && saved.ok).toBe(true);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'report.settings'").get()).toEqual({ n: 1 });
  });

  it('refuse bad input with one line and change nothing', async () => {
    const { api, db } = seededCore();
    const good = { title: 'Second periodic report', dueYear: 2023, submittedYear: 2024, language: 'en' as const, statisticalAnnex: false };
    await api['report.saveSettings'](good);
    const before = db.prepare('SELECT * FROM report_settings').all();
    const bad = [
      { ...good, title: '   ' },
      { ...good, title: 'x'.repeat(401) },
      { ...good, dueYear: 1800 },
      { ...good, submittedYear: 2024.5 },
      { ...good, language: 'ky' },
      { ...good, statisticalAnnex: 'yes' },
      { ...good, colour: 'red' },
    ];
    for (const arg of bad) {
      const r = await api['report.saveSettings'](arg as never);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid_argument');
        expect(r.error).not.toContain('\n');
      }
    }
    expect(db.prepare('SELECT * FROM report_settings').all()).toEqual(before);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'report.settings'").get()).toEqual({ n: 1 });
  });

  it('write the Russian wording into a Russian report', async () => {
    const { api } = await richCore();
    await api['report.saveSettings']({ title: 'Второй периодический доклад Кыргызстана', dueYear: 2023, submittedYear: null, language: 'ru', statisticalAnnex: false });
    const r = await api['report.export']({ format: 'html', draft: true });
    if (!r.ok) throw new Error(r.error);
    const html = Buffer.from(r.value.base64, 'base64').toString('utf8');
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Второй периодический доклад Кыргызстана, подлежащий представлению в 2023 году');
    expect(html).toContain('Ответ на пункт 5 перечня вопросов');
    expect(html).toContain('Проект — не для представления');
  });
});
