// The HTML export: one self-contained, printable file with the report's layout, and nothing in the
// answers can inject markup into it.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api/methods';
import { regionTable, richCore } from './fixture';

async function exportHtml(api: Api, layout: 'report' | 'review' = 'report'): Promise<string> {
  const r = await api['report.export']({ format: 'html', layout, draft: true });
  if (!r.ok) throw new Error(r.error);
  expect(r.value.mimeType).toBe('text/html; charset=utf-8');
  return Buffer.from(r.value.base64, 'base64').toString('utf8');
}

describe('the .html report', () => {
  it('is one file with no scripts and nothing loaded from elsewhere', async () => {
    const { api } = await richCore();
    const html = await exportHtml(api);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html).toContain('@page { size: A4;');
    // The only outside address is the link the official wrote.
    expect([...html.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0])).toEqual(['https://stat.gov.kg/en/']);
  });

  it('lays out the replies like the Word document: numbered paragraphs, tables, footnotes linked both ways', async () => {
    const { api } = await richCore();
    const html = await exportHtml(api);
    const numbers = [...html.matchAll(/<span class="no">(\d+)\.<\/span>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(html).toContain('<h5 id="reply-5">Reply to paragraph 5 of the list of issues</h5>');
    expect(html).toContain('<th colspan="2">Women</th>');
    expect(html).toContain('<th rowspan="2">Country</th>');
    expect(html).toContain('<tr class="total"><td>Total</td><td class="num">47</td>');
    expect(html).toMatch(/<span class="caption">Table 1<\/span><br><strong>Labour migrants registered abroad, by sex and age<\/strong>/);
    expect(html).toContain('<sup class="fnref"><a id="fnref1" href="#fn1">1</a></sup>');
    expect(html).toContain('<li id="fn2" value="2">National Statistical Committee, 2024. <a href="#fnref2"');
    expect(html).toMatch(/<p class="word-count">Word count: \d+<\/p>/);
    expect(html).toContain('<p class="draft-banner">Draft — not for submission</p>');
  });

  it('prints every figure of a group row, and only the caption of a group row that holds nothing else', async () => {
    const { api } = await richCore();
    const saved = await api['answer.save']({ ref: '7', content: [regionTable] });
    expect(saved.ok).toBe(true);
    const html = await exportHtml(api);
    expect(html).toContain(
      '<tr class="group"><td colspan="3">Chui</td></tr><tr><td>Tokmok</td><td class="num">12</td><td class="num">9</td></tr>' +
        '<tr class="group"><td>Osh</td><td class="num">1111</td><td class="num">..</td></tr>',
    );
  });

  it('escapes whatever the answers hold', async () => {
    const { api } = await richCore();
    await api['answer.save']({
      ref: '7',
      content: [{ type: 'paragraph', children: [{ text: '<script>alert("x")</script> & <b>not bold</b>' }, { type: 'footnote', note: '"><img src=x>', children: [{ text: '' }] }, { text: '' }] }],
    });
    const html = await exportHtml(api);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('interleaves the questions with the replies in the review layout', async () => {
    const { api } = await richCore();
    const html = await exportHtml(api, 'review');
    expect(html).toContain('<h1 class="title">List of issues with the draft replies</h1>');
    expect(html).toMatch(/<h5 id="reply-5">Paragraph 5 of the list of issues<\/h5>\n<blockquote class="question">Please provide qualitative[^<]*<span class="status">Status: drafting<\/span><\/blockquote>\n<p class="numbered"><span class="no">4\.<\/span>Labour migration flows/);
    expect(html).not.toContain('<p class="draft-banner">');
  });
});
