// Every format a list of issues arrives in, generated here the way UN documents are set, and the
// garbage that must be refused with a one-line reason.
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readLoiBytes } from '../../../../main/core/import/read-loi';
import { countSubitems } from '../../../../shared/loi/parse';
import { UserError } from '../../../../shared/result';
import type { ParsedLoi } from '../../../../shared/loi/types';
import { entry, withInner } from '../zip-craft';
import { makeDocx } from './make-docx';
import { makePdf } from './make-pdf';

const subitems = (loi: ParsedLoi) => loi.paragraphs.reduce((n, p) => n + countSubitems(p), 0);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('a PDF list of issues (CRPD, English)', async () => {
  const pdf = await makePdf([
    {
      body: [
        'United Nations                                         CRPD/C/NZL/QPR/4',
        'Committee on the Rights of Persons with Disabilities',
        'List of issues prior to submission of the combined fourth and fifth',
        'periodic reports of New Zealand^*',
        'A. Purpose and general obligations (arts. 1–4)',
        '1. Please provide information on the measures taken to repeal legislation that',
        'permits substituted decision-making, in line with the Committee’s previous',
        'recommendations.^1 Please also provide information on:',
        '   (a) The review of the Mental Health (Compulsory Assessment and Treatment)',
        'Act 1992;',
        '   (b) The participation of organizations of persons with disabilities in that review.',
        'B. Specific rights (arts. 5–30)',
        '2. Please indicate the steps taken to ensure the accessibility of public trans-',
      ],
      notes: ['* Adopted by the pre-sessional working group at its nineteenth session (21–25 August 2023).', '1 CRPD/C/NZL/CO/2-3, para. 8.'],
      foot: ['GE.23-16845(E)'],
    },
    {
      head: 'CRPD/C/NZL/QPR/4',
      body: [
        'port, including:',
        '   (a) Buses and trains in rural areas;',
        '   (b) Information and communication technologies, including:',
        '      (i) Public websites;',
        '      (ii) Emergency services.',
        '3. Please provide information on the measures taken to improve the accessibility of',
        'transport services for persons with disabilities.',
      ],
      foot: ['2', 'GE.23-16845'],
    },
  ]);
  const { format, loi, text } = await readLoiBytes(pdf, 'list.pdf');

  it('is read from its content, with exact counts', () => {
    expect(format).toBe('pdf');
    expect(loi.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(subitems(loi)).toBe(6);
    expect(loi.paragraphs[1].subitems[1].subitems.map((s) => s.text)).toEqual(['Public websites;', 'Emergency services.']);
    expect(loi.warnings).toEqual([]);
  });

  it('takes raised numbers as citations and small type as footnotes', () => {
    expect(loi.footnotes).toEqual([
      { marker: '*', text: 'Adopted by the pre-sessional working group at its nineteenth session (21–25 August 2023).', paragraph: null },
      { marker: '1', text: 'CRPD/C/NZL/CO/2-3, para. 8.', paragraph: '1' },
    ]);
    expect(loi.paragraphs[0].text).toBe(
      'Please provide information on the measures taken to repeal legislation that permits substituted decision-making, in line with the Committee’s previous recommendations. Please also provide information on:',
    );
    expect(loi.document).toMatchObject({ symbol: 'CRPD/C/NZL/QPR/4', committee: 'CRPD', stateParty: 'New Zealand', adoption: { session: 19 } });
  });

  it('mends a word broken across the page and keeps headings with their articles', () => {
    expect(loi.paragraphs[1].text).toBe('Please indicate the steps taken to ensure the accessibility of public transport, including:');
    expect(loi.paragraphs[1].articles).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    // The extracted text marks the citation explicitly; no question text keeps a marker or a page artefact.
    expect(text).toContain('recommendations.\uE0021\uE003 Please');
    for (const p of loi.paragraphs) expect(p.text).not.toMatch(/GE\.23|CRPD\/C\/NZL\/QPR|[\uE000-\uE004]/);
  });
});

describe('a Word list of issues (Russian, Word numbering and footnotes)', async () => {
  const docx = await makeDocx(
    'CCPR/C/UZB/QPR/6',
    ['Комитет по правам человека', 'Перечень вопросов, предваряющий представление шестого периодического доклада Узбекистана'],
    [
      { kind: 'heading', text: 'A. Общая информация' },
      { kind: 'para', text: '1.\tПросьба представить информацию о значительных изменениях в правовой и институциональной основе.', note: 1 },
      { kind: 'heading', text: 'B. Конкретная информация об осуществлении статей 1–27 Пакта' },
      { kind: 'heading', text: 'Недискриминация (статьи 2, 3 и 26)' },
      { kind: 'para', text: '2.\tПросьба указать:' },
      { kind: 'item', text: 'меры по принятию всеобъемлющего антидискриминационного законодательства;', level: 0, list: 1 },
      { kind: 'item', text: 'случаи дискриминации, в том числе:', level: 0, list: 1 },
      { kind: 'item', text: 'по признаку инвалидности;', level: 1, list: 1 },
      { kind: 'item', text: 'по признаку сексуальной ориентации.', level: 1, list: 1 },
      { kind: 'para', text: '3.\tПросьба представить информацию о мерах по борьбе с насилием в семье.' },
    ],
    { 1: 'CCPR/C/UZB/CO/5, пункт 5.' },
  );
  const { format, loi } = await readLoiBytes(docx, 'uzb.docx');

  it('is read through mammoth with exact counts', () => {
    expect(format).toBe('docx');
    expect(loi.paragraphs).toHaveLength(3);
    expect(subitems(loi)).toBe(4);
    expect(loi.paragraphs[1].subitems.map((s) => s.label)).toEqual(['a', 'b']);
    expect(loi.paragraphs[1].subitems[1].subitems.map((s) => [s.label, s.text])).toEqual([['i', 'по признаку инвалидности;'], ['ii', 'по признаку сексуальной ориентации.']]);
    expect(loi.warnings).toEqual([]);
  });

  it('attaches Word footnotes and reads metadata and articles', () => {
    expect(loi.footnotes).toEqual([{ marker: '1', text: 'CCPR/C/UZB/CO/5, пункт 5.', paragraph: '1' }]);
    expect(loi.paragraphs[0].text).toBe('Просьба представить информацию о значительных изменениях в правовой и институциональной основе.');
    expect(loi.paragraphs[1].articles).toEqual([2, 3, 26]);
    expect(loi.document).toMatchObject({ committee: 'CCPR', language: 'ru' });
  });
});

describe('a Word list set as the UN sets it (cover table, typed numbers and items, an uncited asterisk)', async () => {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  const bold = (t: string) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] });
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('CEDAW/C/KGZ/CO/5, para. 10.')] } },
    sections: [{ children: [
      new Table({ rows: [new TableRow({ children: [cell('United Nations'), cell('CEDAW/C/KGZ/QPR/6')] }), new TableRow({ children: [cell('Convention on the Elimination of All Forms of Discrimination against Women'), cell('Distr.: General')] })] }),
      new Paragraph('Committee on the Elimination of Discrimination against Women'),
      bold('List of issues and questions prior to the submission of the sixth periodic report of Kyrgyzstan*'),
      bold('Women’s rights and gender equality in relation to the pandemic and recovery efforts'),
      new Paragraph({ children: [new TextRun('1.\tPlease provide information on measures taken to address the impact of the pandemic on women.'), new FootnoteReferenceRun(1), new TextRun(' Please also indicate:')] }),
      new Paragraph('\t(a)\tThe participation of women in recovery planning;'),
      new Paragraph('\t(b)\tSupport for women in the informal sector.'),
      bold('Legislative framework and definition of discrimination against women (arts. 1 and 2)'),
      new Paragraph('2.\tPlease indicate the status of the draft law on gender equality.'),
    ] }],
  });
  const { loi } = await readLoiBytes(new Uint8Array(await Packer.toBuffer(doc)), 'kgz.docx');

  it('keeps the cover out of the questions and the title apart from the first heading', () => {
    expect(loi.document).toMatchObject({
      symbol: 'CEDAW/C/KGZ/QPR/6', committee: 'CEDAW', stateParty: 'Kyrgyzstan', report: { kind: 'periodic', numbers: [6] },
      title: 'List of issues and questions prior to the submission of the sixth periodic report of Kyrgyzstan',
    });
    expect(loi.paragraphs.map((p) => [p.number, p.headings.map((h) => h.title), p.subitems.length])).toEqual([
      ['1', ['Women’s rights and gender equality in relation to the pandemic and recovery efforts'], 2],
      ['2', ['Legislative framework and definition of discrimination against women (arts. 1 and 2)'], 0],
    ]);
    expect(loi.paragraphs[0].text).toBe('Please provide information on measures taken to address the impact of the pandemic on women. Please also indicate:');
    expect(loi.footnotes).toEqual([{ marker: '1', text: 'CEDAW/C/KGZ/CO/5, para. 10.', paragraph: '1' }]);
    expect(loi.warnings).toEqual([]);
  });
});

describe('an HTML list of issues and text in other encodings', () => {
  const html = `<!DOCTYPE html><html><head><title>CAT/C/KAZ/QPR/4</title><style>p{}</style></head><body>
    <p>CAT/C/KAZ/QPR/4</p><h1>Committee against Torture</h1>
    <h2>List of issues prior to submission of the fourth periodic report of Kazakhstan</h2>
    <h3>Articles 1 and 4</h3>
    <p>1. Please indicate whether the definition of torture has been amended.<sup><a href="#_ftn1" name="_ftnref1">[1]</a></sup></p>
    <h3>Article 2</h3>
    <p>2. Please provide information on:</p>
    <ol type="a"><li>Access to a lawyer;</li><li>Medical examinations &amp; their records.</li></ol>
    <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> CAT/C/KAZ/CO/3, para. 7.</p></div>
  </body></html>`;

  it('reads blocks, list letters, entities and web footnotes', async () => {
    const { format, loi } = await readLoiBytes(bytes(html), 'kaz.htm');
    expect(format).toBe('html');
    expect(loi.paragraphs[1].subitems.map((s) => `(${s.label}) ${s.text}`)).toEqual(['(a) Access to a lawyer;', '(b) Medical examinations & their records.']);
    expect(loi.footnotes).toEqual([{ marker: '1', text: 'CAT/C/KAZ/CO/3, para. 7.', paragraph: '1' }]);
    expect(loi.paragraphs[0].articles).toEqual([1, 4]);
  });

  it('reads UTF-16 and windows-1251 text', async () => {
    const text = 'Перечень вопросов до представления доклада Армении\n1. Просьба представить информацию о мерах.\n2. Просьба указать сроки.';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect((await readLoiBytes(utf16, 'a.txt')).loi.paragraphs[1].text).toBe('Просьба указать сроки.');
    const cp1251 = new Uint8Array([...text].map((c) => (c.charCodeAt(0) >= 0x410 ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
    expect((await readLoiBytes(cp1251, 'b.txt')).loi.paragraphs[0].text).toBe('Просьба представить информацию о мерах.');
  });
});

describe('garbage is refused with a one-line reason', () => {
  const refuse = async (data: Uint8Array, name: string, message: RegExp) => {
    const error = await readLoiBytes(data, name).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  };

  it('an empty file', () => refuse(new Uint8Array(), 'empty.txt', /^empty\.txt is empty\.$/));

  it('a 50 MB file, before anything reads it', () => refuse(new Uint8Array(50 * 1024 * 1024).fill(0x41), 'huge.txt', /^huge\.txt is 50\.0 MB; a list of issues is never larger than 20 MB\.$/));

  it('a binary file', () => refuse(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'image.bin', /is not a text, Word \(\.docx\), PDF or HTML file/));

  it('a PDF without a list of issues, and one without text', async () => {
    const invoice = await PDFDocument.create();
    const font = await invoice.embedFont(StandardFonts.Helvetica);
    invoice.addPage().drawText('Invoice 2024-118: three chairs, delivered on 3 May.', { x: 50, y: 700, size: 12, font });
    await refuse(await invoice.save(), 'invoice.pdf', /^invoice\.pdf: No numbered paragraphs were found/);
    const blank = await PDFDocument.create();
    blank.addPage();
    await refuse(await blank.save(), 'scan.pdf', /^scan\.pdf has no text layer/);
    await refuse(bytes('%PDF-1.7\n this is not really a pdf'), 'broken.pdf', /^broken\.pdf could not be read as a PDF/);
  });

  it('HTML nested deeper than any list of issues, as a user error and not a stack overflow', async () => {
    const nested = (open: string, close: string, n: number, inner: string) => `<html><body>${open.repeat(n)}${inner}${close.repeat(n)}</body></html>`;
    const deep = nested('<div>', '</div>', 20_000, '<p>1. Please provide information.</p>');
    const error = await readLoiBytes(bytes(deep), 'deep.html').then(() => null, (e: Error) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toBe('deep.html: Its elements nest more than 200 levels deep, which no list of issues does: save it as text and import that.');
    await refuse(bytes(nested('<ol><li>', '</li></ol>', 3000, 'x')), 'deepol.html', /^deepol\.html: Its elements nest more than 200 levels deep/);
    // A generous limit: a real list wrapped 150 levels deep still reads.
    const list = ['<p>CAT/C/KAZ/QPR/4</p><p>List of issues prior to the submission of the fourth periodic report of Kazakhstan</p>',
      '<p>1. Please provide information on the legal framework.</p>', '<p>2. Please provide information on the registers of detainees.</p>',
      '<p>3. Please describe the complaints mechanism.</p>'].join('');
    const { loi } = await readLoiBytes(bytes(nested('<div>', '</div>', 150, list)), 'wrapped.html');
    expect(loi.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
  });

  it('a Word file that unzips to far more than a list of issues, before mammoth unpacks it', async () => {
    const word = (body: Uint8Array, media?: Uint8Array) =>
      zipSync({ 'word/document.xml': body, ...(media ? { 'word/media/image1.png': media } : {}) }, { level: 9 });
    const body = (spaces: number) => bytes(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${' '.repeat(spaces)}</w:t></w:r></w:p></w:body></w:document>`);
    await refuse(word(body(6 * 1024 * 1024)), 'bomb.docx', /^bomb\.docx unzips to 6 MB of Word markup; a list of issues has no more than 4 MB\.$/);
    await refuse(word(body(10), new Uint8Array(41 * 1024 * 1024)), 'pictures.docx', /^pictures\.docx unzips to 41 MB; a Word list of issues unzips to no more than 40 MB\.$/);
    const zip = word(body(10));
    await refuse(zip.subarray(0, zip.length - 20), 'cut.docx', /^cut\.docx could not be read as a Word document \(its zip package is damaged\)\.$/);

    // A second body the end record does not count, inside a picture's data: mammoth reads it, not the first.
    const hidden = withInner([entry('word/document.xml', body(10))], 'word/media/image1.png', entry('word/document.xml', body(6 * 1024 * 1024)), false);
    await refuse(hidden, 'hidden.docx', /^hidden\.docx unzips to 6 MB of Word markup; a list of issues has no more than 4 MB\.$/);
  });

  it('a ZIP that is not Word, an old .doc, and a text with too few numbered lines', async () => {
    await refuse(zipSync({ 'content.xml': bytes('<x/>') }), 'sheet.ods', /is a ZIP archive but not a Word document/);
    await refuse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.doc', /old Word 97–2003 file/);
    await refuse(bytes('Shopping\n1. Milk\n2. Bread'), 'notes.txt', /^notes\.txt: Only 2 numbered paragraph\(s\) and no UN symbol/);
  });
});
