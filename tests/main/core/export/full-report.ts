// A full-size report as a real workspace holds one: all 35 paragraphs answered, 21,200 words in
// total (within every limit: Section II keeps under its three pages), 50 tables, every reply
// approved. Deterministic, so runs compare.
import type { Api } from '../../../../shared/api/methods';
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';

const VOCAB = (
  'the State party migration labour workers families Convention rights protection information measures law ministry ' +
  'programme services consular registration employment social security remittances returnees children training ' +
  'agreement Kazakhstan Russian Federation Türkiye data statistics office border regional department procedure'
).split(' ');

function words(n: number, seed: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(VOCAB[x % VOCAB.length]);
  }
  return `${out.join(' ')}.`;
}

export function statTable(i: number): DataTableElement {
  return {
    type: 'data-table',
    id: `t${i}`,
    title: `Migrant workers by region, table ${i}`,
    source: 'State Migration Service.',
    period: '2019–2023',
    units: 'persons',
    notes: '',
    header: [['Region', 'Women', 'Women', 'Men', 'Men'], ['', '2022', '2023', '2022', '2023']],
    columns: [{ id: 'r', kind: 'text' }, { id: 'w22', kind: 'integer' }, { id: 'w23', kind: 'integer' }, { id: 'm22', kind: 'integer' }, { id: 'm23', kind: 'integer' }],
    rows: ['Bishkek', 'Osh', 'Chui', 'Jalal-Abad', 'Batken', 'Naryn'].map((region, k) => ({
      id: `row${k}`,
      role: 'data' as const,
      cells: [region, String(100 + k * i), String(120 + k), k === 2 ? '..' : String(90 + i), String(95 + k)],
    })),
    chart: null,
    children: [{ text: '' }],
  };
}

/** Word budget per paragraph: 1,000 for Section II (paragraph 32), the rest shared out to 21,200. */
export function wordPlan(): Map<string, number> {
  const plan = new Map<string, number>([['32', 1000]]);
  const others = Array.from({ length: 35 }, (_, i) => String(i + 1)).filter((r) => r !== '32');
  const each = Math.floor(20_200 / others.length);
  let extra = 20_200 - each * others.length;
  for (const r of others) plan.set(r, each + (extra-- > 0 ? 1 : 0));
  return plan;
}

export function fullAnswer(ref: string, total: number, tablesFrom: number, tableCount: number): AnswerContent {
  // Four paragraphs per reply (the word count of each "word." ends in a period, counted as one word).
  const sizes = [Math.floor(total / 4), Math.floor(total / 4), Math.floor(total / 4)];
  sizes.push(total - sizes[0] - sizes[1] - sizes[2]);
  const content: AnswerContent = sizes.map((n, k) => ({ type: 'paragraph' as const, children: [{ text: words(n, Number(ref) * 10 + k) }] }));
  for (let t = 0; t < tableCount; t++) content.splice(1 + t, 0, statTable(tablesFrom + t));
  return content;
}

/** Fills a seeded workspace with the full-size report through the API, and approves every reply. */
export async function fillFullReport(api: Api): Promise<{ words: number; tables: number }> {
  let table = 1;
  let words = 0;
  for (const [ref, n] of wordPlan()) {
    const count = table <= 50 ? (Number(ref) % 3 === 0 ? 1 : 2) : 0;
    const take = Math.min(count, 51 - table);
    const r = await api['answer.save']({ ref, content: fullAnswer(ref, n, table, take) });
    if (!r.ok) throw new Error(r.error);
    table += take;
    words += r.value.words;
    const s = await api['answer.setStatus']({ ref, status: 'approved' });
    if (!s.ok) throw new Error(s.error);
  }
  return { words, tables: table - 1 };
}
