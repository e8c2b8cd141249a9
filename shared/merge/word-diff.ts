// Word-level differences between two versions of a text, for showing a conflict side by side.
// Intl.Segmenter splits words by Unicode rules, so Russian and Kyrgyz diff by word, not by letter.
import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  op: 'same' | 'added' | 'removed';
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to, { intlSegmenter: segmenter }).map((p) => ({ text: p.value, op: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}
