// What the parser was unsure of, as a code with its values: the screens say it in the user's
// language, the CLI and the JSON reports keep the English sentence built here.
import type { ParseWarning } from './types';

export const WARNING_CODES = ['numbers-missing', 'number-out-of-sequence', 'item-out-of-sequence', 'number-assumed', 'text-skipped', 'footnote-uncited'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

type Params<C extends WarningCode> = {
  'numbers-missing': { number: string; previous: string };
  'number-out-of-sequence': { number: string; expected: string };
  'item-out-of-sequence': { label: string; paragraph: string };
  'number-assumed': { number: string };
  'text-skipped': { text: string };
  'footnote-uncited': { marker: string };
}[C];

const ENGLISH: { [C in WarningCode]: (p: Params<C>) => string } = {
  'numbers-missing': (p) => `Paragraph ${p.number} follows paragraph ${p.previous}: the numbers in between are missing.`,
  'number-out-of-sequence': (p) => `Paragraph number ${p.number} is out of sequence (expected ${p.expected}); kept as text.`,
  'item-out-of-sequence': (p) => `Item (${p.label}) is out of sequence in paragraph ${p.paragraph}; kept as text.`,
  'number-assumed': (p) => `A question without a paragraph number was taken as paragraph ${p.number}; check it.`,
  'text-skipped': (p) => `Text outside any paragraph was skipped: “${p.text}”`,
  'footnote-uncited': (p) => `Footnote ${p.marker} is not cited anywhere in the text; it is kept unattached.`,
};

/** A warning at a 1-based source line (0: not tied to one line). */
export function parseWarning<C extends WarningCode>(line: number, code: C, params: Params<C>): ParseWarning {
  return { line, code, params, message: ENGLISH[code](params) };
}
