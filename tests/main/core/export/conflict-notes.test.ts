// Open merge conflicts in an export: a draft or review copy announces each one before its two
// versions and says whose each version is, in the report's language; the final report stays refused;
// every export says which conflicts were open.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api/methods';
import { INTERIOR, LABOUR, conflictedCore } from './conflicted';
import { openDocx, paragraphs } from './docx-xml';

async function exported(api: Api, arg: Parameters<Api['report.export']>[0]) {
  const r = await api['report.export'](arg);
  if (!r.ok) throw new Error(r.error);
  return { file: r.value, bytes: Buffer.from(r.value.base64, 'base64') };
}

const WORDS: Record<string, string> = { [LABOUR]: 'Flows are recorded monthly.', [INTERIOR]: 'Flows are recorded by consulates abroad.' };
const AMOUNT: Record<string, string> = { [LABOUR]: '2 450.2', [INTERIOR]: '2 451.0' };

describe('open merge conflicts in an export', () => {
  it('the review copy (.docx) marks the conflicting passage and the table cell, naming who wrote each version', async () => {
    const { api } = await conflictedCore();
    const { file, bytes } = await exported(api, { format: 'docx', layout: 'review' });
    expect(file.conflicts).toEqual([{ ref: '5', count: 1 }, { ref: '7', count: 1 }]);
    const paras = paragraphs((await openDocx(bytes)).document).filter((p) => !p.inTable);
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('Open merge conflicts: 2');

    const notes = paras.filter((p) => p.style === 'ConflictNote').map((p) => p.text);
    expect(notes).toHaveLength(5);
    const start = /^Conflict: two versions follow — version 1 by (.+), version 2 by (.+)\. Resolve it before the report is submitted\.$/.exec(notes[0]);
    expect(start).not.toBeNull();
    const [one, two] = [start![1], start![2]];
    expect([one, two].sort()).toEqual([INTERIOR, LABOUR]);
    // Each version stands under its writer's name, the shared sentence after the end of the conflict.
    const at = texts.indexOf(notes[0]);
    expect(texts.slice(at, at + 7)).toEqual([notes[0], `Version 1 (${one}):`, WORDS[one], `Version 2 (${two}):`, WORDS[two], 'End of the conflict.', 'Returns are recorded.']);
    // Both versions are still numbered reply paragraphs; the notes are not.
    expect(paras.filter((p) => p.text === WORDS[one] || p.text === WORDS[two]).every((p) => p.numId !== null)).toBe(true);
    expect(paras.filter((p) => p.style === 'ConflictNote').every((p) => p.numId === null)).toBe(true);

    // The table cell: one note before the table, both values, and which one the table shows.
    const cell = notes[4];
    const shown = /The table shows the version of (.+)\.$/.exec(cell)![1];
    expect(cell).toMatch(/^Conflict in the table below, row “2023”, column “Amount” — /);
    expect(cell).toContain(`${LABOUR}: “2 450.2”`);
    expect(cell).toContain(`${INTERIOR}: “2 451.0”`);
    expect(texts.indexOf(cell)).toBe(texts.indexOf('Table 1') - 1);
    const cells = paragraphs((await openDocx(bytes)).document).filter((p) => p.inTable).map((p) => p.text);
    expect(cells).toContain(AMOUNT[shown]);
  });

  it('the draft report marks them too, in Russian when the report is in Russian (.docx and .html)', async () => {
    const { api } = await conflictedCore();
    const settings = await api['report.getSettings']({});
    if (!settings.ok) throw new Error(settings.error);
    const { saved: _, ...rest } = settings.value;
    expect((await api['report.saveSettings']({ ...rest, language: 'ru' })).ok).toBe(true);

    const docx = await exported(api, { format: 'docx', draft: true });
    const notes = paragraphs((await openDocx(docx.bytes)).document).filter((p) => p.style === 'ConflictNote').map((p) => p.text);
    expect(notes).toHaveLength(5);
    expect(notes[0]).toMatch(/^Конфликт: далее две версии — версия 1 \(.+\), версия 2 \(.+\)\. Разрешите его до представления доклада\.$/);
    expect(notes.slice(1, 4)).toEqual([expect.stringMatching(/^Версия 1 \(/), expect.stringMatching(/^Версия 2 \(/), 'Конец конфликта.']);
    expect(notes[4]).toMatch(/^Конфликт в таблице ниже, строка «2023», столбец «Amount» — /);

    const html = (await exported(api, { format: 'html', draft: true })).bytes.toString('utf8');
    expect(html.match(/<p class="conflict-note">/g)).toHaveLength(5);
    expect(html).toContain('Неразрешённые конфликты слияния: 2');
    const review = (await exported(api, { format: 'html', layout: 'review' })).bytes.toString('utf8');
    expect(review.match(/<p class="conflict-note">/g)).toHaveLength(5);
  });

  it('the final report stays refused, naming the first paragraph of each problem; the JSON lists the conflicts', async () => {
    const { api } = await conflictedCore();
    const refused = await api['report.export']({ format: 'docx' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toBe(
      'The report is not ready: Paragraphs or sub-items without a reply: 33 (first: paragraph 1); Open merge conflicts: 2 (first: paragraph 5); ' +
        'Replies not yet approved: 2 (first: paragraph 5). Resolve these, or export it as a draft.',
    );
    const json = await exported(api, { format: 'json', layout: 'review' });
    expect(json.file.conflicts).toEqual([{ ref: '5', count: 1 }, { ref: '7', count: 1 }]);
    expect(JSON.parse(json.bytes.toString('utf8')).conflicts.map((c: { ref: string }) => c.ref)).toEqual(['5', '7']);
  });
});
