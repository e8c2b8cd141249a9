// One page-split case per artefact: the same short list with a page break inside a paragraph and
// inside a sub-item, carrying one kind of artefact each. Every case must give the clean texts exactly.
import { describe, expect, it } from 'vitest';
import { parseLoiText } from '../../../shared/loi/parse';

const HEAD = ['Committee on the Rights of the Child', 'List of issues prior to submission of the fifth periodic report of Georgia', ' Part I'];
const P1 = ['1. Please provide information on the measures taken to ensure that the best interests of', 'the child are a primary consideration in all decisions concerning children.'];
const P2 = [
  '2. Please explain the measures taken to:',
  ' (a) Ensure that children deprived of a family environment are placed in family-based',
  'care rather than in institutions;',
  ' (b) Strengthen the juvenile justice system.',
];
const CLEAN_P1 = 'Please provide information on the measures taken to ensure that the best interests of the child are a primary consideration in all decisions concerning children.';
const CLEAN_2A = 'Ensure that children deprived of a family environment are placed in family-based care rather than in institutions;';

/** The list with `page` inserted after the first line of paragraph 1 and after the first line of item (a). */
function split(page: string[], lead = ''): string {
  return [...HEAD, P1[0], ...page, lead + P1[1], P2[0], P2[1], ...page, lead + P2[2], P2[3]].join('\n');
}

function expectClean(text: string) {
  const loi = parseLoiText(text);
  expect(loi.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  expect(loi.paragraphs[0].text).toBe(CLEAN_P1);
  expect(loi.paragraphs[1].subitems.map((s) => s.text)).toEqual([CLEAN_2A, 'Strengthen the juvenile justice system.']);
  return loi;
}

describe('page breaks inside a paragraph and inside a sub-item', () => {
  it('drop job numbers and barcodes', () => {
    expectClean(split(['GE.23-11842(E)', '*2311842*']));
    expectClean(split(['GE.23-11842  231123  271123']));
  });

  it('drop page numbers in their usual forms', () => {
    expectClean(split(['2']));
    expectClean(split(['- 3 -']));
    expectClean(split(['Page 4 of 9']));
  });

  it('drop running headers with the symbol, with or without the page number', () => {
    const loi = expectClean(split(['CRC/C/GEO/QPR/5-6', '2 GE.23-11842']));
    expect(loi.document.symbol).toBe('CRC/C/GEO/QPR/5-6');
    expectClean(split(['GE.23-11842 3', 'CRC/C/GEO/QPR/5-6 3']));
  });

  it('lift footnote bodies interleaved at the foot of each page', () => {
    const text = [...HEAD, P1[0].replace('best interests', 'best interests1'), '  ', ' 1 See CRC/C/GC/14, paras. 6–7.', 'GE.23-11842(E)', P1[1], P2[0],
      P2[1].replace('environment', 'environment2'), '  ', ' 2 General comment No. 21 (2017), on children in', 'street situations.', 'http://undocs.org/en/CRC/C/GC/21',
      P2[2], P2[3]].join('\n');
    const loi = expectClean(text);
    expect(loi.footnotes).toEqual([
      { marker: '1', text: 'See CRC/C/GC/14, paras. 6–7.', paragraph: '1' },
      { marker: '2', text: 'General comment No. 21 (2017), on children in street situations.', paragraph: '2' },
    ]);
    expect(loi.paragraphs[1].footnotes).toEqual(['2']);
  });

  it('drop URL lines, inside a footnote block and on their own', () => {
    expectClean(split(['http://undocs.org/en/CRC/C/GEO/CO/4']));
    expectClean(split(['www.ohchr.org/en/treaty-bodies/crc']));
  });

  it('mend words hyphenated at a page break, keeping true compounds', () => {
    const text = [...HEAD, P1[0], P1[1], '2. Please explain the measures taken to:', ' (a) Ensure that children deprived of a family environment are placed in family-',
      'GE.23-11842', 'based care rather than in institutions;', ' (b) Strengthen the juvenile justice system.'].join('\n');
    expectClean(text);
    const split2 = [...HEAD, '1. Please provide information on the measures taken to ensure that the best inter-', '2', 'ests of the child are a primary consideration in all decisions concerning children.',
      '2. Please explain the measures taken to:', P2[1], P2[2], P2[3], '3. Please describe the best interests assessment and how interests of the child are weighed.'].join('\n');
    expect(parseLoiText(split2).paragraphs[0].text).toBe(CLEAN_P1);
  });

  it('take numbering lines with odd leading spaces, tabs and no-break spaces', () => {
    const text = [...HEAD, `      ${P1[0]}`, P1[1], `\t${P2[0]}`, `\u00A0\u00A0\u00A0${P2[1]}`, P2[2], `        ${P2[3]}`].join('\n');
    expectClean(text);
  });

  it('keep a paragraph that continues with a new sentence on the next page', () => {
    const text = [...HEAD, P1[0], 'the child are a primary consideration in all decisions concerning children.', '2', 'Please also indicate how children are heard in such decisions.',
      P2[0], P2[1], P2[2], P2[3]].join('\n');
    const loi = parseLoiText(text);
    expect(loi.paragraphs[0].text).toBe(`${CLEAN_P1} Please also indicate how children are heard in such decisions.`);
  });
});

describe('citations the text marks itself', () => {
  it('read superscript digits and Word\'s bracketed notes', () => {
    const superscripts = [...HEAD, '1. Please describe the follow-up to the concluding observations¹ and the budget.', '2. Please describe the plan²', '¹ CRC/C/GEO/CO/4.', '² See para. 3.'].join('\n');
    const a = parseLoiText(superscripts);
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Please describe the follow-up to the concluding observations and the budget.', 'Please describe the plan']);
    expect(a.footnotes).toEqual([{ marker: '1', text: 'CRC/C/GEO/CO/4.', paragraph: '1' }, { marker: '2', text: 'See para. 3.', paragraph: '2' }]);
    const brackets = [...HEAD, '1.\tPlease describe the follow-up to the concluding observations[1] and the budget.', '2.\tPlease describe the plan.', '', '[1] CRC/C/GEO/CO/4, paras. 5', 'and 6.'].join('\n');
    const b = parseLoiText(brackets);
    expect(b.paragraphs[0].text).toBe('Please describe the follow-up to the concluding observations and the budget.');
    expect(b.paragraphs[1].text).toBe('Please describe the plan.');
    expect(b.footnotes).toEqual([{ marker: '1', text: 'CRC/C/GEO/CO/4, paras. 5 and 6.', paragraph: '1' }]);
  });

  it('read "Article premier" as article 1', () => {
    const loi = parseLoiText(['Liste de points à traiter avant la soumission du rapport initial du Tchad', '  Article premier', '1. Veuillez décrire le cadre juridique.'].join('\n'));
    expect(loi.paragraphs[0].articles).toEqual([1]);
  });
});

describe('a number at a line start near the end of the text', () => {
  it('stays text when the sentence before it is unfinished', () => {
    const loi = parseLoiText([...HEAD, '1. Please indicate whether unemployment fell by at least', '1 per cent a year.'].join('\n'));
    expect(loi.paragraphs[0].text).toBe('Please indicate whether unemployment fell by at least 1 per cent a year.');
    expect(loi.footnotes).toEqual([]);
  });
});
