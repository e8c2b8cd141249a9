// Two versions of a passage whose words are the same can still differ: in a footnote's body (not
// part of the running text) or in formatting (bold, italic, a link's address). This says which, so
// the queue never shows two identical sides with nothing to choose between.
import { type AnswerContent, footnotes } from '../../../shared/editor/types';

export type HiddenDifference =
  | { kind: 'footnotes'; notes: Array<{ n: number; mine: string | null; theirs: string | null }> }
  | { kind: 'formatting' }
  | null;

/** Null when the running texts differ (the word diff shows it) or the passages are the same. */
export function hiddenDifference(mineText: string, theirsText: string, mine: AnswerContent | null, theirs: AnswerContent | null): HiddenDifference {
  if (mineText !== theirsText || mine === null || theirs === null) return null;
  if (JSON.stringify(mine) === JSON.stringify(theirs)) return null;
  const a = footnotes(mine);
  const b = footnotes(theirs);
  const notes = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ n: i + 1, mine: a[i] ?? null, theirs: b[i] ?? null })).filter(
    (x) => x.mine !== x.theirs,
  );
  return notes.length > 0 ? { kind: 'footnotes', notes } : { kind: 'formatting' };
}
