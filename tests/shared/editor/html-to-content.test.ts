// Paste from Word and LibreOffice keeps structure and drops everything else.
import { describe, expect, it } from 'vitest';
import { htmlToContent, plainTextToContent } from '../../../shared/editor/html-to-content';
import { answerContentSchema } from '../../../shared/editor/schema';
import { counterIds } from '../../../shared/tables/ids';

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

// What Word 365 (Russian) puts on the clipboard for text, a table with a two-level header (a
// vertical and two horizontal merges), a footnote cited in a cell and one cited after the table.
const WORD_TABLE = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style>table.MsoTableGrid{mso-style-name:"Сетка таблицы";border:solid windowtext 1.0pt}</style></head>
<body lang=RU style='tab-interval:35.4pt'><!--StartFragment-->
<p class=MsoNormal><span lang=RU style='font-size:12.0pt'>Данные о выдворенных лицах:<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=160 rowspan=2 valign=top style='width:120.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><span lang=RU>Гражданство<o:p></o:p></span></b></p>
  </td>
  <td width=200 colspan=2 valign=top style='width:150.0pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=RU>2023<o:p></o:p></span></b></p>
  </td>
  <td width=200 colspan=2 valign=top style='width:150.0pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=RU>2024</span></b><a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a><o:p></o:p></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td valign=top><p class=MsoNormal><span lang=RU>Жен.</span></p></td>
  <td valign=top><p class=MsoNormal><span lang=RU>Муж.</span></p></td>
  <td valign=top><p class=MsoNormal><span lang=RU>Жен.</span></p></td>
  <td valign=top><p class=MsoNormal><span lang=RU>Муж.</span></p></td>
 </tr>
 <tr style='mso-yfti-irow:2'>
  <td valign=top><p class=MsoNormal><span lang=RU>Узбекистан</span></p></td>
  <td valign=top><p class=MsoNormal align=right style='text-align:right'><span lang=RU>1&nbsp;120</span></p></td>
  <td valign=top><p class=MsoNormal align=right style='text-align:right'><span lang=RU>2&nbsp;340</span></p></td>
  <td valign=top><p class=MsoNormal align=right style='text-align:right'><span lang=RU>980</span></p></td>
  <td valign=top><p class=MsoNormal align=right style='text-align:right'><span lang=RU>2&nbsp;010</span></p></td>
 </tr>
 <tr style='mso-yfti-irow:3;mso-yfti-lastrow:yes'>
  <td valign=top><p class=MsoNormal><span lang=RU>Таджикистан</span></p><p class=MsoNormal><span lang=RU>(граждане)</span></p></td>
  <td valign=top><p class=MsoNormal><span lang=RU>45</span></p></td>
  <td valign=top><p class=MsoNormal><span lang=RU>130</span></p></td>
  <td valign=top><p class=MsoNormal><span lang=RU>–</span></p></td>
  <td valign=top><p class=MsoNormal><span lang=RU>…</span></p></td>
 </tr>
</table>
<p class=MsoNormal><span lang=RU>Источник: МВД</span><a style='mso-footnote-id:ftn2' href="#_ftn2" name="_ftnref2" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[2]</span><![endif]></span></span></a><span lang=RU>.</span></p>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a><span lang=RU> Данные за 2024 год предварительные.</span></p></div>
<div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a style='mso-footnote-id:ftn2' href="#_ftnref2" name="_ftn2" title=""><span class=MsoFootnoteReference>[2]</span></a><span lang=RU> Министерство внутренних дел.</span></p></div>
</div>
<!--EndFragment--></body></html>`;

describe('htmlToContent', () => {
  it('turns a table pasted from Word with the text around it into a data table between paragraphs', () => {
    const content = htmlToContent(WORD_TABLE, counterIds());
    expect(content).toEqual([
      { type: 'paragraph', children: [{ text: 'Данные о выдворенных лицах:' }] },
      {
        type: 'data-table',
        id: 't1',
        title: '',
        source: '',
        period: '',
        units: '',
        // A footnote cited in a cell cannot stay in the cell: the table's notes keep it.
        notes: 'Данные за 2024 год предварительные.',
        header: [
          ['Гражданство', '2023', '2023', '2024', '2024'],
          ['', 'Жен.', 'Муж.', 'Жен.', 'Муж.'],
        ],
        columns: [
          { id: 'c1', kind: 'text' },
          { id: 'c2', kind: 'integer' },
          { id: 'c3', kind: 'integer' },
          { id: 'c4', kind: 'integer' },
          { id: 'c5', kind: 'integer' },
        ],
        rows: [
          { id: 'r1', role: 'data', cells: ['Узбекистан', '1\u00a0120', '2\u00a0340', '980', '2\u00a0010'] },
          { id: 'r2', role: 'data', cells: ['Таджикистан\n(граждане)', '45', '130', '–', '…'] },
        ],
        chart: null,
        children: [{ text: '' }],
      },
      {
        type: 'paragraph',
        children: [{ text: 'Источник: МВД' }, { type: 'footnote', note: 'Министерство внутренних дел.', children: [{ text: '' }] }, { text: '.' }],
      },
    ]);
    expect(answerContentSchema.safeParse(content).success).toBe(true);
  });

  it('reads a layout table of one column as paragraphs, and names a table by its caption', () => {
    expect(htmlToContent('<table><tr><td><p>Первый абзац</p></td></tr><tr><td><p>Второй</p></td></tr></table>')).toEqual([
      { type: 'paragraph', children: [{ text: 'Первый абзац' }] },
      { type: 'paragraph', children: [{ text: 'Второй' }] },
    ]);
    const [table] = htmlToContent('<table><caption>Migrants, 2024</caption><tr><th>Sex</th><th>Number</th></tr><tr><td>Women</td><td>12</td></tr></table>', counterIds());
    expect(table).toMatchObject({ type: 'data-table', title: 'Migrants, 2024', header: [['Sex', 'Number']], rows: [{ cells: ['Women', '12'] }] });
  });

  it('keeps the footnote cited in a Word layout table (boxed text) with its paragraph', () => {
    const boxed = `<html><body><table class=MsoTableGrid><tr><td><p class=MsoNormal>В 2024 году зарегистрировано 1 204 трудящихся-мигранта.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a></p></td></tr></table>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Государственная служба по миграции.</p></div></div></body></html>`;
    expect(htmlToContent(boxed)).toEqual([
      {
        type: 'paragraph',
        children: [{ text: 'В 2024 году зарегистрировано 1 204 трудящихся-мигранта.' }, { type: 'footnote', note: 'Государственная служба по миграции.', children: [{ text: '' }] }, { text: '' }],
      },
    ]);
  });

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
