// Word and page limits stated in the questions ("not to exceed three pages", "should not exceed 42,400 words").
import type { Limit } from './types';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5,
  одной: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, пяти: 5,
};
const LIMIT = new RegExp(
  String.raw`(?:not (?:to )?exceed|ne (?:doit|devrait) pas dépasser|ne pas dépasser|no (?:debe|debería) exceder|no exceda|не (?:должен|должна|должно|должны) превышать|не превышающ\p{L}*)\s+([\d.,\u00A0 ]*\d|\p{L}+)\s+(words|pages|mots|palabras|páginas|слов|страниц\p{L}*)`,
  'iu',
);

export function findLimit(text: string): { unit: Limit['unit']; value: number; source: string } | null {
  const m = LIMIT.exec(text);
  if (!m) return null;
  const raw = m[1].trim().toLowerCase();
  const value = /\d/.test(raw) ? Number(raw.replace(/[^\d]/g, '')) : NUMBER_WORDS[raw];
  if (!value) return null;
  const unit = /^(?:words|mots|palabras|слов)/iu.test(m[2]) ? 'words' : 'pages';
  return { unit, value, source: m[0] };
}
