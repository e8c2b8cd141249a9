// A typical bundle stays small: 35 answers with ten revisions each, twenty of them carrying a
// 500-cell statistical table, signed and compressed, is well under 1 MB.
import { describe, expect, it } from 'vitest';
import { exportAnswers } from '../../../../main/core/bundle/export';
import { saveAnswer } from '../../../../main/core/store/answer-store';
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';
import { COORDINATOR, pass } from './fixture';
import { seededDb } from '../../../helpers/workspace';

function table(n: number, version: number): DataTableElement {
  const columns = Array.from({ length: 20 }, (_, c) => ({ id: `c${c}`, kind: c === 0 ? ('text' as const) : ('integer' as const) }));
  return {
    type: 'data-table', id: `t${n}`, title: `Table ${n}: migrant workers by region and year`, source: 'National Statistical Committee',
    period: '2019-2024', units: 'persons', notes: '', header: [columns.map((c) => c.id)], columns, chart: null, children: [{ text: '' }],
    rows: Array.from({ length: 25 }, (_, r) => ({ id: `r${r}`, role: 'data' as const, cells: columns.map((_, c) => (c === 0 ? `Region ${r}` : String((r * 37 + c * 11 + n * 5 + (r === version ? version : 0)) * 13))) })),
  };
}

describe('bundle size', () => {
  it('keeps 35 answers x 10 revisions with 20 tables of 500 cells under 1 MB', () => {
    const db = seededDb(undefined, COORDINATOR);
    const refs = (db.prepare("SELECT ref FROM node WHERE kind IN ('paragraph', 'subitem') ORDER BY ord LIMIT 35").all() as Array<{ ref: string }>).map((r) => r.ref);
    let t = Date.parse('2026-01-10T09:00:00Z');
    for (let v = 0; v < 10; v++) {
      refs.forEach((ref, i) => {
        const words = Array.from({ length: 60 + v * 8 }, (_, k) => `word${(k * 7 + i) % 97}`).join(' ');
        const content: AnswerContent = [{ type: 'paragraph', children: [{ text: `Answer ${ref}, draft ${v}. ${words}` }] }];
        if (i < 20) content.push(table(i, v));
        saveAnswer(db, ref, content, COORDINATOR, new Date((t += 6 * 60_000)));
      });
    }
    expect((db.prepare('SELECT count(*) AS n FROM revision').get() as { n: number }).n).toBe(350);
    const r = exportAnswers(db, pass(COORDINATOR), new Date(t + 60_000));
    expect(r).toMatchObject({ answers: 35, revisions: 350 });
    expect(r.bytes).toBeLessThan(1024 * 1024);
  }, 120_000);
});
