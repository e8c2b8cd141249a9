// Three-way merge of two answers against their common ancestor: block by block for rich text, cell by
// cell for tables. Where both sides changed the same block differently (or one edited what the other
// deleted) the merged text holds side a's blocks followed by side b's, and a conflict names them, so
// an unresolved conflict never hides either version. Symmetric: swapping a and b swaps only the order.
import { type AnswerContent, emptyContent } from '../editor/types';
import { diff3 } from './diff3';
import { type TableConflict, mergeTable } from './merge-table';
import { type Unit, contentKey, fromUnits, identityKey, toUnits } from './units';

export interface BlockConflict {
  kind: 'blocks';
  base: Unit[];
  a: Unit[];
  b: Unit[];
}

export type MergeConflict = BlockConflict | TableConflict;

export interface MergeResult {
  content: AnswerContent;
  conflicts: MergeConflict[];
}

export function mergeContent(base: AnswerContent, a: AnswerContent, b: AnswerContent): MergeResult {
  const units: Unit[] = [];
  const conflicts: MergeConflict[] = [];
  for (const ch of diff3(toUnits(base), toUnits(a), toUnits(b), identityKey, contentKey)) {
    if (ch.kind === 'take') units.push(...ch.items);
    else if (ch.kind === 'conflict') {
      conflicts.push({ kind: 'blocks', base: ch.base, a: ch.a, b: ch.b });
      units.push(...ch.a, ...ch.b);
    } else if (ch.base.kind === 'table' && ch.a.kind === 'table' && ch.b.kind === 'table') {
      const merged = mergeTable(ch.base.block, ch.a.block, ch.b.block);
      conflicts.push(...merged.conflicts);
      units.push({ kind: 'table', block: merged.table });
    } else units.push(stableUnit(ch.base, ch.a, ch.b));
  }
  const content = fromUnits(units);
  return { content: content.length > 0 ? content : emptyContent(), conflicts };
}

/** A unit both sides kept (equal content); a list item keeps the split a side made or kept (units.ts). */
function stableUnit(base: Unit, a: Unit, b: Unit): Unit {
  if (base.kind !== 'item' || a.kind !== 'item' || b.kind !== 'item') return a;
  const first = a.first !== base.first ? a.first : b.first;
  return first === a.first ? a : { ...a, first };
}

/** A finder of block conflicts in one answer: the answer's units are keyed once, however many conflicts are looked up. */
export function blockConflictFinder(content: AnswerContent): (c: Pick<BlockConflict, 'a' | 'b'>) => number {
  const keys = toUnits(content).map(contentKey);
  const starts = new Map<string, number[]>();
  keys.forEach((k, i) => starts.set(k, [...(starts.get(k) ?? []), i]));
  return (c) => {
    const want = [...c.a, ...c.b].map(contentKey);
    if (want.length === 0) return -1;
    for (const i of starts.get(want[0]) ?? []) {
      if (i + want.length <= keys.length && want.every((k, j) => keys[i + j] === k)) return i;
    }
    return -1;
  };
}

/** Where a block conflict sits in an answer: the index of side a's first unit, or -1 once it is gone. */
export const findBlockConflict = (content: AnswerContent, c: Pick<BlockConflict, 'a' | 'b'>): number => blockConflictFinder(content)(c);

/** The answer with a block conflict's region (side a then side b) replaced by the chosen units. */
export function replaceBlockConflict(content: AnswerContent, c: Pick<BlockConflict, 'a' | 'b'>, chosen: Unit[]): AnswerContent | null {
  const at = findBlockConflict(content, c);
  if (at < 0) return null;
  const units = toUnits(content);
  units.splice(at, c.a.length + c.b.length, ...chosen);
  const out = fromUnits(units);
  return out.length > 0 ? out : emptyContent();
}
