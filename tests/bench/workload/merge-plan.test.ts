// The merge workload is the same on every run, and it is what the issue describes.
import { describe, expect, it } from 'vitest';
import { answerWords } from '../../../shared/text/answer-words';
import { FULL_MERGE, applyEdit, baseAnswers, editsOf, toContent } from '../../../bench/workload/merge-plan';
import { countWords } from '../../../shared/text/word-count';

const small = { ...FULL_MERGE, answers: 4, tables: 2 };

describe('the merge plan', () => {
  it('is the same for the same seed and different for another', () => {
    expect(editsOf(small, 3)).toEqual(editsOf(small, 3));
    expect(baseAnswers(small)).toEqual(baseAnswers(small));
    expect(editsOf({ ...small, seed: 11 }, 3)).not.toEqual(editsOf(small, 3));
  });

  it('gives each answer blocks of about 60 words and 500-cell tables', () => {
    const base = baseAnswers(FULL_MERGE);
    expect(base).toHaveLength(35);
    expect(base.filter((a) => a.table)).toHaveLength(20);
    for (const a of base) {
      expect(a.blocks.map(countWords)).toEqual(Array(10).fill(60));
      if (a.table) expect(a.table.rows.length * a.table.columns.length).toBe(500);
    }
    expect(answerWords(toContent(base[0]))).toBe(600);
  });

  it('changes one block and a few of the institution\'s own cells per revision, never another institution\'s cells', () => {
    const owners = new Map<string, number>();
    for (let i = 0; i < small.institutions; i++) {
      const rounds = editsOf(small, i);
      expect(rounds).toHaveLength(small.revisions);
      for (const round of rounds) {
        expect(round.map((e) => e.ref)).toEqual(['1', '2', '3', '4']);
        for (const e of round) {
          expect(e.block).toBe(i % small.blocks);
          expect(countWords(e.text)).toBe(60);
          for (const c of e.cells) {
            const key = `${c.table}/${c.row}/${c.column}`;
            expect(owners.get(key) ?? i).toBe(i);
            owners.set(key, i);
          }
        }
      }
    }
  });

  it('applies an edit to a copy', () => {
    const [a] = baseAnswers(small);
    const [[e]] = editsOf(small, 0);
    const after = applyEdit(a, e);
    expect(after.blocks[0]).toBe(e.text);
    expect(a.blocks[0]).not.toBe(e.text);
    expect(after.table!.rows[e.cells[0].row].cells[e.cells[0].column]).toBe(e.cells[0].value);
  });
});
