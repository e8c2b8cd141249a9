// First pass over text extracted from a UN PDF: drops page artefacts (job numbers, page numbers,
// running headers, URL lines) and lifts footnote bodies out of the running text, remembering where
// each one sat so that its citation can be found on the same page.
import type { ParseWarning } from './types';

export interface BodyLine {
  text: string;
  /** 1-based line number in the source, for warnings the user can look up. */
  line: number;
}

export interface RawFootnote {
  marker: string;
  text: string;
  /** How many body lines precede the footnote block: its citation is above that point. */
  bodyIndex: number;
}

export interface CleanedText {
  body: BodyLine[];
  footnotes: RawFootnote[];
  symbol: string | null;
  warnings: ParseWarning[];
}

const JOB_NUMBER = /^GE\.\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\d{6}\s+\d{6})?\s*(?:\*\d+\*)?$/;
const PAGE_NUMBER = /^(?:\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3}\/\d{1,3})$/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/;
export const SYMBOL = /\b([A-Z]{2,6}\/C\/[A-Z]{2,4}\/(?:QPR|Q|QPRC)\/\d+(?:\/Add\.\d+)?)\b/;
const SYMBOL_LINE = new RegExp(`^${SYMBOL.source}$`);
const FOOTNOTE_START = /^(\*{1,3}|\d{1,3})\s+(\S.*)$/;
const DISTRIBUTION = /^(?:Distr\.?:?\s.*|Original:?\s.*|Advance unedited version|\d{1,2}\s+\p{L}+\s+\d{4})$/u;

export function cleanLines(source: string): CleanedText {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  const body: BodyLine[] = [];
  const footnotes: RawFootnote[] = [];
  const warnings: ParseWarning[] = [];
  let symbol: string | null = null;
  let inFootnotes = false;
  let current: RawFootnote | null = null;

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw === '') return;
    if (/^\s+$/.test(raw)) {
      // A line of spaces is how PDF extraction renders the rule above a page's footnotes.
      inFootnotes = true;
      current = null;
      return;
    }
    const text = raw.replace(/[\u00A0\u2007\u202F]/g, ' ').trim();
    if (JOB_NUMBER.test(text) || PAGE_NUMBER.test(text) || DISTRIBUTION.test(text)) return;
    if (SYMBOL_LINE.test(text)) {
      symbol ??= text;
      return;
    }
    if (URL_LINE.test(text)) {
      if (inFootnotes) {
        inFootnotes = false;
        current = null;
      }
      return;
    }
    if (inFootnotes) {
      const start = FOOTNOTE_START.exec(text);
      if (start) {
        current = { marker: start[1], text: start[2], bodyIndex: body.length };
        footnotes.push(current);
        return;
      }
      if (current && !/[.!?]["”’)]?$/.test(current.text)) {
        current.text = joinText(current.text, text);
        return;
      }
      inFootnotes = false;
      current = null;
    }
    body.push({ text, line });
  });
  for (const f of footnotes) f.text = f.text.replace(/\s+/g, ' ').trim();
  return { body, footnotes, symbol, warnings };
}

/** Joins two wrapped lines: a line ending in a hyphen before a lower-case word is one word. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (/\p{L}[-‐]$/u.test(a) && /^\p{Ll}/u.test(b)) return a + b;
  return `${a} ${b}`;
}
