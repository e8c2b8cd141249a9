// Small answer builders for merge fixtures.
import type { AnswerContent, BlockElement, DataTableElement } from '../../../shared/editor/types';

export const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
export const doc = (...blocks: Array<string | BlockElement>): AnswerContent => blocks.map((b) => (typeof b === 'string' ? p(b) : b));
export const bullets = (...items: string[]): BlockElement => ({ type: 'bulleted-list', children: items.map((t) => ({ type: 'list-item', children: [{ text: t }] })) });

export function table(rows: Array<[string, ...string[]]>, extra: Partial<DataTableElement> = {}): DataTableElement {
  const width = rows[0].length - 1;
  const cols = Array.from({ length: width }, (_, i) => `c${i}`);
  return {
    type: 'data-table', id: 't1', title: 'Workers abroad', source: 'Ministry of Labour', period: '2024', units: 'persons', notes: '',
    header: [cols.map((c) => c.toUpperCase())], columns: cols.map((id) => ({ id, kind: 'integer' as const })),
    rows: rows.map(([id, ...cells]) => ({ id, role: 'data' as const, cells })), chart: null, children: [{ text: '' }], ...extra,
  };
}
