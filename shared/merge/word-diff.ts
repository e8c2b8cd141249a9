// Word-level differences between two versions of a text, for showing a conflict side by side.
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  text: string;
  op: 'same' | 'added' | 'removed';
}

export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWordsWithSpace(from, to).map((p) => ({ text: p.value, op: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}
