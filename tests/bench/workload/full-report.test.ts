// The full report has exactly the size the issue names, counted the way the product counts words.
import { describe, expect, it } from 'vitest';
import { FULL_REPORT, reportContents } from '../../../bench/workload/full-report';
import { answerContentSchema } from '../../../shared/editor/schema';
import { answerWords } from '../../../shared/text/answer-words';

describe('the full report workload', () => {
  it('has 35 valid answers, 21,200 words and 50 tables', () => {
    const answers = reportContents(FULL_REPORT);
    expect(answers.map((a) => a.ref)).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 1)));
    expect(answers.reduce((n, a) => n + answerWords(a.content), 0)).toBe(21_200);
    expect(answers.flatMap((a) => a.content.filter((b) => b.type === 'data-table'))).toHaveLength(50);
    for (const a of answers) expect(answerContentSchema.safeParse(a.content).success).toBe(true);
  });

  it('gives paragraph 1 the long answer of the typing figure', () => {
    const [first] = reportContents({ ...FULL_REPORT, longAnswer: 10_000 });
    expect(answerWords(first.content)).toBe(10_000);
  });
});
