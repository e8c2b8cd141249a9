// How a raw cell string reads in its column: a number, one of the UN missing-value marks, text, or
// a value that does not parse. The raw string is what is stored; this is only ever a reading of it.
import type { CellKind } from '../editor/types';

/** ".." not available, "-" nil or negligible, "n/a" not applicable: never the same thing as 0 or as empty. */
export type MissingMark = '..' | '-' | 'n/a';

export type InvalidReason =
  | 'not-a-number'
  | 'not-whole'
  | 'ambiguous-separator'
  | 'percent-sign'
  | 'bad-grouping';

export type CellValue =
  | { type: 'empty' }
  | { type: 'missing'; mark: MissingMark }
  | { type: 'number'; value: number; decimals: number }
  | { type: 'text'; text: string }
  | { type: 'invalid'; reason: InvalidReason };

const MARKS: ReadonlyArray<[RegExp, MissingMark]> = [
  [/^(?:\.\.|…)$/, '..'],
  [/^[-–—]$/, '-'],
  [/^n\/a$/i, 'n/a'],
];

export function missingMark(raw: string): MissingMark | null {
  const s = raw.trim();
  for (const [re, mark] of MARKS) if (re.test(s)) return mark;
  return null;
}

export const isNumericKind = (kind: CellKind): boolean => kind !== 'text';

export function parseCell(raw: string, kind: CellKind): CellValue {
  const s = raw.trim();
  if (s === '') return { type: 'empty' };
  const mark = missingMark(s);
  if (mark) return { type: 'missing', mark };
  if (kind === 'text') return { type: 'text', text: s };
  return parseNumber(s, kind);
}

// Spaces of every width that people and spreadsheets use to group thousands.
const SPACES = /[ \u00a0\u202f\u2009\u2007]/;
const ALL_SPACES = /[ \u00a0\u202f\u2009\u2007]/g;
const DIGITS = /^\d+$/;
const grouped = (s: string, sep: string) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`).test(s);
const invalid = (reason: InvalidReason): CellValue => ({ type: 'invalid', reason });

/**
 * Reads "1234", "1 234", "1,234", "12.5", "12,5", "1 234,5", "1,234.5", "-3", "−3", "12.5 %".
 * A comma alone is a decimal separator in decimal and percent columns ("12,5"), and a thousands
 * separator in integer columns ("1,234"); "1,234" in a decimal column could be either, so it is
 * refused rather than guessed.
 */
export function parseNumber(input: string, kind: Exclude<CellKind, 'text'>): CellValue {
  let s = input.trim();
  if (s.endsWith('%')) {
    if (kind !== 'percent') return invalid('percent-sign');
    s = s.slice(0, -1).trim();
  }
  let sign = 1;
  if (/^[-−+]/.test(s)) {
    sign = s[0] === '+' ? 1 : -1;
    s = s.slice(1).trim();
  }
  if (s === '' || /[^\d.,\s\u00a0\u202f\u2009\u2007]/.test(s)) return invalid('not-a-number');
  let whole: string;
  let frac: string | null = null;
  if (SPACES.test(s)) {
    // "1 234 567,5": spaces group thousands, so a single "," or "." can only be the decimal point.
    const parts = s.split(/[.,]/);
    if (parts.length > 2 || !grouped(parts[0].replace(ALL_SPACES, ' '), ' ')) return invalid('bad-grouping');
    whole = parts[0].replace(ALL_SPACES, '');
    frac = parts.length === 2 ? parts[1] : null;
  } else {
    const dots = s.split('.').length - 1;
    const commas = s.split(',').length - 1;
    if (dots && commas) {
      // The separator that comes last is the decimal one; the other must group thousands.
      const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
      const parts = s.split(decimal);
      if (parts.length > 2 || !grouped(parts[0], decimal === '.' ? ',' : '.')) return invalid('bad-grouping');
      whole = parts[0].replace(/[.,]/g, '');
      frac = parts[1];
    } else if (commas > 1 || dots > 1 || (commas === 1 && kind === 'integer')) {
      if (!grouped(s, commas ? ',' : '.')) return invalid(kind === 'integer' && /^\d+[.,]\d+$/.test(s) ? 'not-whole' : 'bad-grouping');
      whole = s.replace(/[.,]/g, '');
    } else if (commas === 1 && grouped(s, ',') && !s.startsWith('0')) {
      return invalid('ambiguous-separator');
    } else if (commas + dots === 1) {
      [whole, frac] = s.split(/[.,]/);
    } else {
      whole = s;
    }
  }
  if (whole === '' && frac) whole = '0';
  if (!DIGITS.test(whole) || (frac !== null && !DIGITS.test(frac))) return invalid('not-a-number');
  if (kind === 'integer' && frac !== null) return invalid('not-whole');
  return { type: 'number', value: sign * Number(`${whole}.${frac ?? '0'}`), decimals: frac?.length ?? 0 };
}

/** A number back to a plain cell string ("1234.5"), for computed values shown to the user. */
export function formatPlain(value: number, decimals: number): string {
  const fixed = value.toFixed(Math.min(Math.max(decimals, 0), 10));
  return fixed === '-0' || /^-0\.0+$/.test(fixed) ? fixed.slice(1) : fixed;
}
