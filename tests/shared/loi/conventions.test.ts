// Layout conventions of other committees and languages, each in a short list: Spanish CCPR,
// CESCR roman headings with "Article 2 (1)", CRC Parts with instructions and a word maximum,
// numbering the parser must flag, and text that is not a list of issues at all.
import { describe, expect, it } from 'vitest';
import { NotAListOfIssues, countSubitems, parseLoiText } from '../../../shared/loi/parse';

describe('a Spanish CCPR list', () => {
  const loi = parseLoiText(
    [
      'Naciones Unidas CCPR/C/COL/QPR/8',
      'Pacto Internacional de Derechos Civiles y Políticos',
      'Comité de Derechos Humanos',
      '  Lista de cuestiones previa a la presentación del octavo informe periódico de',
      'Colombia*',
      '  A. Información general sobre la situación nacional en materia de derechos humanos',
      '1. Sírvanse proporcionar información sobre los acontecimientos importantes ocurridos en el',
      'marco jurídico e institucional desde el examen del informe anterior.',
      '  B. Información específica sobre la aplicación de los artículos 1 a 27 del Pacto',
      '  Marco constitucional y jurídico en que se aplica el Pacto (art. 2)',
      '2. Sírvanse indicar:',
      ' a) Los casos en que los tribunales nacionales han aplicado el Pacto;',
      ' b) Las medidas adoptadas para aplicar los dictámenes del Comité.',
      '  No discriminación (arts. 2, 3 y 26)',
      '3. Sírvanse informar sobre el marco legislativo contra la discriminación.',
      '  ',
      ' * Aprobada por el Comité en su 138º período de sesiones (26 de junio a 26 de julio de 2023).',
    ].join('\n'),
  );

  it('reads structure, articles and metadata', () => {
    expect(loi.paragraphs).toHaveLength(3);
    expect(loi.paragraphs.reduce((n, p) => n + countSubitems(p), 0)).toBe(2);
    expect(loi.paragraphs[1].headings.map((h) => h.label || h.title)).toEqual(['B', 'Marco constitucional y jurídico en que se aplica el Pacto (art. 2)']);
    expect(loi.paragraphs[2].articles).toEqual([2, 3, 26]);
    expect(loi.document).toMatchObject({ symbol: 'CCPR/C/COL/QPR/8', committee: 'CCPR', language: 'es', stateParty: 'Colombia', adoption: { session: 138 }, report: { kind: 'periodic', numbers: [8] } });
    expect(loi.warnings).toEqual([]);
  });
});

describe('a CESCR list with roman headings and "Article 2 (1)" groups', () => {
  const loi = parseLoiText(
    [
      'E/C.12/MNG/Q/5',
      'Committee on Economic, Social and Cultural Rights',
      'List of issues in relation to the fifth periodic report of Mongolia',
      '  I. General information',
      '1. Please provide information on the steps taken to ensure the justiciability of the Covenant rights.',
      '  II. Issues relating to general provisions of the Covenant (arts. 1–5)',
      '  Article 2 (1) Maximum available resources',
      '2. Please provide information on the proportion of the budget allocated to social sectors.',
      '  Article 2 (2) Non-discrimination',
      '3. Please indicate whether the State party plans to adopt comprehensive anti-discrimination legislation.',
      '  III. Issues relating to specific provisions of the Covenant (arts. 6–15)',
      '  Right to work (art. 6)',
      '4. Please provide information on the impact of measures to reduce unemployment.',
    ].join('\n'),
  );

  it('nests article groups under roman headings and lets a new roman heading close them', () => {
    expect(loi.document).toMatchObject({ symbol: 'E/C.12/MNG/Q/5', committee: 'CESCR' });
    expect(loi.paragraphs.map((p) => p.headings.map((h) => h.label || h.title))).toEqual([
      ['I'], ['II', 'Article 2 (1) Maximum available resources'], ['II', 'Article 2 (2) Non-discrimination'], ['III', 'Right to work (art. 6)'],
    ]);
    expect(loi.paragraphs.map((p) => p.articles)).toEqual([[], [2], [2], [6]]);
  });
});

describe('a CRC list with Parts, instructions under them and a word maximum', () => {
  const loi = parseLoiText(
    [
      'CRC/C/GEO/QPR/5-6',
      'Committee on the Rights of the Child',
      'List of issues prior to submission of the combined fifth and sixth',
      'periodic reports of Georgia',
      '  Part I',
      'In this section, the State party is requested to submit its responses to the following',
      'questions (10,700 words maximum), preferably in a table format.',
      '1. Please provide information on the national strategy for children.',
      '  Part II',
      '2. The Committee invites the State party to provide a brief update (no more than three pages) on new bills.',
    ].join('\n'),
  );

  it('keeps the instructions with their Part and stores both limits', () => {
    expect(loi.paragraphs[0].headings[0]).toEqual({
      kind: 'heading', label: '', title: 'Part I',
      intro: 'In this section, the State party is requested to submit its responses to the following questions (10,700 words maximum), preferably in a table format.',
    });
    expect(loi.limits.map((l) => [l.unit, l.value])).toEqual([['words', 10700], ['pages', 3]]);
    expect(loi.document.stateParty).toBe('Georgia');
    expect(loi.warnings).toEqual([]);
  });
});

describe('numbering the user must check', () => {
  const base = ['List of issues prior to submission of the second periodic report of Chad', '1. Please describe the first thing.'];

  it('accepts a small forward jump with a warning', () => {
    const loi = parseLoiText([...base, '3. Please describe the third thing.'].join('\n'));
    expect(loi.paragraphs.map((p) => p.number)).toEqual(['1', '3']);
    expect(loi.warnings).toEqual([{ line: 3, code: 'numbers-missing', params: { number: '3', previous: '1' }, message: 'Paragraph 3 follows paragraph 1: the numbers in between are missing.' }]);
  });

  it('keeps a backward number as text, with a warning', () => {
    const loi = parseLoiText([...base, '2. Please describe the second thing.', '1. Please describe it again.'].join('\n'));
    expect(loi.paragraphs).toHaveLength(2);
    expect(loi.paragraphs[1].text).toBe('Please describe the second thing. 1. Please describe it again.');
    expect(loi.warnings[0].message).toBe('Paragraph number 1 is out of sequence (expected 3); kept as text.');
  });

  it('flags an item out of sequence', () => {
    const loi = parseLoiText([...base.slice(0, 1), '1. Please describe:', ' (a) One;', ' (c) Three.'].join('\n'));
    expect(loi.paragraphs[0].subitems.map((s) => s.label)).toEqual(['a']);
    expect(loi.warnings[0].message).toBe('Item (c) is out of sequence in paragraph 1; kept as text.');
  });
});

describe('text that is not a list of issues', () => {
  it('is refused with a one-line reason', () => {
    for (const text of ['', 'Minutes of the meeting held on 3 May.\nThe meeting opened at 10 a.m.', '\u0000\u0001\u0002binary']) {
      expect(() => parseLoiText(text)).toThrow(NotAListOfIssues);
    }
    expect(() => parseLoiText('hello')).toThrow('No numbered paragraphs were found: this does not look like a list of issues.');
  });
});

describe('a question whose number was lost under a heading', () => {
  it('becomes the missing paragraph, with a warning', () => {
    const loi = parseLoiText(['List of issues prior to submission of the second periodic report of Chad', '  Article 1',
      '1. Please describe the first thing.', '  Article 2', 'Please describe the second thing, whose number the copy lost.', '3. Please describe the third thing.'].join('\n'));
    expect(loi.paragraphs.map((p) => [p.number, p.text, p.articles])).toEqual([
      ['1', 'Please describe the first thing.', [1]], ['2', 'Please describe the second thing, whose number the copy lost.', [2]], ['3', 'Please describe the third thing.', [2]],
    ]);
    expect(loi.warnings).toEqual([{ line: 5, code: 'number-assumed', params: { number: '2' }, message: 'A question without a paragraph number was taken as paragraph 2; check it.' }]);
  });
});

describe('a CCPR list with one line per paragraph, as Word or a web page gives it', () => {
  const loi = parseLoiText(
    [
      'CCPR/C/KGZ/QPR/3',
      'Human Rights Committee',
      'List of issues prior to submission of the third periodic report of Kyrgyzstan*',
      'A. General information on the national human rights situation, including new measures and developments relating to the implementation of the Covenant',
      '1. Please provide information on any significant developments in the legal and institutional framework within which human rights are promoted and protected that have taken place since the adoption of the previous concluding observations.1',
      'B. Specific information on the implementation of articles 1–27 of the Covenant, including with regard to the previous recommendations of the Committee',
      'Constitutional and legal framework within which the Covenant is implemented (art. 2)',
      '2. Please provide information on the measures taken to raise awareness of the Covenant and the Optional Protocol thereto among judges, prosecutors and lawyers.',
      'Non-discrimination and equality between men and women (arts. 2, 3, 25 and 26)',
      '3. Please report on the steps taken to adopt comprehensive anti-discrimination legislation.',
      '* Adopted by the Committee at its 128th session (2–27 March 2020).',
      '1 CCPR/C/KGZ/CO/2.',
    ].join('\n'),
  );

  it('takes long one-line headings as headings and notes at the very end as footnotes', () => {
    expect(loi.paragraphs.map((p) => p.headings.map((h) => h.label || h.title.slice(0, 24)))).toEqual([
      ['A'], ['B', 'Constitutional and legal'], ['B', 'Non-discrimination and e'],
    ]);
    expect(loi.paragraphs[2].articles).toEqual([2, 3, 25, 26]);
    expect(loi.paragraphs[2].text).toBe('Please report on the steps taken to adopt comprehensive anti-discrimination legislation.');
    expect(loi.footnotes).toEqual([
      { marker: '*', text: 'Adopted by the Committee at its 128th session (2–27 March 2020).', paragraph: null },
      { marker: '1', text: 'CCPR/C/KGZ/CO/2.', paragraph: '1' },
    ]);
    expect(loi.document).toMatchObject({ committee: 'CCPR', adoption: { session: 128, dates: '2–27 March 2020' } });
    expect(loi.warnings).toEqual([]);
  });
});

describe('text laid out as pdftotext -layout gives it', () => {
  const page1 = [
    'United Nations                                                              CRC/C/GEO/QPR/5-6',
    '                 Convention on the                                  Distr.: General',
    '                 Rights of the Child                                 12 March 2024',
    '',
    'Committee on the Rights of the Child',
    '            List of issues prior to submission of the combined fifth and',
    '            sixth periodic reports of Georgia*',
    '            Part I',
    '            1.    Please  provide  information  on  the  measures  taken  to  ensure  that  the',
    '            best interests of the child are a primary consideration in all decisions',
    '            concerning children.1',
    '            2.    Please explain the measures taken to:',
    '                  (a)   Ensure that children deprived of a family environment are placed in',
    '                  * Adopted by the Committee at its ninety-fifth session (15 January–2 February 2024).',
    '                  1   CRC/C/GEO/CO/4, para. 12.',
    'GE.24-04411(E)',
  ].join('\n');
  const page2 = [
    'CRC/C/GEO/QPR/5-6',
    '                  family-based care;',
    '                  (b)   Strengthen the juvenile justice system.',
    '2                                                                                  GE.24-04411',
  ].join('\n');
  const loi = parseLoiText(`${page1}\f${page2}`);

  it('reads paragraphs, items and footnotes through the layout spaces', () => {
    expect(loi.paragraphs.map((p) => p.text)).toEqual([
      'Please provide information on the measures taken to ensure that the best interests of the child are a primary consideration in all decisions concerning children.',
      'Please explain the measures taken to:',
    ]);
    expect(loi.paragraphs[1].subitems.map((s) => s.text)).toEqual(['Ensure that children deprived of a family environment are placed in family-based care;', 'Strengthen the juvenile justice system.']);
    expect(loi.footnotes.map((f) => [f.marker, f.paragraph])).toEqual([['*', null], ['1', '1']]);
    expect(loi.document).toMatchObject({ symbol: 'CRC/C/GEO/QPR/5-6', committee: 'CRC', stateParty: 'Georgia', adoption: { session: 95 }, report: { kind: 'periodic', numbers: [5, 6] } });
    expect(loi.paragraphs[0].headings).toEqual([{ kind: 'heading', label: '', title: 'Part I' }]);
  });
});
