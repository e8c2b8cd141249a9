// What a cleaned line of a list of issues can be: the numbering and heading conventions of UN
// documents in English, French, Spanish and Russian, recognised one line at a time.
import { parseArticleGroup } from './articles';
import { LINE_END_HYPHEN } from './clean-lines';

const SENTINELS = /[\uE000-\uE004]\d*\uE001?/gu;
/** The line as the reader sees it, without citation or hyphen sentinels. */
export const visible = (text: string) => text.replace(/\uE000\d+\uE001/gu, '').replace(SENTINELS, '').trim();

export const SECTION = /^(?:Section|Sección|Secci[oó]n|Раздел)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$/u;
export const PART = /^(?:Part|Partie|Parte|Часть)\s+[IVXLC]+\b/u;
export const ROMAN_HEADING = /^([IVX]{1,5})\.\s+(\S.*)$/u;
export const LETTER_HEADING = /^([A-Z]|[АВСЕНКМОРТХБГДЖЗИ])\.\s+(\S.*)$/u;
export const NUMBERED = /^(\d{1,3})\.(?:\s*(?!\d)(\S.*))?$/u;
export const ITEM = /^\(?([a-z]{1,2}|[ivxl]{1,6}|[а-яё])\)\s*(.*)$/u;
export const TITLE_START = /^(?:List of issues|Issues prior to|Liste de(?:s)? points|Lista de cuestiones|Перечень вопросов)/iu;

// Questions open with a request; headings never do.
export const REQUEST = /^(?:Please|Kindly|Veuillez|Prière|Sírvanse|Sírvase|Просьба|Просим)(?!\p{L})/u;

/** A heading is short (one line of a Word or web page: CCPR's longest run to about 190 characters), starts with a capital or a number, and does not end like a sentence. */
export const HEADING_MAX = 220;
export const looksLikeHeading = (text: string) => {
  const t = visible(text);
  return t.length > 0 && t.length <= HEADING_MAX && !/[.;:,]$/.test(t) && /^[\p{Lu}\d(«“"]/u.test(t) && !REQUEST.test(t);
};

/** The line closes a sentence, so what follows may be a new paragraph, item or heading. */
export const endsSentence = (text: string) => /[.;:?!]["”’»)]?$/u.test(visible(text));

/** The line ends with a word that cannot end a phrase: the next line continues it. */
export const endsOpen = (text: string) =>
  /(?:\b(?:of|the|and|or|to|in|on|for|with|by|a|an|de|du|des|la|le|les|et|à|au|aux|en|del|el|los|las|y|para|por|и|в|по|на|о|об|с|к|для)|[,\-–(])$/iu.test(
    visible(text).replace(new RegExp(LINE_END_HYPHEN, 'gu'), ''),
  );

export const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
export const isRoman = (label: string) => ROMANS.includes(label);
export const nextRoman = (label: string | undefined) => (label === undefined ? 'i' : (ROMANS[ROMANS.indexOf(label) + 1] ?? ''));
export const nextLetter = (label: string | undefined) =>
  label === undefined ? 'a' : label === 'z' ? 'aa' : label.length === 2 ? label[0] + String.fromCharCode(label.charCodeAt(1) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);

// Russian lists letter their items either with Latin letters, Cyrillic look-alikes or the Russian
// alphabet (а, б, в…); refs always use Latin letters so that answers survive a re-import in another language.
const RUSSIAN_ORDER = 'абвгдежзиклмнопрстуфхцчшщэюя';
const LOOKALIKE: Record<string, string> = { а: 'a', в: 'b', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', і: 'i' };

/** The Latin label a Cyrillic item or heading letter stands for, given the one expected next. */
export function latinLabel(label: string, expected: string): string {
  if (/^[a-zA-Z]+$/.test(label)) return label;
  const lower = label.toLowerCase();
  const positional = RUSSIAN_ORDER.includes(lower) ? String.fromCharCode(97 + RUSSIAN_ORDER.indexOf(lower)) : '';
  const lookalike = LOOKALIKE[lower] ?? '';
  const pick = [positional, lookalike].find((l) => l === expected.toLowerCase()) ?? (positional || lookalike);
  return label === lower ? pick : pick.toUpperCase();
}

/** A heading line's kind, used to learn how headings nest in this document. */
export type HeadingKind = 'section' | 'part' | 'roman' | 'letter' | 'numbered' | 'articles' | 'plain';

export interface HeadingLine {
  kind: HeadingKind;
  label: string;
  title: string;
  articles?: number[];
}

/** Headings recognised from their own form; plain (unnumbered) headings need context and are found elsewhere. */
export function headingOf(text: string, expectedLetter: string, expectedRoman: string): HeadingLine | null {
  const t = visible(text);
  const section = SECTION.exec(t);
  if (section && t.length < 120 && !endsSentence(t)) return { kind: 'section', label: section[1], title: section[2].trim() };
  const articles = t.length < 120 && !endsSentence(t) ? parseArticleGroup(t) : null;
  if (articles) return { kind: 'articles', label: '', title: t, articles };
  if (PART.test(t) && looksLikeHeading(t)) return { kind: 'part', label: '', title: t };
  const roman = ROMAN_HEADING.exec(t);
  if (roman && looksLikeHeading(roman[2]) && (roman[1] === expectedRoman || roman[1] === 'I')) return { kind: 'roman', label: roman[1], title: roman[2].trim() };
  const letter = LETTER_HEADING.exec(t);
  if (letter && looksLikeHeading(letter[2])) {
    const label = latinLabel(letter[1], expectedLetter);
    if (label === expectedLetter || label === 'A') return { kind: 'letter', label, title: letter[2].trim() };
  }
  return null;
}
