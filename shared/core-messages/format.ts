// What the core's message catalogues share: an entry (one function per language over the same
// values), numbers as each language writes them, and Russian's three plural forms (Kyrgyz keeps
// the noun singular after a number).
export type Lang = 'en' | 'ru' | 'ky';

/** One message: its text in each language from the same values. */
export type Entry<P> = Record<Lang, (p: P) => string>;
export const entry = <P = Record<string, never>>(e: Entry<P>): Entry<P> => e;

const numbers: Record<Lang, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-US'), ru: new Intl.NumberFormat('ru-RU'), ky: new Intl.NumberFormat('ru-RU') };

/** 20000 -> "20,000" in English, "20 000" in Russian and Kyrgyz. */
export const num = (n: number, lang: Lang): string => numbers[lang].format(n);

const tenths: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ru: new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ky: new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A size in megabytes to one decimal: "21.0" in English, "21,0" in Russian and Kyrgyz. */
export const tenth = (n: number, lang: Lang): string => tenths[lang].format(n);

const ruRules = new Intl.PluralRules('ru-RU');

/** The Russian noun for `n`: forms for 1 (строка), 2-4 (строки) and 5+ (строк). */
export const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const rule = ruRules.select(n);
  return `${num(n, 'ru')} ${rule === 'one' ? one : rule === 'few' ? few : many}`;
};

/** The English noun for `n`, with an s unless there is one. */
export const enPlural = (n: number, noun: string): string => `${num(n, 'en')} ${noun}${n === 1 ? '' : 's'}`;
