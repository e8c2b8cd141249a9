// The full report of issue #10: every one of the 35 paragraphs answered, 21,200 words in all (as
// the product counts them), 50 statistical tables; and the typing workload, the same report with a
// 10,000-word answer to paragraph 1. Written through the core API into a coordinator workspace.
import type { AnswerContent, BlockElement } from '../../shared/editor/types';
import { answerWords } from '../../shared/text/answer-words';
import { COORDINATOR, Clock, T0, openCore } from '../lib/core';
import { rng } from '../lib/prng';
import { makeTable } from './tables';
import { block, blockSizes } from './text';

export interface ReportParams {
  seed: number;
  answers: number;
  words: number;
  tables: number;
  /** When set, paragraph 1's answer has this many words instead of its share. */
  longAnswer?: number;
}

export const FULL_REPORT: ReportParams = { seed: 10, answers: 35, words: 21_200, tables: 50 };

/** Each answer's words: an equal share, give or take a quarter, adding up to `words` exactly. */
function shares(p: ReportParams, r: ReturnType<typeof rng>): number[] {
  const raw = Array.from({ length: p.answers }, () => 0.75 + r.next() / 2);
  const sum = raw.reduce((a, b) => a + b, 0);
  const out = raw.map((x) => Math.floor((x / sum) * p.words));
  out[out.length - 1] += p.words - out.reduce((a, b) => a + b, 0);
  return out;
}

export function reportContents(p: ReportParams): Array<{ ref: string; content: AnswerContent }> {
  const r = rng(p.seed).fork('report');
  const words = shares(p, r);
  if (p.longAnswer) words[0] = p.longAnswer;
  let tablesLeft = p.tables;
  return words.map((n, a) => {
    const ref = String(a + 1);
    // Every fourth answer sets out measures as a bulleted list of three items.
    const listWords = a % 4 === 3 ? [12, 14, 10] : [];
    const textWords = n - listWords.reduce((x, y) => x + y, 0);
    const blocks: BlockElement[] = blockSizes(textWords, 60).map((w) => ({ type: 'paragraph', children: [{ text: block(r, w) }] }));
    if (listWords.length > 0) {
      blocks.splice(1, 0, { type: 'bulleted-list', children: listWords.map((w) => ({ type: 'list-item' as const, children: [{ text: block(r, w) }] })) });
    }
    // Spread the tables: answers left share what is left, so the count comes out exact.
    const here = Math.ceil(tablesLeft / (p.answers - a));
    tablesLeft -= here;
    for (let t = 0; t < here; t++) {
      const table = makeTable(r, `t${ref}x${t}`, r.int(8, 20), r.int(4, 8));
      blocks.splice(Math.min(blocks.length, 2 + t * 2), 0, table);
    }
    const content = blocks as AnswerContent;
    if (answerWords(content) !== n) throw new Error(`answer ${ref}: generated ${answerWords(content)} words, meant ${n}`);
    return { ref, content };
  });
}

/** Creates the workspace at `dbPath` and writes the report into it; answers are approved, as for submission. */
export async function buildReport(dbPath: string, p: ReportParams): Promise<{ words: number; tables: number }> {
  const core = openCore(dbPath, { seed: true, institution: COORDINATOR, clock: new Clock(T0) });
  try {
    let words = 0;
    let tables = 0;
    for (const { ref, content } of reportContents(p)) {
      core.clock.at += 60_000;
      const saved = await core.call('answer.save', { ref, content });
      await core.call('answer.setStatus', { ref, status: 'approved' });
      words += saved.words;
      tables += content.filter((b) => b.type === 'data-table').length;
    }
    return { words, tables };
  } finally {
    core.close();
  }
}
