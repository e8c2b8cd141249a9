// First pass over text extracted from a UN document: drops page artefacts (job numbers, page numbers,
// running headers, distribution lines, URL lines) and lifts footnote bodies out of the running text,
// remembering where each one sat so that its citation can be found on the same page.
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

/** Document symbols of lists of issues: CMW/C/KGZ/QPR/2, CRC/C/GEO/QPR/5-6, E/C.12/MNG/Q/5, CRC/C/OPSC/FRA/Q/1. */
export const SYMBOL =
  /\b((?:[A-Z]{2,6}\/C|E\/C\.12)\/(?:OP[A-Z]{2}\/)?[A-Z]{2,4}\/(?:QPR|QAI|Q|LOIPR)\/\d+(?:-\d+)?(?:\/Add\.\d+)?(?:\/Corr\.\d+)?)(?![\w/])/;
// Page footers: "GE.22-06509(E)", "GE.22-06509  *2206509*", "2 GE.22-06509", "GE.22-06509 3".
const JOB_NUMBER = /^(?:\d{1,3}\s+)?GE\.\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\d{6}\s+\d{6})?\s*(?:\*\d+\*)?(?:\s+\d{1,3})?$/;
const BARCODE = /^\*\d{6,8}\*$/;
const PAGE_NUMBER = /^(?:\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3}\s*\/\s*\d{1,3}|(?:Page|Página|Стр\.?)\s+\d{1,3}(?:\s+(?:of|de|из)\s+\d{1,3})?)$/iu;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/;
const SYMBOL_LINE = new RegExp(`^(?:\\d{1,3}\\s+)?${SYMBOL.source}(?:\\s+\\d{1,3})?$`);
const LANGUAGES = '(?:Arabic|Chinese|English|French|Russian|Spanish|anglais|français|espagnol|russe|inglés|francés|español|ruso)';
const DISTRIBUTION = new RegExp(
  String.raw`^(?:Distr\.?\s*:?\s.*|Original\s*:\s*\p{L}+|Advance unedited version|Version préliminaire non éditée|Versión avanzada sin editar|Please recycle.*|Merci de recycler.*|` +
    String.raw`${LANGUAGES}(?:(?:,\s*|\s+(?:and|et|y)\s+)${LANGUAGES})*(?:\s+(?:only|seulement|únicamente))?|` +
    String.raw`\d{1,2}\s+\p{L}+\s+\d{4}(?:\s+(?:г\.|года))?)$`,
  'iu',
);
const FOOTNOTE_START = /^(\*{1,3}|\d{1,3})\s+(\S.*)$/;
const BRACKETED_NOTE = /^\[(\d{1,3})\]\s*(\S.*)$/;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Superscript digits ("observations¹") and bracketed numbers ("observations[1]") are citations the text marks itself. */
function markers(text: string): string {
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹[]/u.test(text)) return text;
  const digits = (s: string) => [...s].map((c) => (SUPERSCRIPT.includes(c) ? String(SUPERSCRIPT.indexOf(c)) : c)).join('');
  return text
    .replace(/^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*/u, (_w, d: string) => `[${digits(d)}] `)
    .replace(/(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu, (d) => `\uE002${digits(d)}\uE003`)
    .replace(/(?<=[\p{L}.,;:)’”])\[(\d{1,3})\](?!\s*$)/gu, '\uE002$1\uE003');
}
// Citation markers an extractor already knows (Word footnote references, PDF superscripts).
export const EXPLICIT_CITATION = /\uE002([^\uE003]{1,4})\uE003/gu;
const INTERNAL = /[\uE000\uE001\uE004]/gu;

const isArtefact = (text: string) =>
  JOB_NUMBER.test(text) || BARCODE.test(text) || PAGE_NUMBER.test(text) || DISTRIBUTION.test(text) || URL_LINE.test(text) || SYMBOL_LINE.test(text);

export function cleanLines(source: string): CleanedText {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(INTERNAL, '')
    .split('\n');
  const body: BodyLine[] = [];
  const footnotes: RawFootnote[] = [];
  const warnings: ParseWarning[] = [];
  let symbol: string | null = null;
  let inFootnotes = false;
  let current: RawFootnote | null = null;
  let nextNumbered = 1;

  const startFootnote = (marker: string, text: string) => {
    current = { marker, text, bodyIndex: body.length };
    footnotes.push(current);
    if (/^\d+$/.test(marker)) nextNumbered = Number(marker) + 1;
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw === '') return;
    if (/^[\s\u00A0]+$/.test(raw)) {
      // A line of spaces is how PDF extraction renders the rule above a page's footnotes.
      inFootnotes = true;
      current = null;
      return;
    }
    const text = markers(raw.replace(/[\u00A0\u2007\u202F\t]/g, ' ').trim().replace(/\u00AD(?!$)/g, ''));
    if (text === '') return;
    const symbolHere = SYMBOL_LINE.test(text) ? SYMBOL.exec(text) : null;
    if (symbolHere) symbol ??= symbolHere[1];
    if (isArtefact(text)) {
      // A URL or page footer closes a footnote block: what follows is running text again.
      if (inFootnotes) {
        inFootnotes = false;
        current = null;
      }
      return;
    }
    // "[1] text" (Word's plain-text export, copy and paste) can only be a footnote, wherever it stands.
    const bracketed = BRACKETED_NOTE.exec(text);
    if (bracketed) {
      inFootnotes = true;
      return startFootnote(bracketed[1], bracketed[2]);
    }
    const start = FOOTNOTE_START.exec(text);
    if (inFootnotes) {
      if (start) return startFootnote(start[1], start[2]);
      if (current && !/[.!?]["”’)]?$/.test(current.text)) {
        current.text = joinText(current.text, text);
        return;
      }
      inFootnotes = false;
      current = null;
    } else if (start && looksLikeLooseFootnote(start[1], nextNumbered, footnotes, lines, i, body[body.length - 1]?.text ?? '')) {
      // A footnote body pasted without the blank rule above it: it sits just before the page footer.
      inFootnotes = true;
      return startFootnote(start[1], start[2]);
    }
    body.push({ text, line });
  });
  for (const f of footnotes) f.text = f.text.replace(/\s+/g, ' ').trim();
  return { body, footnotes, symbol, warnings };
}

/** "2 Unless otherwise indicated…" with the expected footnote number, followed within a few lines by a page artefact or the end. */
function looksLikeLooseFootnote(marker: string, nextNumbered: number, footnotes: RawFootnote[], lines: string[], at: number, before: string): boolean {
  const expected = marker.startsWith('*') ? !footnotes.some((f) => f.marker === marker) : Number(marker) === nextNumbered;
  if (!expected) return false;
  let seen = 0;
  let j = at + 1;
  for (; j < lines.length && seen < 4; j++) {
    const t = lines[j].replace(/[\u00A0\t]/g, ' ').trim();
    if (t === '') continue;
    if (isArtefact(t)) return true;
    seen++;
  }
  // Notes at the very end of the text (the last page, or a Word export) have no footer after them;
  // there the text before must be finished, so "…by at least / 1 per cent." stays text.
  return j >= lines.length && seen < 4 && /[.;:?!]["”’)]?$/.test(before);
}

/** Marks a hyphen that ended a line: whether it stays is decided once the whole text is known. */
export const LINE_END_HYPHEN = '\uE004';

/** Joins two wrapped lines: a line ending in a hyphen before a lower-case word may be one word. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (/\p{L}\u00AD$/u.test(a)) return a.slice(0, -1) + b;
  if (/\p{L}[-‐]$/u.test(a) && /^\p{Ll}/u.test(b)) return `${a}${LINE_END_HYPHEN}${b}`;
  return `${a} ${b}`;
}
