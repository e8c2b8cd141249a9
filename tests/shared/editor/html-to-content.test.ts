// Paste from Word and LibreOffice keeps structure and drops everything else.
import { describe, expect, it } from 'vitest';
import { htmlToContent, plainTextToContent } from '../../../shared/editor/html-to-content';
import { answerContentSchema } from '../../../shared/editor/schema';

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style>
<script>alert('x')</script></head><body lang=EN-US>
<p class=MsoNormal><b><span style='font-size:12.0pt'>The Law</span></b><span style='color:red;font-family:"Times New Roman"'> on External
Labour Migration</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>First measure<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span><![endif]><i>Second</i> measure</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp; </span></span><![endif]>A bullet</p>
<p class=MsoQuote><span style='font-style:italic'>Article 5. Quoted law.</span></p>
<p class=MsoNormal><img width=100 src="file:///C:/tmp/image001.png"><a href="javascript:alert(1)">bad link</a> and <a href="https://undocs.org/en/CMW/C/KGZ/CO/1">the concluding observations</a></p>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Adopted on 5 May 2023.</p></div></div>
</body></html>`;

const LIBREOFFICE = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>p { margin-bottom: 0.1in }</style></head><body>
<p style="margin-bottom: 0in"><b>Закон</b> о внешней трудовой миграции<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a></p>
<ol><li><p>первая мера</p></li><li><p><u>вторая</u> мера</p></li></ol>
<ul><li><p>пункт</p></li></ul>
<blockquote>Статья 5.</blockquote>
<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Принят в 2006 году.</p></div>
</body></html>`;

describe('htmlToContent', () => {
  it('turns Word clipboard HTML into paragraphs, lists, quotes, marks, links and footnotes only', () => {
    const content = htmlToContent(WORD);
    expect(content).toEqual([
      { type: 'paragraph', children: [{ text: 'The Law', bold: true }, { text: ' on External Labour Migration' }] },
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'First measure' }, { type: 'footnote', note: 'Adopted on 5 May 2023.', children: [{ text: '' }] }, { text: '' }] },
          { type: 'list-item', children: [{ text: 'Second', italic: true }, { text: ' measure' }] },
        ],
      },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'A bullet' }] }] },
      { type: 'block-quote', children: [{ text: 'Article 5. Quoted law.', italic: true }] },
      {
        type: 'paragraph',
        children: [{ text: 'bad link and ' }, { type: 'link', url: 'https://undocs.org/en/CMW/C/KGZ/CO/1', children: [{ text: 'the concluding observations' }] }, { text: '' }],
      },
    ]);
    const json = JSON.stringify(content);
    for (const banned of ['alert', 'script', 'image001', 'color', 'Times New Roman', 'MsoNormal', 'javascript']) expect(json).not.toContain(banned);
    expect(answerContentSchema.safeParse(content).success).toBe(true);
  });

  it('reads LibreOffice HTML with real lists and footnotes, in Cyrillic', () => {
    expect(htmlToContent(LIBREOFFICE)).toEqual([
      { type: 'paragraph', children: [{ text: 'Закон', bold: true }, { text: ' о внешней трудовой миграции' }, { type: 'footnote', note: 'Принят в 2006 году.', children: [{ text: '' }] }, { text: '' }] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'первая мера' }] }, { type: 'list-item', children: [{ text: 'вторая', underline: true }, { text: ' мера' }] }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'пункт' }] }] },
      { type: 'block-quote', children: [{ text: 'Статья 5.' }] },
    ]);
  });

  it('drops unknown markup but keeps its text, and returns nothing for markup without text', () => {
    expect(htmlToContent('<custom-tag onclick="x()">kept <blink>text</blink></custom-tag>')).toEqual([{ type: 'paragraph', children: [{ text: 'kept text' }] }]);
    expect(htmlToContent('<img src=x onerror=alert(1)><script>1</script><style>p{}</style>')).toEqual([]);
  });
});

describe('plainTextToContent', () => {
  it('splits lines into paragraphs, or on blank lines when there are any', () => {
    expect(plainTextToContent('One\r\nTwo\n\n')).toEqual([
      { type: 'paragraph', children: [{ text: 'One' }] },
      { type: 'paragraph', children: [{ text: 'Two' }] },
    ]);
    expect(plainTextToContent('A wrapped\nline\n\nSecond   paragraph')).toEqual([
      { type: 'paragraph', children: [{ text: 'A wrapped line' }] },
      { type: 'paragraph', children: [{ text: 'Second paragraph' }] },
    ]);
  });
});
