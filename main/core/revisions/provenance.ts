// Provenance of an answer's current text: for every block and table cell, the revision that first
// brought it in (blame through the revision graph). A block kept unchanged through merges and
// resolutions keeps its original writer; a coordinator's rewrite is the coordinator's.
import type { AnswerProvenance, ProvenanceEntry, ProvenanceTable } from '../../../shared/api/domains/merge';
import { stmt } from './statements';
import { type AnswerContent, inlineText } from '../../../shared/editor/types';
import { contentKey, toUnits } from '../../../shared/merge/units';
import { loadContent } from '../store/content-store';
import type { Db } from '../store/database';
import { authorshipReader } from './authorship';

interface Rev {
  parents: string[];
  content: AnswerContent;
}

const cellKey = (table: string, row: string, col: string, value: string) => JSON.stringify([table, row, col, value]);

function keysOf(content: AnswerContent): { blocks: string[]; cells: string[] } {
  const blocks: string[] = [];
  const cells: string[] = [];
  for (const u of toUnits(content)) {
    if (u.kind !== 'table') {
      blocks.push(contentKey(u));
      continue;
    }
    const t = u.block;
    for (const r of t.rows) t.columns.forEach((c, i) => cells.push(cellKey(t.id, r.id, c.id, r.cells[i])));
  }
  return { blocks, cells };
}

export function answerProvenance(db: Db, ref: string): AnswerProvenance {
  const head = (stmt(db, 'SELECT head FROM answer WHERE node_ref = ?').get(ref) as { head: string } | undefined)?.head ?? null;
  if (!head) return { ref, revision: null, blocks: [], cells: [], tables: [] };
  const revs = new Map<string, Rev>();
  for (const r of stmt(db, 'SELECT id, parents, blocks FROM revision WHERE node_ref = ?').all(ref) as Array<{ id: string; parents: string; blocks: string }>) {
    revs.set(r.id, { parents: JSON.parse(r.parents) as string[], content: loadContent(db, r.blocks) });
  }
  // Who introduced each key, per revision, parents first (iterative: histories can be long).
  const origin = new Map<string, Map<string, string>>();
  const stack: string[] = [head];
  while (stack.length > 0) {
    const id = stack[stack.length - 1];
    if (origin.has(id)) {
      stack.pop();
      continue;
    }
    const rev = revs.get(id);
    const parents = (rev?.parents ?? []).filter((p) => revs.has(p));
    const pending = parents.filter((p) => !origin.has(p));
    if (pending.length > 0) {
      stack.push(...pending);
      continue;
    }
    stack.pop();
    const mine = new Map<string, string>();
    const k = rev ? keysOf(rev.content) : { blocks: [], cells: [] };
    for (const key of [...k.blocks, ...k.cells]) {
      const from = parents.map((p) => origin.get(p)!.get(key)).find((x) => x !== undefined);
      mine.set(key, from ?? id);
    }
    origin.set(id, mine);
  }
  const who = authorshipReader(db);
  const at = origin.get(head)!;
  const blocks: ProvenanceEntry[] = [];
  const cells: ProvenanceEntry[] = [];
  const tables: ProvenanceTable[] = [];
  toUnits(revs.get(head)!.content).forEach((u, i) => {
    if (u.kind !== 'table') {
      const text = inlineText(u.block.children);
      blocks.push({ block: i, table: null, row: null, column: null, rowLabel: null, columnLabel: null, text, by: who(at.get(contentKey(u))!) });
      return;
    }
    const t = u.block;
    tables.push({ block: i, id: t.id, title: t.title, number: tables.length + 1 });
    const header = t.header[t.header.length - 1] ?? [];
    t.rows.forEach((r, ri) => {
      t.columns.forEach((c, ci) => {
        cells.push({
          block: i, table: t.id, row: r.id, column: c.id,
          // A row without a label in its first cell, or a column without a header, is named by its position.
          rowLabel: r.cells[0] || String(ri + 1), columnLabel: header[ci] || String(ci + 1),
          text: r.cells[ci], by: who(at.get(cellKey(t.id, r.id, c.id, r.cells[ci]))!),
        });
      });
    });
  });
  return { ref, revision: head, blocks, cells, tables };
}
