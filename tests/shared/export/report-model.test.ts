import { describe, expect, it } from 'vitest';
import type { AnswerContent } from '../../../shared/editor/types';
import { type ModelAnswer, type ModelNode, buildReportModel } from '../../../shared/export/report-model';
import type { ReportPart } from '../../../shared/export/types';
import { migrationTable, remittanceTable } from '../../main/core/export/fixture';

const nodes: ModelNode[] = [
  { ref: 'h1', parentRef: null, kind: 'section', label: 'I', text: '' },
  { ref: 'h2', parentRef: 'h1', kind: 'heading', label: 'A', text: 'General information' },
  { ref: '1', parentRef: 'h2', kind: 'paragraph', label: '1', text: 'Please describe the legal framework, including:' },
  { ref: '1a', parentRef: '1', kind: 'subitem', label: 'a', text: 'Steps taken;' },
  { ref: '1b', parentRef: '1', kind: 'subitem', label: 'b', text: 'Progress made.' },
  { ref: 'h3', parentRef: 'h1', kind: 'heading', label: 'B', text: 'By article' },
  { ref: 'h4', parentRef: 'h3', kind: 'articles', label: '', text: 'Article 7' },
  { ref: '2', parentRef: 'h4', kind: 'paragraph', label: '2', text: 'Please inform the Committee.' },
  { ref: '3', parentRef: 'h4', kind: 'paragraph', label: '3', text: 'Please provide data on:' },
  { ref: '3a', parentRef: '3', kind: 'subitem', label: 'a', text: 'Flows;' },
  { ref: '3b', parentRef: '3', kind: 'subitem', label: 'b', text: 'Remittances.' },
];

const p = (text: string, note?: string): AnswerContent[number] => ({
  type: 'paragraph',
  children: note ? [{ text }, { type: 'footnote', note, children: [{ text: '' }] }, { text: '' }] : [{ text }],
});

const answers = (entries: Record<string, AnswerContent>, status: ModelAnswer['status'] = 'approved') =>
  new Map(Object.entries(entries).map(([ref, content]) => [ref, { content, status }]));

const settings = { title: 'Second periodic report', dueYear: 2023, submittedYear: 2024, language: 'en' as const, statisticalAnnex: false };
const model = (a: Map<string, ModelAnswer>, over: Partial<Parameters<typeof buildReportModel>[0]> = {}) =>
  buildReportModel({
    layout: 'report', draft: false, draftNotes: [], settings, document: { committee: 'CMW', symbol: 'CMW/C/KGZ/QPR/2', stateParty: 'Kyrgyzstan' },
    nodes, answers: a, words: 42, ...over,
  });

const brief = (parts: ReportPart[]) =>
  parts.map((x) => {
    switch (x.type) {
      case 'paragraph': return `${x.number}. ${x.children.map((c) => ('text' in c ? c.text : c.type === 'footnote' ? `[${c.number}]` : '')).join('')}`;
      case 'table': return `table ${x.number}`;
      case 'table-ref': return `see table ${x.number}`;
      case 'list': return `list(${x.items.length})`;
      case 'question': return `? ${x.text} {${x.status}}`;
      case 'pending': return 'pending';
      case 'quote': return 'quote';
      default: return x.text;
    }
  });

describe('the report model', () => {
  it('mirrors the list: headings, replies in order, sub-items, and reply paragraphs numbered continuously', () => {
    const m = model(
      answers({
        '1a': [p('One.'), { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'bullet' }] }] }, p('Two.')],
        '1b': [{ type: 'block-quote', children: [{ text: 'Quoted.' }] }, p('Three.')],
        '2': [p(''), p('Four.')],
        '3': [p('Five.')],
      }),
    );
    expect(brief(m.parts)).toEqual([
      'Section I', 'A. General information',
      'Reply to paragraph 1 of the list of issues', '(a)', '1. One.', 'list(1)', '2. Two.', '(b)', 'quote', '3. Three.',
      'B. By article', 'Article 7',
      'Reply to paragraph 2 of the list of issues', '4. Four.',
      'Reply to paragraph 3 of the list of issues', '5. Five.',
    ]);
    expect(m.parts.filter((x) => x.type === 'heading').map((x) => (x as { level: number }).level)).toEqual([1, 2, 2, 3]);
  });

  it('shows one gap for an unanswered paragraph and a gap for each missing sub-item of a partly answered one', () => {
    const m = model(answers({ '3a': [p('Flows.')] }));
    expect(brief(m.parts).slice(2)).toEqual([
      'Reply to paragraph 1 of the list of issues', 'pending',
      'B. By article', 'Article 7',
      'Reply to paragraph 2 of the list of issues', 'pending',
      'Reply to paragraph 3 of the list of issues', '(a)', '1. Flows.', '(b)', 'pending',
    ]);
  });

  it('numbers footnotes and tables in reading order across replies', () => {
    const m = model(answers({ '1': [p('A.', 'first note'), migrationTable], '2': [p('B.', 'second note')], '3b': [remittanceTable] }));
    expect(brief(m.parts).filter((x) => /\[|table/.test(x))).toEqual(['1. A.[1]', 'table 1', '2. B.[2]', 'table 2']);
    expect(m.footnotes).toBe(2);
    expect(m.tables).toBe(2);
    expect(m.annex).toEqual([]);
  });

  it('moves every table to the statistical annex and leaves a cross-reference in its place', () => {
    const m = model(answers({ '1': [p('A.'), migrationTable], '3b': [remittanceTable] }), { settings: { ...settings, statisticalAnnex: true } });
    expect(m.parts.some((x) => x.type === 'table')).toBe(false);
    expect(m.parts.filter((x) => x.type === 'table-ref')).toEqual([
      { type: 'table-ref', ref: '1', number: 1, title: migrationTable.title },
      { type: 'table-ref', ref: '3b', number: 2, title: remittanceTable.title },
    ]);
    expect(m.annex.map((t) => [t.ref, t.number, t.table.id])).toEqual([
      ['1', 1, 'tbl-flows'],
      ['3b', 2, 'tbl-remit'],
    ]);
  });

  it('interleaves every question with its reply and status in the review layout', () => {
    const m = model(answers({ '1a': [p('One.')] }, 'ready'), { layout: 'review' });
    expect(brief(m.parts).slice(2, 9)).toEqual([
      'Paragraph 1 of the list of issues', '? Please describe the legal framework, including: {null}',
      '(a)', '? Steps taken; {ready}', '1. One.',
      '(b)', '? Progress made. {null}',
    ]);
    expect(brief(m.parts)[9]).toBe('pending');
  });

  it('writes the fixed wording in Russian for a Russian report', () => {
    const m = model(answers({ '2': [p('Ответ.')] }), { settings: { ...settings, language: 'ru' } });
    expect(brief(m.parts)).toContain('Раздел I');
    expect(brief(m.parts)).toContain('Ответ на пункт 2 перечня вопросов');
  });
});
