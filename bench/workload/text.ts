// Report-like English prose made from a seeded generator: blocks of an exact number of words (as
// shared/text/word-count.ts counts them), and the small rewrites a drafter makes to a block.
import type { Rng } from '../lib/prng';

const WORDS = (
  'the State party migrant workers members of their families Ministry Labour Social Development ' +
  'Migration Service adopted law amendments regulation programme national strategy implementation ' +
  'information provided period reporting measures taken protection rights employment contract ' +
  'registration residence permit consular assistance Russian Federation Kazakhstan Eurasian Economic Union ' +
  'agreement bilateral cooperation training officials inspections complaints received investigated ' +
  'remittances returnees reintegration children left behind schools education health insurance pension ' +
  'social security women trafficking persons victims shelters hotline prosecutions convictions data ' +
  'statistics disaggregated sex age region budget allocated funds international organizations civil ' +
  'society consultations draft decree resolution Cabinet Jogorku Kenesh parliament approved entered force ' +
  'year months during since which including also further continued ensure access effective remedies ' +
  'courts judges lawyers free legal aid awareness campaigns media recruitment agencies licensed ' +
  'monitoring oversight committee recommendations previous concluding observations paragraph'
).split(' ');

/** A sentence of `n` words, capitalised, ending in a full stop. */
function sentence(r: Rng, n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r.pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

/** A block of exactly `words` words, in sentences of 8 to 20 words. */
export function block(r: Rng, words: number): string {
  const out: string[] = [];
  let left = words;
  while (left > 0) {
    // Never leave a last sentence shorter than 8 words.
    const n = left <= 20 ? left : r.int(8, Math.min(20, left - 8));
    out.push(sentence(r, n));
    left -= n;
  }
  return out.join(' ');
}

/** The block with `changes` of its words replaced, as a drafter rewording it would: same word count. */
export function reword(r: Rng, text: string, changes: number): string {
  const parts = text.split(' ');
  for (let i = 0; i < changes; i++) {
    const at = r.int(0, parts.length - 1);
    const end = parts[at].endsWith('.') ? '.' : '';
    const word = r.pick(WORDS);
    parts[at] = (at === 0 || parts[at - 1].endsWith('.') ? word[0].toUpperCase() + word.slice(1) : word) + end;
  }
  return parts.join(' ');
}

/** `total` words cut into blocks of about `size` words (the last one takes the rest). */
export function blockSizes(total: number, size: number): number[] {
  const n = Math.max(1, Math.round(total / size));
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - base * (n - 1) : base));
}
