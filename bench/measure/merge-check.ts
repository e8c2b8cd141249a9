// After the merge, nothing an institution wrote may be missing from the coordinator's answers:
// each institution's last wording of its paragraph is somewhere in the answer (merged, or kept side
// by side in a conflict), and each of its table cells holds its last value (cells never overlap).
import Database from 'better-sqlite3';
import type { AnswerContent, DataTableElement } from '../../shared/editor/types';
import { inlineText, textBlocks } from '../../shared/editor/types';
import { type MergeParams, applyEdit, baseAnswers, editsOf } from '../workload/merge-plan';
import { headContent } from '../../main/core/store/content-store';

export interface Lost {
  paragraphs: number;
  cells: number;
}

export function lostEdits(dbPath: string, p: MergeParams): Lost {
  const db = new Database(dbPath, { readonly: true });
  let heads: Map<string, AnswerContent>;
  try {
    const refs = db.prepare('SELECT node_ref FROM answer').pluck().all() as string[];
    heads = new Map(refs.map((ref) => [ref, headContent(db, ref) ?? []]));
  } finally {
    db.close();
  }
  const base = baseAnswers(p);
  const lost: Lost = { paragraphs: 0, cells: 0 };
  for (let i = 0; i < p.institutions; i++) {
    const edits = editsOf(p, i, base).flat();
    const final = new Map(base.map((a) => [a.ref, a]));
    for (const e of edits) final.set(e.ref, applyEdit(final.get(e.ref)!, e));
    for (const [ref, mine] of final) {
      const head = heads.get(ref) ?? [];
      const texts = new Set(textBlocks(head).map((b) => inlineText(b.children)));
      if (!texts.has(mine.blocks[i % p.blocks])) lost.paragraphs++;
      if (!mine.table) continue;
      const table = head.find((b): b is DataTableElement => b.type === 'data-table' && b.id === mine.table!.id);
      const cells = new Set(edits.filter((e) => e.ref === ref).flatMap((e) => e.cells.map((c) => `${c.row}/${c.column}`)));
      for (const key of cells) {
        const [r, c] = key.split('/').map(Number);
        const col = table?.columns.findIndex((k) => k.id === `c${c}`) ?? -1;
        const row = table?.rows.find((x) => x.id === `r${r}`);
        if (!row || col < 0 || row.cells[col] !== mine.table.rows[r].cells[c]) lost.cells++;
      }
    }
  }
  return lost;
}
