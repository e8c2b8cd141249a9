// After a re-import, questions that left the list keep their answers in the workspace but are not
// part of the report: no reply heading, no check line, no words in the printed count.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { para, seedText, seededCore } from '../../../helpers/workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
// The seed without paragraph 35 and without item 30 (j).
const revised = seedText
  .replace(/ \(j\) Measures taken to widely disseminate information on trafficking in persons \n\nand on assistance for victims\. \n/, '')
  .replace(/35\. Please submit a common core document[\s\S]*?words\. ?\n/, '');

describe('the report after a re-import', () => {
  it('leaves out retired questions and their answers, in the check, the document and the word count', async () => {
    const { api } = seededCore();
    for (const [ref, text] of [['5', 'Flows are recorded monthly.'], ['30j', 'Leaflets in three languages.'], ['35', 'The core document was updated in 2024.']]) {
      expect((await api['answer.save']({ ref, content: para(text) })).ok).toBe(true);
    }
    const preview = await api['loi.read']({ fileName: 'revised.txt', data: b64(revised) });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.value.plan.retired.map((c) => c.ref)).toEqual(['30j', '35']);
    const committed = await api['loi.commit']({ loi: preview.value.loi, sourceName: preview.value.fileName });
    expect(committed.ok).toBe(true);

    const check = await api['report.check']({});
    if (!check.ok) throw new Error(check.error);
    const listed = [...check.value.unanswered.map((u) => u.ref), ...check.value.notApproved.map((n) => n.ref)];
    expect(listed).not.toContain('35');
    expect(listed).not.toContain('30j');
    expect(check.value.notApproved.map((n) => n.ref)).toEqual(['5']);
    expect(check.value.words[0]).toMatchObject({ scope: 'total', words: 4 });

    const r = await api['report.export']({ format: 'docx', draft: true });
    if (!r.ok) throw new Error(r.error);
    const xml = await (await JSZip.loadAsync(Buffer.from(r.value.base64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Reply to paragraph 34 of the list of issues');
    expect(xml).not.toContain('Reply to paragraph 35');
    expect(xml).not.toContain('Leaflets in three languages');
    expect(xml).not.toContain('The core document was updated');
    expect(xml).not.toContain('No longer in the list of issues');
    expect(xml).toContain('Word count: 4<');

    // The answers themselves are still in the workspace.
    const p35 = await api['question.get']({ ref: '35' });
    expect(p35.ok && p35.value.answers['35'].content).toEqual(para('The core document was updated in 2024.'));
  });
});
