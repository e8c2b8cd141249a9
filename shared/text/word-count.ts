// Word counting as a word processor does it: a word is a run of letters or digits, joined by
// hyphens, apostrophes and number punctuation, in any script (Latin, Cyrillic incl. Kyrgyz ң ө ү).
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-‐‑'’.,/][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
