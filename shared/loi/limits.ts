// Word and page limits stated in the questions or their headings ("not to exceed three pages",
// "should not exceed 42,400 words", "(3,000 words maximum)", "ne devrait pas dépasser 21 200 mots").
import type { Limit } from './types';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, dix: 10, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, diez: 10,
  одной: 1, одну: 1, двух: 2, две: 2, трех: 3, трёх: 3, три: 3, четырех: 4, четыре: 4, пяти: 5, пять: 5, десяти: 10,
};
const AMOUNT = String.raw`([\d.,\u00A0\u202F ]*\d|\p{L}+)`;
const UNIT = String.raw`(words|pages|mots|palabras|páginas|слов|страниц\p{L}*)`;
const BEFORE = String.raw`(?:not (?:to )?exceed(?:ing)?|no more than|not more than|maximum of|limited to|ne (?:doit|devrait|doivent|devraient) pas dépasser|ne pas dépasser|ne dépassant pas|ne devant pas dépasser|pas plus de|limitée? à|no (?:debe|debería|deben|deberían) (?:exceder|superar)(?: de| las| los)?|no exceda(?:n)?(?: de)?|no más de|máximo de|не (?:должен|должна|должно|должны) превышать|не превышающ\p{L}*|не более|не больше)`;
const LIMITS = [
  new RegExp(String.raw`${BEFORE}\s+${AMOUNT}\s+${UNIT}`, 'iu'),
  new RegExp(String.raw`${AMOUNT}\s+${UNIT}\s+(?:maximum|au maximum|como máximo|máximo|максимум)`, 'iu'),
  new RegExp(String.raw`(?:maximum|máximo|максимум)\s*:?\s+${AMOUNT}\s+${UNIT}`, 'iu'),
];

// Most texts state no limit: a cheap look for a unit word first keeps the full patterns off them.
const UNIT_WORD = /words|pages|mots|palabras|páginas|слов|страниц/iu;

export function findLimit(text: string): { unit: Limit['unit']; value: number; source: string } | null {
  if (!UNIT_WORD.test(text)) return null;
  for (const re of LIMITS) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1].trim().toLowerCase();
    const value = /\d/.test(raw) ? Number(raw.replace(/[^\d]/g, '')) : NUMBER_WORDS[raw];
    if (!value) continue;
    const unit = /^(?:words|mots|palabras|слов)/iu.test(m[2]) ? 'words' : 'pages';
    return { unit, value, source: m[0].trim() };
  }
  return null;
}
