// The compile check's count of the whole report is what a secretariat counting the Word file gets:
// every paragraph of the body (title page, headings, replies, table cells, captions and notes) and
// every footnote, as the .docx itself holds them; not the page header or the word-count line.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/text/word-count';
import { seededCore } from '../../../helpers/workspace';
import { all, openDocx, textOf } from './docx-xml';
import { fillFullReport } from './full-report';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function wordsInDocx(base64: string): Promise<number> {
  const docx = await openDocx(Buffer.from(base64, 'base64'));
  const body = all(docx.document, 'p').map(textOf).filter((t) => !/^Word count: /.test(t));
  // Word's separator footnotes (ids -1 and 0) hold no text; the others are the replies' notes.
  const notes = docx.footnotes ? all(docx.footnotes, 'footnote').filter((f) => Number(f.getAttributeNS(W, 'id')) > 0).map(textOf) : [];
  return [...body, ...notes].reduce((n, t) => n + countWords(t), 0);
}

describe('the compiled report’s words', () => {
  it('are the words of the exported .docx, more than the replies alone, and warn past the limit without blocking', async () => {
    const { api } = seededCore();
    await fillFullReport(api);
    await api['answer.save']({
      ref: '5',
      content: [
        { type: 'paragraph', children: [{ text: 'Flows are recorded monthly.' }, { type: 'footnote', note: 'Data of the State Migration Service.', children: [{ text: '' }] }, { text: '' }] },
      ],
    });
    await api['answer.setStatus']({ ref: '5', status: 'approved' });
    const check = await api['report.check']({});
    if (!check.ok) throw new Error(check.error);
    const exported = await api['report.export']({ format: 'docx' });
    if (!exported.ok) throw new Error(exported.error);
    const inFile = await wordsInDocx(exported.value.base64);
    expect(check.value.compiled.words).toBe(inFile);
    const replies = check.value.words[0].words;
    expect(check.value.compiled.words).toBeGreaterThan(replies);
    expect(check.value.compiled).toEqual({ words: inFile, limit: 21_200, over: inFile > 21_200 });
    // Headings and tables take it over the limit; the replies' budget, which decides, is within it.
    expect(check.value.compiled.over).toBe(true);
    expect(check.value.ready).toBe(true);
  });
});
