// The word-by-word difference between two revisions' texts. The diff library's own word splitting
// knows Latin letters only and cuts Russian and Kyrgyz words into letters ("еже[м→н]е[сяч→дель]но");
// the platform's word segmenter keeps every script's words whole.
import { type ChangeObject, diffWords } from 'diff';

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

export const wordDiff = (before: string, after: string): ChangeObject<string>[] => diffWords(before, after, { intlSegmenter: words });
