// Open merge conflicts, read through the merge's own conflict store (main/core/revisions), for the
// pre-export check (a count per answer) and the canonical JSON (each conflict's two sides, in an
// order that does not depend on which bundle arrived first).
import { canonicalJson } from '../../../shared/export/canonical-json';
import { conflictCounts, rowConflict, visibleConflicts } from '../revisions/conflict-store';
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
