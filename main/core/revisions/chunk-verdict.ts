// What checking one incoming chunk decides on its own, before anything stored here is looked at:
// whether it is a valid text block (and its words), a valid table shell, or a valid table row.
// The import's chunk check (incoming-chunks.ts) works this out itself, or takes it from the thread
// that prepared the bundle (main/core/bundle/prepare.ts): both call this module, so both judge alike.
import { tableRowProblem, tableShellProblem, textBlockProblem } from '../../../shared/editor/schema';
import type { BlockElement } from '../../../shared/editor/types';
import { isRecord } from '../../../shared/json-checks';
import { answerWords } from '../../../shared/text/answer-words';

/** A chunk named at the top of an answer: a table shell, or a text block with its words when valid. */
export type TopVerdict = { table: true; problem: string | null } | { table: false; problem: string | null; words: number };

/** One place's verdict: a prepared chunk has the one its shape suggests; the other is worked out when asked. */
export interface ChunkVerdict {
  top?: TopVerdict;
  row?: string | null;
}

const isTableShell = (value: unknown): boolean => (value as { type?: unknown } | null)?.type === 'data-table';

/** `known`: names already checked or computed (real hashes), spared the pattern test (tableShellProblem). */
export function judgeTop(value: unknown, known?: (name: string) => boolean): TopVerdict {
  if (isTableShell(value)) return { table: true, problem: tableShellProblem(value, known) };
  const problem = textBlockProblem(value);
  return { table: false, problem, words: problem === null ? answerWords([value as BlockElement]) : 0 };
}

/** The verdict for the place a chunk's shape suggests: blocks and shells have a type, rows do not. */
export const judgeLikelyPlace = (value: unknown, known?: (name: string) => boolean): ChunkVerdict =>
  isRecord(value) && 'type' in value ? { top: judgeTop(value, known) } : { row: tableRowProblem(value) };
