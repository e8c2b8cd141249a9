// The merge workload of issue #10, as data: the coordinator's answers before the invitations went
// out, and what each drafting institution then changes offline. Our bundles and the Automerge peer
// are both built from this one plan, so they carry the same edits.
//
// Every institution is assigned every paragraph (1-35): a bundle may only touch assigned
// paragraphs, and the bundles hold all 35 answers. Institution i always rewords the same
// block (i mod blocks) of each answer, so institutions sharing a block (40 over 10 blocks: four
// each) make a real concurrent-edit conflict there; their table cells never overlap.
import type { AnswerContent, DataTableElement } from '../../shared/editor/types';
import { type Rng, rng } from '../lib/prng';
import { type CellEdit, applyCellEdits, makeTable } from './tables';
import { block, reword } from './text';

export interface MergeParams {
  seed: number;
  institutions: number;
  answers: number;
  revisions: number;
  /** Paragraph blocks per answer, of `blockWords` words each. */
  blocks: number;
  blockWords: number;
  /** How many words one revision rewords in its block. */
  wordsChanged: number;
  /** Answers 1..tables carry one table, placed after the middle block. */
  tables: number;
  tableRows: number;
  tableColumns: number;
  cellsPerRevision: number;
}

export const FULL_MERGE: MergeParams = {
  seed: 10, institutions: 40, answers: 35, revisions: 10, blocks: 10, blockWords: 60, wordsChanged: 8,
  tables: 20, tableRows: 25, tableColumns: 20, cellsPerRevision: 3,
};

/** The answer in a form both sides share: text blocks and, maybe, one table after block `tableAt`. */
export interface PlainAnswer {
  ref: string;
  blocks: string[];
  table: DataTableElement | null;
  tableAt: number;
}

export interface Edit {
  ref: string;
  block: number;
  text: string;
  cells: CellEdit[];
}

export const institutionName = (i: number) => `Ministry ${String(i + 1).padStart(2, '0')} of the benchmark`;
export const refs = (p: MergeParams) => Array.from({ length: p.answers }, (_, i) => String(i + 1));

export function baseAnswers(p: MergeParams): PlainAnswer[] {
  const r = rng(p.seed).fork('base');
  return refs(p).map((ref, a) => ({
    ref,
    blocks: Array.from({ length: p.blocks }, () => block(r, p.blockWords)),
    table: a < p.tables ? makeTable(r, `t${ref}`, p.tableRows, p.tableColumns) : null,
    tableAt: Math.floor(p.blocks / 2),
  }));
}

export function toContent(a: PlainAnswer): AnswerContent {
  const out: AnswerContent = a.blocks.map((text) => ({ type: 'paragraph', children: [{ text }] }));
  if (a.table) out.splice(a.tableAt, 0, a.table);
  return out;
}

/** The cells institution i may change: one row, and its share of the data columns. */
function ownCells(p: MergeParams, i: number): Array<[number, number]> {
  const bands = Math.ceil(p.institutions / p.tableRows);
  const row = i % p.tableRows;
  const band = Math.floor(i / p.tableRows);
  const data = p.tableColumns - 1;
  const from = 1 + Math.floor((band * data) / bands);
  const to = Math.floor(((band + 1) * data) / bands);
  const out: Array<[number, number]> = [];
  for (let c = from; c <= to; c++) out.push([row, c]);
  return out;
}

/**
 * Institution i's revisions, oldest first: for each revision round, one edit per answer. Each edit
 * rewords block (i mod blocks) of the answer as it stands after the previous edits, and changes a
 * few of the institution's own cells.
 */
export function editsOf(p: MergeParams, i: number, base: readonly PlainAnswer[] = baseAnswers(p)): Edit[][] {
  const r: Rng = rng(p.seed).fork(`institution ${i}`);
  const current = new Map(base.map((a) => [a.ref, a.blocks[i % p.blocks]]));
  const cells = ownCells(p, i);
  const rounds: Edit[][] = [];
  for (let round = 0; round < p.revisions; round++) {
    rounds.push(
      base.map((a) => {
        const text = reword(r, current.get(a.ref)!, p.wordsChanged);
        current.set(a.ref, text);
        const changed: CellEdit[] = a.table
          ? Array.from({ length: Math.min(p.cellsPerRevision, cells.length) }, (_, k) => {
              const [row, column] = cells[(round * p.cellsPerRevision + k) % cells.length];
              return { table: a.table!.id, row, column, value: String(r.int(0, 99_999)) };
            })
          : [];
        return { ref: a.ref, block: i % p.blocks, text, cells: changed };
      }),
    );
  }
  return rounds;
}

/** The answer after an edit (a new object; the input is left as it was). */
export function applyEdit(a: PlainAnswer, e: Edit): PlainAnswer {
  const blocks = [...a.blocks];
  blocks[e.block] = e.text;
  return { ...a, blocks, table: a.table && e.cells.length > 0 ? applyCellEdits(a.table, e.cells) : a.table };
}
