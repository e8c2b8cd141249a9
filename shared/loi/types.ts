// What a parsed list of issues looks like, independent of the file it came from.
import type { WarningCode } from './warnings';

export interface LoiMetadata {
  symbol: string | null;
  committee: string | null;
  stateParty: string | null;
  title: string;
  /** ISO 639-1 code of the text's language. */
  language: string;
  /** The asterisk note on the title, usually "Adopted by the Committee at its … session (dates)". */
  note: string | null;
  /** Read from the note: the session as a number, and its dates as written. */
  adoption: { session: number | null; dates: string } | null;
  /** Which report the list prepares, from the title: periodic 5 and 6 for "the combined fifth and sixth periodic reports". */
  report: { kind: 'initial' | 'periodic'; numbers: number[] } | null;
}

/** One level of the heading chain above a paragraph. */
export interface Heading {
  kind: 'section' | 'heading' | 'articles';
  /** "I", "A", "1" or "" for unnumbered headings. */
  label: string;
  title: string;
  /** The articles the heading covers: an article group, or "(arts. 1 and 2)" in its title. */
  articles?: number[];
  /** Unnumbered text under the heading, such as "In this section, the State party is requested…". */
  intro?: string;
}

export interface SubItem {
  label: string;
  text: string;
  subitems: SubItem[];
}

export interface FootnoteRef {
  marker: string;
  text: string;
  /** Paragraph number that cites it, or null for the document title (the asterisk note). */
  paragraph: string | null;
}

export interface Paragraph {
  number: string;
  text: string;
  headings: Heading[];
  articles: number[];
  subitems: SubItem[];
  footnotes: string[];
  references: string[];
}

export interface Limit {
  unit: 'words' | 'pages';
  value: number;
  /** "document" for the whole reply, or the section/paragraph it governs. */
  scope: { kind: 'document' } | { kind: 'section'; label: string } | { kind: 'paragraph'; number: string };
  source: string;
}

export interface ParseWarning {
  line: number;
  /** What kind of doubt (shared/loi/warnings.ts), so that a screen can say it in its own language. */
  code?: WarningCode;
  params?: Record<string, string>;
  /** The same in English, for the CLI and JSON reports. */
  message: string;
}

export interface ParsedLoi {
  document: LoiMetadata;
  paragraphs: Paragraph[];
  footnotes: FootnoteRef[];
  limits: Limit[];
  warnings: ParseWarning[];
}
