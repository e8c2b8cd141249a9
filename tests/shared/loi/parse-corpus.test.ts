// Lists of issues from other committees and languages, in the layout text extraction gives UN
// documents: exact counts, hierarchy, footnotes, limits and spot-checked texts for each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSubitems, parseLoiText } from '../../../shared/loi/parse';
import type { ParsedLoi, SubItem } from '../../../shared/loi/types';

const fixture = (name: string) => parseLoiText(readFileSync(join(__dirname, '..', '..', 'fixtures', 'loi', name), 'utf8'), { fileName: name });
const flat = (items: SubItem[]): SubItem[] => items.flatMap((i) => [i, ...flat(i.subitems)]);
const texts = (loi: ParsedLoi) => loi.paragraphs.flatMap((p) => [p.text, ...flat(p.subitems).map((s) => s.text)]);
const total = (loi: ParsedLoi) => loi.paragraphs.reduce((n, p) => n + countSubitems(p), 0);
const chain = (loi: ParsedLoi, n: number) => loi.paragraphs[n - 1].headings.map((h) => `${h.label}|${h.title}`);

/** No page artefact, footnote body, URL or marker residue in any question text. */
function expectClean(loi: ParsedLoi, artefacts: RegExp[]) {
  for (const t of texts(loi)) {
    for (const a of artefacts) expect(t).not.toMatch(a);
    expect(t).not.toMatch(/https?:\/\/|[\uE000-\uE004]|\s{2,}|^\s|\s$/);
  }
}

describe('CEDAW list in English (unnumbered headings with articles, footnotes across pages)', () => {
  const loi = fixture('cedaw-mng-en.txt');

  it('has 9 paragraphs and 5 sub-items, without warnings', () => {
    expect(loi.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(total(loi)).toBe(5);
    expect(loi.paragraphs[5].subitems.map((s) => s.label)).toEqual(['a', 'b', 'c']);
    expect(loi.warnings).toEqual([]);
  });

  it('reads the metadata and the adoption note', () => {
    expect(loi.document).toMatchObject({
      symbol: 'CEDAW/C/MNG/QPR/10', committee: 'CEDAW', stateParty: 'Mongolia', language: 'en',
      title: 'List of issues and questions prior to the submission of the tenth periodic report of Mongolia',
      adoption: { session: 85, dates: '13–17 March 2023' }, report: { kind: 'periodic', numbers: [10] },
    });
  });

  it('joins wrapped headings and reads their articles', () => {
    expect(chain(loi, 1)).toEqual(['|General']);
    expect(chain(loi, 2)).toEqual(['|Legislative framework and definition of discrimination against women (arts. 1 and 2)']);
    expect(loi.paragraphs[1].articles).toEqual([1, 2]);
    expect(chain(loi, 7)).toEqual(['|Participation in political and public life (arts. 7 and 8)']);
    expect(loi.paragraphs[8].articles).toEqual([11]);
  });

  it('attaches footnotes to the citing paragraph, not to "article 1" nearer the footnote', () => {
    expect(loi.footnotes.map((f) => [f.marker, f.paragraph])).toEqual([['1', '1'], ['*', null], ['2', '6']]);
    expect(loi.footnotes[2].text).toBe('See A/HRC/50/26, paras. 12–15.');
    expect(loi.paragraphs[0].text).toBe(
      'Please provide information on the measures taken to implement the Committee’s previous concluding observations, including on the institutional framework for their follow-up.',
    );
    expect(loi.paragraphs[1].text).toContain('in line with article 1 of the Convention.');
  });

  it('mends a word hyphenated across a page break and keeps no page artefact', () => {
    expect(loi.paragraphs[3].text).toBe(
      'Please provide information on the mandate and the human, technical and financial resources of the National Committee on Gender Equality.',
    );
    expect(loi.paragraphs[5].text).toContain('gender-based violence');
    expectClean(loi, [/GE\.23/, /CEDAW\/C\/MNG\/QPR/, /Adopted by/, /A\/HRC\/50\/26/, /\*/]);
  });

  it('stores the word limit on the document', () => {
    expect(loi.limits).toEqual([{ unit: 'words', value: 21200, scope: { kind: 'document' }, source: 'not exceed 21,200 words' }]);
  });
});

describe('CMW list in French (a) items, "Articles 1er et 7", sub-item split across pages)', () => {
  const loi = fixture('cmw-sen-fr.txt');

  it('has 8 paragraphs and 7 sub-items', () => {
    expect(loi.paragraphs).toHaveLength(8);
    expect(total(loi)).toBe(7);
    expect(loi.warnings).toEqual([]);
  });

  it('reads French metadata', () => {
    expect(loi.document).toMatchObject({
      symbol: 'CMW/C/SEN/QPR/3', committee: 'CMW', stateParty: 'Sénégal', language: 'fr',
      adoption: { session: 35, dates: '6-17 mars 2023' }, report: { kind: 'periodic', numbers: [3] },
    });
  });

  it('builds sections, lettered and numbered headings and French article groups', () => {
    expect(chain(loi, 3)).toEqual(['I|', 'B|Renseignements concernant chacun des articles de la Convention', '1|Principes généraux', '|Articles 1er et 7']);
    expect(loi.paragraphs[2].articles).toEqual([1, 7]);
    expect(loi.paragraphs[3].articles).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(chain(loi, 7)).toEqual(['III|', '|Données, estimations officielles, statistiques et autres informations']);
  });

  it('keeps French spacing and the sub-item that continues after the page footer', () => {
    expect(loi.paragraphs[0].text).toBe('Veuillez fournir des renseignements à jour sur le cadre juridique interne relatif à la Convention, notamment sur :');
    expect(loi.paragraphs[3].subitems[1]).toEqual({
      label: 'b', text: 'Garantir l’accès des enfants migrants à l’éducation, quel que soit leur statut migratoire ;', subitems: [],
    });
    expectClean(loi, [/GE\.22/, /CMW\/C\/SEN/, /Adoptée/]);
  });

  it('scopes the page limit to Section II', () => {
    expect(loi.limits).toEqual([{ unit: 'pages', value: 3, scope: { kind: 'section', label: 'II' }, source: 'ne devant pas dépasser trois pages' }]);
  });
});

describe('CMW list in Russian (Cyrillic heading letters, а) б) в) items, nested i) items)', () => {
  const loi = fixture('cmw-tjk-ru.txt');

  it('has 7 paragraphs and 9 sub-items with Latin refs', () => {
    expect(loi.paragraphs).toHaveLength(7);
    expect(total(loi)).toBe(9);
    const p4 = loi.paragraphs[3];
    expect(p4.subitems.map((s) => s.label)).toEqual(['a', 'b', 'c']);
    expect(p4.subitems[1].subitems.map((s) => s.label)).toEqual(['i', 'ii']);
    expect(p4.subitems[2].text).toBe('обеспечить недискриминацию и гендерное равенство во всех вопросах, касающихся миграционной политики.');
    expect(loi.warnings).toEqual([]);
  });

  it('reads Russian metadata and headings', () => {
    expect(loi.document).toMatchObject({ symbol: 'CMW/C/TJK/QPR/3', committee: 'CMW', language: 'ru', adoption: { session: 36, dates: '4–13 апреля 2023 года' }, report: { kind: 'periodic', numbers: [3] } });
    expect(chain(loi, 4)).toEqual(['I|', 'B|Информация по статьям Конвенции', '2|Часть II Конвенции', '|Статья 7']);
    expect(loi.paragraphs[5].articles).toEqual([49, 51, 52, 53, 54]);
    expect(loi.paragraphs[6].headings[0]).toMatchObject({ kind: 'section', label: 'II' });
  });

  it('attaches a footnote cited before the full stop', () => {
    expect(loi.footnotes.find((f) => f.marker === '1')).toEqual({ marker: '1', text: 'CMW/C/TJK/CO/2, пункт 12.', paragraph: '3' });
    expect(loi.paragraphs[2].text.endsWith('судебных решений.')).toBe(true);
    expectClean(loi, [/GE\.23/, /Принят Комитетом/]);
  });

  it('reads the Russian page limit', () => {
    expect(loi.limits).toEqual([{ unit: 'pages', value: 3, scope: { kind: 'section', label: 'II' }, source: 'не превышающую трех страниц' }]);
  });
});

describe('CAT list in English (nested (i) items, "(i)" after "(h)", number alone on its line)', () => {
  const loi = fixture('cat-arm-en.txt');

  it('has 6 paragraphs and 18 sub-items', () => {
    expect(loi.paragraphs).toHaveLength(6);
    expect(total(loi)).toBe(18);
    expect(loi.warnings).toEqual([]);
  });

  it('tells nested roman items from the ninth letter', () => {
    const p4 = loi.paragraphs[3];
    expect(p4.subitems.map((s) => s.label).join('')).toBe('abcdefghij');
    expect(p4.subitems[7].subitems.map((s) => s.label)).toEqual(['i', 'ii']);
    expect(p4.subitems[8].text).toBe('Whether stateless persons are identified;');
    expect(loi.paragraphs[1].subitems[1].subitems.map((s) => s.text)).toEqual([
      'Whether examinations are conducted out of the hearing and sight of police officers;',
      'Whether medical reports are transmitted to the prosecutor;',
      'The number of examinations that revealed signs of ill-treatment;',
    ]);
  });

  it('takes a paragraph number alone on its line, and a footnote pasted without its rule', () => {
    expect(loi.paragraphs[2].text).toBe(
      'Please provide information on the measures taken to strengthen the independence and the resources of the Human Rights Defender in her capacity as the national preventive mechanism.',
    );
    expect(loi.footnotes).toEqual([{ marker: '1', text: 'CAT/C/ARM/CO/4, paras. 9 and 10.', paragraph: '1' }]);
    expect(loi.paragraphs[0].references).toEqual(['CAT/C/ARM/CO/4']);
  });

  it('keeps article groups innermost and unnumbered headings out of them', () => {
    expect(chain(loi, 1)).toEqual(['|Articles 1 and 4']);
    expect(loi.paragraphs[4].articles).toEqual([5, 6, 7, 8, 9]);
    expect(chain(loi, 6)).toEqual(['|Other issues']);
    expect(loi.paragraphs[5].articles).toEqual([]);
    expect(loi.paragraphs[4].text).toContain('prosecute such persons in the State party, and the outcome');
    expectClean(loi, [/GE\.24/, /CAT\/C\/ARM\/QPR/, /paras\. 9 and 10/]);
  });

  it('reads the metadata without an adoption note', () => {
    expect(loi.document).toMatchObject({ symbol: 'CAT/C/ARM/QPR/5', committee: 'CAT', stateParty: 'Armenia', note: null, adoption: null });
  });
});
