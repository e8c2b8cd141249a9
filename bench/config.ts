// The sizes and repetitions of a benchmark run: the full one of issue #10 (`npm run bench`), and
// the smoke one that runs inside `npm test` with tiny sizes so that the benchmark cannot rot.
import { FULL_REPORT, type ReportParams } from './workload/full-report';
import { FULL_MERGE, type MergeParams } from './workload/merge-plan';

export interface Repeats {
  /** Unmeasured runs before the measured ones, for every figure. */
  warmup: number;
  merge: number;
  cold: number;
  peer: number;
  /** docx export and bundle export calls. */
  calls: number;
  parse: number;
  cli: number;
  open: number;
  typing: number;
  floor: number;
}

export interface BenchConfig {
  name: string;
  merge: MergeParams;
  report: ReportParams;
  /** Words of the long answer that the typing figure types into. */
  typingWords: number;
  typing: { chars: number; keyDelayMs: number };
  repeats: Repeats;
  browser: boolean;
  /** Child processes that build the institutions' workspaces side by side. */
  jobs: number;
  /** Reuse the merge fixture in outDir when its parameters match (building it takes a while). */
  reuse: boolean;
  outDir: string;
}

export const FULL: Omit<BenchConfig, 'outDir' | 'reuse'> = {
  name: 'full',
  merge: FULL_MERGE,
  report: FULL_REPORT,
  typingWords: 10_000,
  typing: { chars: 200, keyDelayMs: 40 },
  repeats: { warmup: 1, merge: 3, cold: 3, peer: 5, calls: 5, parse: 30, cli: 10, open: 5, typing: 3, floor: 5 },
  browser: true,
  jobs: 2,
};

export const SMOKE: Omit<BenchConfig, 'outDir' | 'reuse'> = {
  name: 'smoke',
  // Two institutions rewording the one block of each answer: the merge meets a real conflict.
  merge: { ...FULL_MERGE, institutions: 2, answers: 3, revisions: 2, blocks: 1, tables: 1, tableRows: 4, tableColumns: 4 },
  report: { ...FULL_REPORT, answers: 35, words: 3500, tables: 3 },
  typingWords: 300,
  typing: { chars: 10, keyDelayMs: 20 },
  repeats: { warmup: 0, merge: 1, cold: 1, peer: 1, calls: 1, parse: 3, cli: 1, open: 1, typing: 1, floor: 1 },
  browser: true,
  jobs: 0,
};
