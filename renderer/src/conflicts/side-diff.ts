// One side of a conflict split into runs that the other side shares or not, cut from this side's own
// text only: a shared run never borrows the other side's spacing or punctuation, so each side reads
// exactly as it was written. Words and punctuation are compared as Unicode segments (Russian, Kyrgyz
// and English alike); spacing is compared only where both sides have the same words around it.
import { diffArrays } from 'diff';

export interface SidePart {
  text: string;
  changed: boolean;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words and punctuation of a text, each with the spacing before it; `tail` is the spacing at the end. */
function split(s: string): { words: string[]; gaps: string[]; tail: string } {
  const words: string[] = [];
  const gaps: string[] = [];
  let gap = '';
  for (const { segment } of segmenter.segment(s)) {
    if (/^\s+$/.test(segment)) gap += segment;
    else {
      words.push(segment);
      gaps.push(gap);
      gap = '';
    }
  }
  return { words, gaps, tail: gap };
}

export function sideParts(text: string, other: string): SidePart[] {
  const own = split(text);
  const them = split(other);
  // For each of our words, the index of the same word on the other side, or -1 if only we have it.
  const match: number[] = [];
  let j = 0;
  for (const c of diffArrays(own.words, them.words)) {
    if (c.added) j += c.count;
    else if (c.removed) match.push(...Array<number>(c.count).fill(-1));
    else for (let k = 0; k < c.count; k++) match.push(j++);
  }
  const runs: SidePart[] = [];
  const push = (t: string, changed: boolean) => {
    const last = runs[runs.length - 1];
    if (t === '') return;
    if (last && last.changed === changed) last.text += t;
    else runs.push({ text: t, changed });
  };
  own.words.forEach((w, i) => {
    const gap = own.gaps[i];
    const here = match[i];
    const before = i > 0 ? match[i - 1] : -2;
    // Spacing between two new words belongs to them; between two shared neighbours it differs only
    // if the other side spaces the same pair otherwise (a space before a full stop, say).
    const gapChanged =
      (here === -1 && before === -1) ||
      (here >= 0 && before >= 0 && here === before + 1 && them.gaps[here] !== gap) ||
      (here === 0 && before === -2 && them.gaps[0] !== gap);
    push(gap, gapChanged);
    push(w, here === -1);
  });
  const lastMatch = match[match.length - 1];
  push(own.tail, lastMatch !== undefined && lastMatch === them.words.length - 1 && them.tail !== own.tail);
  return runs;
}
