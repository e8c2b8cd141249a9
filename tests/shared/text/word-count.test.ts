// Word counting follows the rules of a word processor, in Latin and Cyrillic script.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/text/word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['The State party has adopted a law.', 7],
    ['time-bound, ill-treatment and non-refoulement', 4],
    ['In 2022, 1,250,000 migrants sent 3.5 billion dollars', 8],
    ['Закон «О внешней миграции» принят в 2006 году.', 8],
    ['Мыйзам өлкөдөгү мигранттардын үй-бүлөлөрүн коргойт', 5],
    ['article 16 (7) of the Convention — see para. 23', 9],
    ["the State party's report", 4],
    ['CMW/C/KGZ/CO/1 and HRI/GEN/2/Rev.6', 3],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
