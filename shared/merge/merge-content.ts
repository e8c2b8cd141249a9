// Three-way merge of two answers against their common ancestor: block by block for rich text, cell by
// cell for tables. Where both sides changed the same block differently (or one edited what the other
// deleted) the merged text holds side a's blocks followed by side b's, and a conflict names them, so
// an unresolved conflict never hides either version. Symmetric: swapping a and b swaps only the order.
import { type AnswerContent, emptyContent, plainText } from '../editor/types';
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

/**
 * `held`: ranges of the base's units that hold the two versions of a conflict side by side: when
 * both sides remove something there (each keeping another version, say), the passage conflicts as a
 * whole instead of both deletions being taken and both versions lost. Corrections made in place
 * there merge as anywhere else.
 */
export function mergeContent(base: AnswerContent, a: AnswerContent, b: AnswerContent, held: ReadonlyArray<readonly [number, number]> = []): MergeResult {
  const units: Unit[] = [];
  const conflicts: MergeConflict[] = [];
  for (const ch of diff3(toUnits(base), toUnits(a), toUnits(b), identityKey, contentKey, held)) {
    if (ch.kind === 'take') units.push(...ch.items);
    else if (ch.kind === 'conflict') {
      conflicts.push({ kind: 'blocks', base: ch.base, a: ch.a, b: ch.b });
      units.push(...ch.a, ...ch.b);
    } else if (ch.base.kind === 'table' && ch.a.kind === 'table' && ch.b.kind === 'table') {
      const merged = mergeTable(ch.base.block, ch.a.block, ch.b.block);
      conflicts.push(...merged.conflicts);
      units.push({ kind: 'table', block: merged.table });
    } else units.push(ch.a);
  }
  const content = fromUnits(units);
  return { content: content.length > 0 ? content : emptyContent(), conflicts };
}

/** Where a block conflict's passage sits in an answer now, and what each side's units read there. */
export interface BlockRegion {
  /** Index of side a's first unit. */
  at: number;
  a: Unit[];
  b: Unit[];
  /** One side was edited in place since the merge (the other is as it arrived). */
  edited: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (u: Unit): Set<string> => new Set((plainText(fromUnits([u])).toLowerCase().match(WORD) ?? []) as string[]);

/** A unit edited in place: the same kind (a table: the same table) sharing at least half its words. */
function editedFrom(now: Unit, was: Unit): boolean {
  if (now.kind === 'table' || was.kind === 'table') return now.kind === 'table' && was.kind === 'table' && now.block.id === was.block.id;
  if (now.kind !== was.kind) return false;
  const x = wordsOf(now);
  const y = wordsOf(was);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const all = x.size + y.size - shared;
  return all > 0 && shared / all >= 0.5;
}

/** Whether a unit (by contentKey) stood in the text the conflict was found in: there, it is context, not an edit. */
export type StoodThere = (key: string) => boolean;

/**
 * A locator of block conflicts in one answer (the answer's units keyed once, however many conflicts
 * are looked up): side a's units followed by side b's, as the merge left them; or, given the text
 * the conflict was found in, one side as it arrived beside the other edited in place (a coordinator
 * who corrected a word in one version has not chosen between them; a unit that already stood in
 * that text is its context, not an edit). Null once the passage holds neither, or only one of the
 * versions.
 */
export function blockConflictLocator(content: AnswerContent): (c: Pick<BlockConflict, 'a' | 'b'>, stoodThere?: StoodThere) => BlockRegion | null {
  const units = toUnits(content);
  // Keys are made on first use, and only for units of the kind looked for: a table merged cell by
  // cell is a new object whose key would serialise the whole table, and block conflicts rarely ask.
  const keys: Array<string | undefined> = [];
  const keyAt = (i: number) => (keys[i] ??= contentKey(units[i]));
  /** Where the units `want` (keyed `wantKeys`) stand in a row, first to last. */
  const runs = (want: Unit[], wantKeys: string[]) => {
    const at: number[] = [];
    for (let i = 0; i + want.length <= units.length; i++) if (want.every((u, j) => units[i + j].kind === u.kind && keyAt(i + j) === wantKeys[j])) at.push(i);
    return at;
  };
  const region = (at: number, na: number, nb: number, edited: boolean): BlockRegion => ({ at, a: units.slice(at, at + na), b: units.slice(at + na, at + na + nb), edited });
  return (c, stoodThere) => {
    const wa = c.a.map(contentKey);
    const wb = c.b.map(contentKey);
    if (wa.length + wb.length === 0) return null;
    const whole = runs([...c.a, ...c.b], [...wa, ...wb])[0];
    if (whole !== undefined) return region(whole, wa.length, wb.length, false);
    if (!stoodThere || wa.length === 0 || wb.length === 0) return null;
    const near = (from: number, was: Unit[]) =>
      from >= 0 && from + was.length <= units.length && was.every((u, k) => !stoodThere(keyAt(from + k)) && editedFrom(units[from + k], u));
    for (const i of runs(c.a, wa)) if (near(i + wa.length, c.b)) return region(i, wa.length, wb.length, true);
    for (const j of runs(c.b, wb)) if (near(j - wa.length, c.a)) return region(j - wa.length, wa.length, wb.length, true);
    return null;
  };
}

/** A finder of block conflicts in one answer: the index of side a's first unit, or -1 once it no longer shows. */
export function blockConflictFinder(content: AnswerContent): (c: Pick<BlockConflict, 'a' | 'b'>, stoodThere?: StoodThere) => number {
  const locate = blockConflictLocator(content);
  return (c, stoodThere) => locate(c, stoodThere)?.at ?? -1;
}

/** Where a block conflict sits in an answer: the index of side a's first unit, or -1 once it is gone. */
export const findBlockConflict = (content: AnswerContent, c: Pick<BlockConflict, 'a' | 'b'>): number => blockConflictFinder(content)(c);

/**
 * The answer with a block conflict's region (side a then side b) replaced by the chosen units, given
 * or picked from the region as it reads now (a side edited in place is kept as edited).
 */
export function replaceBlockConflict(
  content: AnswerContent, c: Pick<BlockConflict, 'a' | 'b'>, chosen: Unit[] | ((now: BlockRegion) => Unit[]), stoodThere?: StoodThere,
): AnswerContent | null {
  const region = blockConflictLocator(content)(c, stoodThere);
  if (!region) return null;
  const units = toUnits(content);
  units.splice(region.at, c.a.length + c.b.length, ...(typeof chosen === 'function' ? chosen(region) : chosen));
  const out = fromUnits(units);
  return out.length > 0 ? out : emptyContent();
}
