// The seed list of issues (CMW/C/KGZ/QPR/2) parses exactly: counts, hierarchy, footnotes, limits,
// and no page artefact in any question text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSubitems, parseLoiText } from '../../../shared/loi/parse';
import type { SubItem } from '../../../shared/loi/types';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'CMW_C_KGZ_QPR_2.txt'), 'utf8');
const loi = parseLoiText(seed, { fileName: 'CMW_C_KGZ_QPR_2.txt' });
const flat = (items: SubItem[]): SubItem[] => items.flatMap((i) => [i, ...flat(i.subitems)]);
const allTexts = loi.paragraphs.flatMap((p) => [p.text, ...flat(p.subitems).map((s) => s.text)]);
const para = (n: number) => loi.paragraphs[n - 1];

describe('seed list of issues', () => {
  it('has 35 numbered paragraphs in order and 83 lettered sub-items', () => {
    expect(loi.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 1)));
    expect(loi.paragraphs.reduce((n, p) => n + countSubitems(p), 0)).toBe(83);
    expect(para(30).subitems.map((s) => s.label).join('')).toBe('abcdefghij');
    expect(loi.warnings).toEqual([]);
  });

  it('reads the document metadata', () => {
    expect(loi.document).toMatchObject({
      symbol: 'CMW/C/KGZ/QPR/2',
      committee: 'CMW',
      stateParty: 'Kyrgyzstan',
      language: 'en',
      title: 'List of issues prior to submission of the second periodic report of Kyrgyzstan',
      note: 'Adopted by the Committee at its thirty-fourth session (28 March–8 April 2022).',
    });
  });

  it('keeps page artefacts, URLs and footnote bodies out of every question text', () => {
    for (const t of allTexts) {
      expect(t).not.toMatch(/GE\.22-06509/);
      expect(t).not.toMatch(/https?:\/\//);
      expect(t).not.toMatch(/Adopted by the Committee/);
      expect(t).not.toMatch(/HRI\/GEN/);
      expect(t).not.toMatch(/\s{2,}|^\s|\s$/);
    }
    expect(para(4).subitems[1].text).toBe(
      'Ratifying the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143) of the International Labour Organization (ILO), the ILO Private Employment Agencies Convention, 1997 (No. 181) and the ILO Domestic Workers Convention, 2011 (No. 189);',
    );
    expect(para(8).text).toContain('issued by the Committee and the Special Rapporteur on the human rights of migrants');
  });

  it('attaches the three numbered footnotes to the paragraphs that cite them, and removes the markers', () => {
    expect(loi.footnotes.map((f) => [f.marker, f.paragraph])).toEqual([
      ['*', null],
      ['1', '7'],
      ['2', '13'],
      ['3', '35'],
    ]);
    expect(para(7).subitems[1].text).toContain("previous concluding observations and their outcome");
    expect(para(13).text).toMatch(/^With reference to the Committee’s previous recommendations \(para\. 23\), please provide/);
    expect(para(35).text).toContain('harmonized guidelines on reporting. In accordance');
    expect(para(16).text).toContain('access to information in a language they understand');
  });

  it('builds the heading chain with sections, headings and article groups', () => {
    expect(para(1).headings.map((h) => h.title)).toEqual(['', 'General information']);
    expect(para(7).headings.map((h) => `${h.label}|${h.title}`)).toEqual([
      'I|', 'B|Information requested, by article of the Convention', '1|General principles',
    ]);
    expect(para(25).articles).toEqual([49, 51, 52, 53, 54]);
    expect(para(11).articles).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(para(23).articles).toEqual([44, 50]);
    expect(para(32).headings[0]).toMatchObject({ kind: 'section', label: 'II' });
    expect(para(33).headings.map((h) => h.title)).toEqual(['', 'Data, official estimates, statistics and other information']);
  });

  it('joins words hyphenated across lines and keeps real hyphens', () => {
    expect(para(2).subitems[0].text).toContain('specific time-bound and measurable goals');
    expect(para(10).text).toContain('discrimination, ill-treatment and violence');
  });

  it('stores the stated limits on what they govern', () => {
    expect(loi.limits).toEqual([
      { unit: 'pages', value: 3, scope: { kind: 'section', label: 'II' }, source: 'not to exceed three pages' },
      { unit: 'words', value: 42400, scope: { kind: 'paragraph', number: '35' }, source: 'not exceed 42,400 words' },
    ]);
  });

  it('keeps references to other UN documents and earlier paragraphs', () => {
    expect(para(13).references).toEqual(['para. 23', 'CMW/C/KGZ/CO/1']);
    expect(para(35).references).toEqual(['HRI/GEN/2/Rev.6']);
  });
});
