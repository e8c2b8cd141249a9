// Rich answers for export tests: every kind of block and inline the editor makes, in a seeded
// Kyrgyzstan workspace, saved through the API as the editor would save them.
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';
import { seededCore } from '../../../helpers/workspace';

export const migrationTable: DataTableElement = {
  type: 'data-table',
  id: 'tbl-flows',
  title: 'Labour migrants registered abroad, by sex and age',
  source: 'State Migration Service under the Ministry of Labour.',
  period: '2021–2023',
  units: 'thousands of persons',
  notes: 'Figures for 2023 are preliminary.\nIncludes seasonal workers.',
  header: [
    ['Country', 'Women', 'Women', 'Men', 'Men', 'Total'],
    ['', '15–24', '25+', '15–24', '25+', ''],
  ],
  columns: [
    { id: 'c-country', kind: 'text' },
    { id: 'c-w1', kind: 'integer' },
    { id: 'c-w2', kind: 'integer' },
    { id: 'c-m1', kind: 'integer' },
    { id: 'c-m2', kind: 'integer' },
    { id: 'c-total', kind: 'integer', total: true },
  ],
  rows: [
    { id: 'r-g1', role: 'group', cells: ['2023', '', '', '', '', ''] },
    { id: 'r-ru', role: 'data', cells: ['Russian Federation', '41', '120', '63', '402', '626'] },
    { id: 'r-kz', role: 'data', cells: ['Kazakhstan', '6', '18', '..', '51', '75'] },
    { id: 'r-tr', role: 'data', cells: ['Türkiye', '-', 'n/a', '3', '9', '12'] },
    { id: 'r-tot', role: 'total', cells: ['Total', '47', '138', '66', '462', '713'] },
  ],
  chart: null,
  children: [{ text: '' }],
};

export const remittanceTable: DataTableElement = {
  type: 'data-table',
  id: 'tbl-remit',
  title: 'Remittances received',
  source: 'National Bank of the Kyrgyz Republic.',
  period: '2019–2023',
  units: 'millions of United States dollars',
  notes: '',
  header: [['Year', 'Amount']],
  columns: [
    { id: 'y', kind: 'text' },
    { id: 'a', kind: 'decimal' },
  ],
  rows: [
    { id: 'r1', role: 'data', cells: ['2022', '2 753.4'] },
    { id: 'r2', role: 'data', cells: ['2023', '2 450.1'] },
  ],
  chart: 'bar',
  children: [{ text: '' }],
};

/** Group rows both ways: "Chui" only a caption, "Osh" carrying the region's own figures. */
export const regionTable: DataTableElement = {
  type: 'data-table',
  id: 'tbl-regions',
  title: 'Returning migrants, by region',
  source: '',
  period: '',
  units: '',
  notes: '',
  header: [['Region', 'Men', 'Women']],
  columns: [
    { id: 'c1', kind: 'text' },
    { id: 'c2', kind: 'integer' },
    { id: 'c3', kind: 'integer' },
  ],
  rows: [
    { id: 'g1', role: 'group', cells: ['', 'Chui', ''] },
    { id: 'd1', role: 'data', cells: ['Tokmok', '12', '9'] },
    { id: 'g2', role: 'group', cells: ['Osh', '1111', '..'] },
    { id: 'd2', role: 'data', cells: ['Uzgen', '3333', '4444'] },
  ],
  chart: null,
  children: [{ text: '' }],
};

export const answers: Record<string, AnswerContent> = {
  '1a': [
    { type: 'paragraph', children: [{ text: 'The Law on External Labour Migration of 2006 was amended in 2021 to define a ' }, { text: 'labour migrant', italic: true }, { text: '.' }] },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'registration abroad;' }] }, { type: 'list-item', children: [{ text: 'pre-departure training.' }] }] },
  ],
  '1b': [{ type: 'paragraph', children: [{ text: 'Amendments protecting workers in an irregular situation were adopted in 2022.' }] }],
  '1c': [
    { type: 'paragraph', children: [{ text: 'The State party has concluded agreements with:' }] },
    { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'the Russian Federation;' }] }, { type: 'list-item', children: [{ text: 'Kazakhstan.' }] }] },
  ],
  '5': [
    {
      type: 'paragraph',
      children: [
        { text: 'Labour migration flows are recorded by the ' },
        { text: 'State Migration Service', bold: true },
        { text: '.' },
        { type: 'footnote', note: 'Resolution No. 123 of 12 May 2021.', children: [{ text: '' }] },
        { text: '' },
      ],
    },
    migrationTable,
    { type: 'block-quote', children: [{ text: '“Every migrant worker shall have the right to leave any State.”' }] },
    {
      type: 'paragraph',
      children: [
        { text: 'Data are published at ' },
        { type: 'link', url: 'https://stat.gov.kg/en/', children: [{ text: 'stat.gov.kg', underline: true }] },
        { text: '.' },
        { type: 'footnote', note: 'National Statistical Committee, 2024.', children: [{ text: '' }] },
        { text: '' },
      ],
    },
  ],
  '33f': [{ type: 'paragraph', children: [{ text: 'Remittances fell by 11 per cent in 2023.' }] }, remittanceTable],
};

/** A seeded workspace with the answers above saved. */
export async function richCore() {
  const core = seededCore();
  for (const [ref, content] of Object.entries(answers)) {
    const r = await core.api['answer.save']({ ref, content });
    if (!r.ok) throw new Error(`${ref}: ${r.error}`);
  }
  return core;
}
