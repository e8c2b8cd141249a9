// Three-way merge of sequences. Each side is aligned with the base (LCS over identity keys, by the
// `diff` package); the sides' changes are grouped where they touch the same base range, so changes
// to different elements merge and changes to the same element conflict. Symmetric in a and b.
// Ranges of the base can be held together (`atomic`): when both sides remove something inside one
// (each settling an earlier conflict's two versions, left side by side there, its own way), the
// range conflicts as a whole; edits in place inside it merge as anywhere else.
import { diffArrays } from 'diff';

export type Chunk<T> =
  /** Aligned on both sides: the caller merges the three (e.g. a table cell by cell). */
  | { kind: 'stable'; base: T; a: T; b: T }
  | { kind: 'take'; items: T[] }
  | { kind: 'conflict'; base: T[]; a: T[]; b: T[] };

interface Hunk {
  /** 'r': an atomic range of the base, which only joins the changes that touch it. */
  side: 'a' | 'b' | 'r';
  start: number;
  end: number;
  items: unknown[];
}

interface Span {
  start: number;
  end: number;
  from: number;
  to: number;
}

interface Aligned {
  /** For each base index, the index of the same element on the side, or -1 where the side dropped it. */
  match: number[];
  /** The base range [start, end) each edit replaces with the side's [from, to). */
  hunks: Span[];
}

/**
 * The alignment without the LCS search, for the common shape: every element the two share occurs
 * once on each side, in the same order (blocks edited, added or removed in place, none moved or
 * repeated). Then the one longest common subsequence is those shared elements, and the search
 * would find exactly this (tests/shared/merge hold the two to each other). Null for any other shape.
 */
function alignShared(base: string[], side: string[]): Span[] | null {
  const onSide = new Map<string, number>();
  side.forEach((k, j) => onSide.set(k, onSide.has(k) ? -1 : j));
  const seen = new Set<string>();
  const hunks: Span[] = [];
  let i0 = 0;
  let j0 = 0;
  for (let i = 0; i <= base.length; i++) {
    let j = side.length;
    if (i < base.length) {
      const at = onSide.get(base[i]);
      if (at === undefined) continue;
      if (at < 0 || at < j0 || seen.has(base[i])) return null;
      seen.add(base[i]);
      j = at;
    }
    if (i > i0 || j > j0) hunks.push({ start: i0, end: i, from: j0, to: j });
    i0 = i + 1;
    j0 = j + 1;
  }
  return hunks;
}

function alignByLcs(base: string[], side: string[]): Span[] {
  const hunks: Span[] = [];
  let i = 0;
  let j = 0;
  let open: Span | null = null;
  for (const part of diffArrays(base, side)) {
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      if (open) hunks.push(open);
      open = null;
      i += n;
      j += n;
      continue;
    }
    open ??= { start: i, end: i, from: j, to: j };
    if (part.removed) {
      i += n;
      open.end = i;
    } else {
      j += n;
      open.to = j;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

/** `shortcut`: false always searches (the tests hold the shortcut's result to the search's). */
export function align(base: string[], side: string[], shortcut = true): Aligned {
  const hunks = (shortcut ? alignShared(base, side) : null) ?? alignByLcs(base, side);
  // What the edits leave is the common subsequence, matched in order.
  const match = new Array<number>(base.length).fill(-1);
  let i = 0;
  let j = 0;
  for (const h of [...hunks, { start: base.length, end: base.length, from: side.length, to: side.length }]) {
    for (; i < h.start; i++, j++) match[i] = j;
    i = h.end;
    j = h.to;
  }
  // LCS joins neighbouring edits into one hunk; n blocks replaced by n blocks are n edits, one each,
  // so that one side editing blocks 1-2 and the other blocks 2-3 conflicts only on block 2.
  const split = hunks.flatMap((h) =>
    h.end - h.start > 1 && h.end - h.start === h.to - h.from
      ? Array.from({ length: h.end - h.start }, (_, k) => ({ start: h.start + k, end: h.start + k + 1, from: h.from + k, to: h.from + k + 1 }))
      : [h],
  );
  return { match, hunks: split };
}

const touches = (x: Hunk, y: Hunk): boolean => {
  if (x.start < y.end && y.start < x.end) return true;
  const xi = x.start === x.end;
  const yi = y.start === y.end;
  if (xi && yi) return x.start === y.start;
  if (xi) return y.start < x.start && x.start < y.end;
  if (yi) return x.start < y.start && y.start < x.end;
  return false;
};

/** Whether a side removes more than it puts back somewhere inside the base range [s, e). */
const removesIn = (hunks: readonly Span[], [s, e]: readonly [number, number]): boolean =>
  hunks.some((h) => h.end - h.start > h.to - h.from && h.start < e && s < h.end);

export function diff3<T>(
  base: T[], a: T[], b: T[], identity: (t: T) => string, content: (t: T) => string, atomic: ReadonlyArray<readonly [number, number]> = [],
): Chunk<T>[] {
  const ids = (xs: T[]) => xs.map(identity);
  const al = align(ids(base), ids(a));
  const bl = align(ids(base), ids(b));
  const hunks: Hunk[] = [
    ...al.hunks.map((h) => ({ side: 'a' as const, start: h.start, end: h.end, items: a.slice(h.from, h.to) })),
    ...bl.hunks.map((h) => ({ side: 'b' as const, start: h.start, end: h.end, items: b.slice(h.from, h.to) })),
    ...atomic.filter((r) => removesIn(al.hunks, r) && removesIn(bl.hunks, r)).map(([start, end]) => ({ side: 'r' as const, start, end, items: [] })),
  ].sort((x, y) => x.start - y.start || x.end - y.end || (x.side < y.side ? -1 : x.side > y.side ? 1 : 0));

  // Group hunks that touch, transitively; each group covers one base range. A group that is only
  // an atomic range (neither side changed inside it) is no change at all.
  let groups: Hunk[][] = [];
  for (const h of hunks) {
    const near = groups.filter((g) => g.some((k) => touches(k, h)));
    groups = [...groups.filter((g) => !near.includes(g)), [...near.flat(), h]];
  }
  groups = groups.filter((g) => g.some((h) => h.side !== 'r'));
  const startOf = (g: Hunk[]) => Math.min(...g.map((h) => h.start));
  const endOf = (g: Hunk[]) => Math.max(...g.map((h) => h.end));
  groups.sort((x, y) => startOf(x) - startOf(y) || endOf(x) - endOf(y));

  const out: Chunk<T>[] = [];
  const same = (xs: T[], ys: T[]) => xs.length === ys.length && xs.every((x, i) => content(x) === content(ys[i]));
  const slice = (side: 'a' | 'b', group: Hunk[], s: number, e: number): T[] => {
    const items = side === 'a' ? a : b;
    const match = side === 'a' ? al.match : bl.match;
    const own = group.filter((h) => h.side === side).sort((x, y) => x.start - y.start || x.end - y.end);
    const res: T[] = [];
    let i = s;
    for (const h of own) {
      for (; i < h.start; i++) res.push(items[match[i]]);
      res.push(...(h.items as T[]));
      i = Math.max(i, h.end);
    }
    for (; i < e; i++) res.push(items[match[i]]);
    return res;
  };

  let pos = 0;
  const stableUntil = (end: number) => {
    for (; pos < end; pos++) out.push({ kind: 'stable', base: base[pos], a: a[al.match[pos]], b: b[bl.match[pos]] });
  };
  for (const group of groups) {
    const s = startOf(group);
    const e = endOf(group);
    stableUntil(s);
    const baseSlice = base.slice(s, e);
    const as = slice('a', group, s, e);
    const bs = slice('b', group, s, e);
    if (same(as, baseSlice) || same(as, bs)) out.push({ kind: 'take', items: bs });
    else if (same(bs, baseSlice)) out.push({ kind: 'take', items: as });
    else out.push({ kind: 'conflict', base: baseSlice, a: as, b: bs });
    pos = e;
  }
  stableUntil(base.length);
  return out;
}
