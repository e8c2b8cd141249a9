// Open merge conflicts, read through the merge's own conflict store (main/core/revisions), for the
// pre-export check (a count per answer), the canonical JSON (each conflict's two sides, in an
// order that does not depend on which bundle arrived first) and the notes of a draft or review copy.
import type { ConflictSide } from '../../../shared/api/domains/merge';
import type { AnswerContent } from '../../../shared/editor/types';
import { canonicalJson } from '../../../shared/export/canonical-json';
import type { ConflictMark } from '../../../shared/export/types';
import type { MergeConflict } from '../../../shared/merge/merge-content';
import { conflictCounts, conflictFinder, rowConflict, visibleConflicts } from '../revisions/conflict-store';
import { conflictView } from '../revisions/conflict-view';
import type { Db } from '../store/database';

export interface OpenConflict {
  ref: string;
  kind: 'blocks' | 'table';
  table: string | null;
  field: string | null;
  /** The two competing versions, each as canonical JSON, sorted. */
  sides: [string, string];
}

export function openConflictCounts(db: Db): Array<{ ref: string; count: number }> {
  return [...conflictCounts(db)].map(([ref, count]) => ({ ref, count }));
}

export function openConflicts(db: Db, order: ReadonlyMap<string, number>): OpenConflict[] {
  const out = visibleConflicts(db).map((row): OpenConflict => {
    const c = rowConflict(row);
    const a = canonicalJson(c.a as never);
    const b = canonicalJson(c.b as never);
    return {
      ref: row.node_ref,
      kind: c.kind,
      table: c.kind === 'table' ? c.table : null,
      field: c.kind === 'table' ? c.key : null,
      sides: a <= b ? [a, b] : [b, a],
    };
  });
  const key = (c: OpenConflict) => `${c.kind}\u0000${c.table ?? ''}\u0000${c.field ?? ''}\u0000${c.sides[0]}\u0000${c.sides[1]}`;
  return out.sort((x, y) => (order.get(x.ref) ?? 0) - (order.get(y.ref) ?? 0) || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

/** The institutions that wrote one side, as the conflict queue names them. */
const writers = (side: ConflictSide): string => [...new Set(side.from.map((a) => a.institution).filter(Boolean))].join(', ') || '?';

/** Each open conflict of these answers, where it shows in the answer's text and who wrote each version. */
export function conflictMarks(db: Db, contents: ReadonlyMap<string, AnswerContent>): Map<string, ConflictMark[]> {
  const out = new Map<string, ConflictMark[]>();
  const finders = new Map<string, (c: MergeConflict, foundIn?: string) => number>();
  for (const row of visibleConflicts(db)) {
    const content = contents.get(row.node_ref);
    if (!content) continue;
    if (!finders.has(row.node_ref)) finders.set(row.node_ref, conflictFinder(content, db));
    const c = rowConflict(row);
    const at = finders.get(row.node_ref)!(c, row.found_in);
    if (at < 0) continue;
    const view = conflictView(db, row);
    // Side a stands first in the text; the view names this workspace's side "mine".
    const [a, b] = row.mine === 'a' ? [view.mine, view.theirs] : [view.theirs, view.mine];
    const mark: ConflictMark = {
      at,
      writers: [writers(a), writers(b)],
      lengths: c.kind === 'blocks' ? [c.a.length, c.b.length] : null,
      table: view.table && {
        place: view.table.place, field: view.table.field, row: view.table.row, column: view.table.column,
        values: [a.value === null ? null : a.text, b.value === null ? null : b.text],
      },
    };
    out.set(row.node_ref, [...(out.get(row.node_ref) ?? []), mark]);
  }
  return out;
}
