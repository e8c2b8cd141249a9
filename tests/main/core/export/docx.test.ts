// The Word export opened as Word opens it: unzip, parse word/document.xml, footnotes.xml and
// numbering.xml, and check order, numbering, footnotes, tables and captions.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api/methods';
import { all, attr, numberingFormat, openDocx, paragraphs, textOf } from './docx-xml';
import { regionTable, richCore } from './fixture';

async function exportDocx(api: Api, arg: Parameters<Api['report.export']>[0]) {
  const r = await api['report.export'](arg);
  if (!r.ok) throw new Error(r.error);
  return { file: r.value, docx: await openDocx(Buffer.from(r.value.base64, 'base64')) };
}

describe('the .docx report', () => {
  it('follows the list of issues: a reply heading for each of the 35 paragraphs, in order, under the list’s headings', async () => {
    const { api } = await richCore();
    const { file, docx } = await exportDocx(api, { format: 'docx', draft: true });
    expect(file.fileName).toBe('CMW_C_KGZ_QPR_2-report-draft.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const paras = paragraphs(docx.document);
    const replies = paras.filter((p) => p.style === 'Heading5').map((p) => p.text);
    expect(replies).toEqual(Array.from({ length: 35 }, (_, i) => `Reply to paragraph ${i + 1} of the list of issues`));
    const headings = paras.filter((p) => /^Heading[1-4]$/.test(p.style ?? '')).map((p) => p.text);
    expect(headings.slice(0, 4)).toEqual(['Section I', 'A. General information', 'B. Information requested, by article of the Convention', '1. General principles']);
    expect(headings).toContain('Article 7');
    expect(headings.indexOf('Section II')).toBeLessThan(headings.indexOf('Section III'));
    // Sub-item headings sit under their paragraph's reply heading.
    const at = (t: string) => paras.findIndex((p) => p.text === t);
    const sub = paras.filter((p) => p.style === 'Heading6').map((p) => p.text);
    expect(sub.slice(0, 3)).toEqual(['(a)', '(b)', '(c)']);
    expect(at('Reply to paragraph 1 of the list of issues')).toBeLessThan(paras.findIndex((p) => p.style === 'Heading6'));
  });

  it('numbers the reply paragraphs 1, 2, 3… continuously with one Word numbering, lists and quotes unnumbered', async () => {
    const { api } = await richCore();
    const { docx } = await exportDocx(api, { format: 'docx', draft: true });
    const replyText = paragraphs(docx.document).filter((p) => p.style === 'ReplyText');
    const numbered = replyText.filter((p) => p.numId !== null);
    const numId = numbered[0].numId!;
    const main = numbered.filter((p) => p.numId === numId);
    expect(main.map((p) => p.text)).toEqual([
      'The Law on External Labour Migration of 2006 was amended in 2021 to define a labour migrant.',
      'Amendments protecting workers in an irregular situation were adopted in 2022.',
      'The State party has concluded agreements with:',
      'Labour migration flows are recorded by the State Migration Service.',
      'Data are published at stat.gov.kg.',
      'Remittances fell by 11 per cent in 2023.',
    ]);
    expect(numberingFormat(docx.numbering!, numId)).toEqual({ format: 'decimal', text: '%1.' });
    const bullets = replyText.filter((p) => p.text === 'registration abroad;' || p.text === 'pre-departure training.');
    expect(new Set(bullets.map((p) => p.numId)).size).toBe(1);
    expect(numberingFormat(docx.numbering!, bullets[0].numId!).format).toBe('bullet');
    const lettered = replyText.find((p) => p.text === 'the Russian Federation;')!;
    expect(numberingFormat(docx.numbering!, lettered.numId!)).toEqual({ format: 'lowerLetter', text: '(%1)' });
    expect(paragraphs(docx.document).find((p) => p.style === 'ReplyQuote')?.text).toBe('“Every migrant worker shall have the right to leave any State.”');
  });

  it('keeps marks and links, and makes inline footnotes real Word footnotes in reading order', async () => {
    const { api } = await richCore();
    const { docx } = await exportDocx(api, { format: 'docx', draft: true });
    const refs = all(docx.document, 'footnoteReference').map((f) => attr(f, 'id'));
    expect(refs).toEqual(['1', '2']);
    const notes = all(docx.footnotes!, 'footnote').filter((f) => Number(attr(f, 'id')) > 0);
    expect(notes.map((f) => [attr(f, 'id'), textOf(f).trim()])).toEqual([
      ['1', 'Resolution No. 123 of 12 May 2021.'],
      ['2', 'National Statistical Committee, 2024.'],
    ]);
    const bold = all(docx.document, 'r').find((r) => textOf(r) === 'State Migration Service')!;
    expect(all(bold, 'b')).toHaveLength(1);
    const italic = all(docx.document, 'r').find((r) => textOf(r) === 'labour migrant')!;
    expect(all(italic, 'i')).toHaveLength(1);
    const link = all(docx.document, 'hyperlink')[0];
    expect(textOf(link)).toBe('stat.gov.kg');
  });

  it('sets data tables as Word tables with a numbered caption, spanning headers, source, notes and the symbols legend', async () => {
    const { api } = await richCore();
    const { docx } = await exportDocx(api, { format: 'docx', draft: true });
    const tables = all(docx.document, 'tbl');
    expect(tables).toHaveLength(2);
    const captions = paragraphs(docx.document).filter((p) => p.style === 'Caption');
    expect(captions.map((c) => c.text)).toEqual(['Table 1', 'Table 2']);
    const seq = all(docx.document, 'fldSimple').map((f) => [attr(f, 'instr'), textOf(f)]);
    expect(seq).toEqual([
      ['SEQ Table \\* ARABIC', '1'],
      ['SEQ Table \\* ARABIC', '2'],
    ]);
    const first = tables[0];
    const rows = all(first, 'tr');
    const headerCells = all(rows[0], 'tc');
    expect(headerCells.map((c) => [textOf(c), attr(all(c, 'gridSpan')[0], 'val')])).toEqual([
      ['Country', null],
      ['Women', '2'],
      ['Men', '2'],
      ['Total', null],
    ]);
    expect(attr(all(headerCells[0], 'vMerge')[0], 'val')).toBe('restart');
    expect(all(rows[0], 'tblHeader')).toHaveLength(1);
    expect(rows.map((r) => all(r, 'tc').map(textOf).join('|'))).toEqual([
      'Country|Women|Men|Total',
      '|15–24|25+|15–24|25+|',
      '2023',
      'Russian Federation|41|120|63|402|626',
      'Kazakhstan|6|18|..|51|75',
      'Türkiye|-|n/a|3|9|12',
      'Total|47|138|66|462|713',
    ]);
    expect(all(rows[6], 'b').length).toBeGreaterThan(0);
    const text = paragraphs(docx.document).map((p) => p.text);
    const after = text.slice(text.indexOf('Source: State Migration Service under the Ministry of Labour.'));
    expect(after.slice(0, 5)).toEqual([
      'Source: State Migration Service under the Ministry of Labour.',
      'Note: Figures for 2023 are preliminary.',
      'Includes seasonal workers.',
      'Symbols: “..” data not available; “-” magnitude nil or negligible; “n/a” not applicable.',
      '',
    ]);
    expect(text).toContain('Labour migrants registered abroad, by sex and age');
    expect(text).toContain('(2021–2023; thousands of persons)');
  });

  it('prints every figure of a group row, and only the caption of a group row that holds nothing else, in both layouts', async () => {
    const { api } = await richCore();
    const saved = await api['answer.save']({ ref: '7', content: [regionTable] });
    expect(saved.ok).toBe(true);
    for (const layout of ['report', 'review'] as const) {
      const { docx } = await exportDocx(api, { format: 'docx', layout, draft: true });
      const table = all(docx.document, 'tbl').find((t) => textOf(t).includes('Tokmok'))!;
      const rows = all(table, 'tr');
      expect(rows.map((r) => all(r, 'tc').map(textOf).join('|'))).toEqual(['Region|Men|Women', 'Chui', 'Tokmok|12|9', 'Osh|1111|..', 'Uzgen|3333|4444']);
      expect(attr(all(rows[1], 'gridSpan')[0], 'val')).toBe('3');
      // The row with figures is still set as a group row: italic, figures aligned right.
      expect(all(rows[3], 'i').length).toBe(3);
      expect(attr(all(all(rows[3], 'tc')[1], 'jc')[0], 'val')).toBe('right');
      // Its ".." gets the legend, as the migration table's marks do.
      const legends = paragraphs(docx.document).filter((p) => p.text.startsWith('Symbols: “..” data not available'));
      expect(legends).toHaveLength(2);
    }
  });

  it('moves tables to a statistical annex with cross-references that link to them', async () => {
    const { api } = await richCore();
    const saved = await api['report.saveSettings']({ title: 'Second periodic report', dueYear: 2023, submittedYear: null, language: 'en', statisticalAnnex: true });
    expect(saved.ok).toBe(true);
    const { docx } = await exportDocx(api, { format: 'docx', draft: true });
    const paras = paragraphs(docx.document);
    const annexAt = paras.findIndex((p) => p.style === 'Heading1' && p.text === 'Annex');
    expect(annexAt).toBeGreaterThan(0);
    const body = docx.document.getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'body')[0];
    const order = Array.from(body.childNodes).filter((n) => (n as Element).localName === 'tbl' || (n as Element).localName === 'p');
    const firstTable = order.findIndex((n) => (n as Element).localName === 'tbl');
    expect(firstTable).toBeGreaterThan(order.indexOf(paras[annexAt].el));
    const links = all(docx.document, 'hyperlink').filter((h) => attr(h, 'anchor'));
    expect(links.map((h) => [attr(h, 'anchor'), textOf(h)])).toEqual([
      ['Table1', 'See annex, table 1: Labour migrants registered abroad, by sex and age.'],
      ['Table2', 'See annex, table 2: Remittances received.'],
    ]);
    expect(all(docx.document, 'bookmarkStart').map((b) => attr(b, 'name'))).toEqual(['Table1', 'Table2']);
    expect(paras.map((p) => p.text)).toContain('Reply to paragraph 33 (f) of the list of issues.');
    expect(paras.find((p) => p.style === 'ReportTitle')?.text).toBe('Second periodic report, due in 2023');
  });

  it('prints the word count the app shows at the end of the replies', async () => {
    const { api } = await richCore();
    const status = await api['status.get']({});
    const outline = await api['outline.get']({});
    if (!status.ok || !outline.ok) throw new Error('status');
    expect(status.value.words.total).toBe(outline.value.budget.total);
    const { docx } = await exportDocx(api, { format: 'docx', draft: true });
    const wc = paragraphs(docx.document).filter((p) => p.style === 'WordCount');
    expect(wc.map((p) => p.text)).toEqual([`Word count: ${status.value.words.total}`]);
    expect(status.value.words.total).toBeGreaterThan(50);
  });

  it('marks a draft on its title page and in the page header, with what is missing', async () => {
    const { api } = await richCore();
    const { docx } = await exportDocx(api, { format: 'docx', draft: true });
    expect(docx.header).toContain('Draft — not for submission');
    const text = paragraphs(docx.document).map((p) => p.text);
    // Paragraphs 2–4, 6–32, 34, 35 and the seven sub-items of paragraph 33 other than (f).
    expect(text).toContain('Paragraphs or sub-items without a reply: 39');
    expect(text).toContain('Replies not yet approved: 5');
    expect(text.filter((t) => t === '[No reply yet]').length).toBe(39);
  });

  it('writes the review copy: each question of the list followed by its reply and status', async () => {
    const { api } = await richCore();
    const { file, docx } = await exportDocx(api, { format: 'docx', layout: 'review' });
    expect(file.fileName).toBe('CMW_C_KGZ_QPR_2-review.docx');
    expect(file.draft).toBe(false);
    const paras = paragraphs(docx.document);
    const i = paras.findIndex((p) => p.text === 'Paragraph 5 of the list of issues');
    expect(paras[i + 1].style).toBe('Question');
    expect(paras[i + 1].text).toMatch(/^Please provide qualitative and quantitative information and statistics on labour migration flows/);
    expect(paras[i + 2].text).toBe('Status: drafting');
    expect(paras[i + 3].text).toBe('Labour migration flows are recorded by the State Migration Service.');
    expect(paras.filter((p) => p.style === 'Question')).toHaveLength(35 + 83);
  });
});
