// Word counting as a word processor does it: a word is a run of letters or digits, joined by
// hyphens, apostrophes and number punctuation, in any script (Latin, Cyrillic incl. Kyrgyz ң ө ү).
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-‐‑'’.,/][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  // test() moves lastIndex past each word without building a match object (matchAll does).
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}
