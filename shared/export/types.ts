// The State party report as data: the settings of its title page, the pre-export check, and the
// laid-out report (headings, numbered reply paragraphs, tables, footnotes) that every exporter
// (docx, html, json) renders the same way, so that numbering never differs between formats.
import type { AnswerStatus } from '../api/types';
import type { DataTableElement, FormattedText, LinkElement } from '../editor/types';

export type ReportLanguage = 'en' | 'ru';
export type ExportFormat = 'docx' | 'html' | 'json';
/** report: the State party report; review: the list of issues with the replies interleaved. */
export type ExportLayout = 'report' | 'review';

export interface ReportSettings {
  title: string;
  dueYear: number | null;
  submittedYear: number | null;
  language: ReportLanguage;
  /** Move every table to a statistical annex, leaving a cross-reference where it stood. */
  statisticalAnnex: boolean;
}

export interface ReportSettingsView extends ReportSettings {
  /** False while the settings are the defaults derived from the list of issues. */
  saved: boolean;
}

export interface UnansweredItem {
  ref: string;
  kind: 'paragraph' | 'subitem';
  /** Sub-items of a paragraph left wholly unanswered (they are not listed one by one). */
  subitems: number;
  /** A sub-item without its own reply whose paragraph (or parent item) has one that may cover it: listed, not blocking. */
  covered: boolean;
}

export interface WordLimitLine {
  /** "total" for the whole report, otherwise the section label ("II"). */
  scope: string;
  words: number;
  limit: number;
  over: boolean;
}

/** An answer whose question a re-imported list reworded, not approved since: to be read against the new question. */
export interface QuestionChangedItem {
  ref: string;
  /** When that list was imported, and from which file. */
  importedAt: string;
  source: string;
}

export interface ReportCheck {
  unanswered: UnansweredItem[];
  /** Open merge conflicts per answer. */
  conflicts: Array<{ ref: string; count: number }>;
  notApproved: Array<{ ref: string; status: AnswerStatus }>;
  /** Answers (among notApproved) whose question a re-import changed: check each against its new question. */
  questionChanged: QuestionChangedItem[];
  words: WordLimitLine[];
  /**
   * The whole report as compiled (title page, headings, replies, footnotes, tables in the text; not
   * the statistical annex) against the report's limit, as a secretariat counting the file would.
   * A warning: the budget above, which decides readiness, counts replies and footnotes only.
   */
  compiled: { words: number; limit: number; over: boolean };
  /** Nothing above stands in the way of a final (non-draft) export. */
  ready: boolean;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64-encoded so that they cross IPC and HTTP as JSON. */
  base64: string;
  bytes: number;
  draft: boolean;
  /** Open merge conflicts per answer at the time of export: a draft or review copy shows both versions of each. */
  conflicts: Array<{ ref: string; count: number }>;
}

/** An open merge conflict as an export marks it: where it shows in the answer and who wrote each version. */
export interface ConflictMark {
  /** The index of its first unit (paragraph, quote, list item or table) in the answer. */
  at: number;
  /** Who wrote each version, in the order the versions stand in the text. */
  writers: [string, string];
  /** Text conflicts: how many units each version spans (0: deleted on that side). */
  lengths: [number, number] | null;
  /** Table conflicts: the place in the table below and each side's value (null: deleted on that side). */
  table: { place: 'cell' | 'row' | 'column' | 'meta'; field: string; row: string | null; column: string | null; values: [string | null, string | null] } | null;
}

/** Inline content of a reply, with footnotes numbered in reading order across the report. */
export type ReportInline = FormattedText | LinkElement | { type: 'footnote'; note: string; number: number };

export type ReportPart =
  /** A heading of the list of issues: 1 section, 2 lettered heading, 3 numbered heading, 4 article group. */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { type: 'reply-heading'; ref: string; text: string }
  | { type: 'subitem-heading'; ref: string; depth: number; text: string }
  /** Review layout only: the question being answered, and the answer's workflow status. */
  | { type: 'question'; ref: string; text: string; status: AnswerStatus | null }
  | { type: 'pending'; ref: string }
  /** Draft and review copies: an open merge conflict, announced before its two versions, each version labelled. */
  | { type: 'conflict-note'; ref: string; text: string }
  | { type: 'paragraph'; ref: string; number: number; children: ReportInline[] }
  | { type: 'quote'; ref: string; children: ReportInline[] }
  | { type: 'list'; ref: string; ordered: boolean; items: ReportInline[][] }
  | { type: 'table'; ref: string; number: number; table: DataTableElement }
  /** Where a table moved to the statistical annex stood. */
  | { type: 'table-ref'; ref: string; number: number; title: string };

export interface AnnexTable {
  ref: string;
  number: number;
  table: DataTableElement;
}

export interface ReportModel {
  layout: ExportLayout;
  language: ReportLanguage;
  draft: boolean;
  /** One line each, printed on a draft's title page. */
  draftNotes: string[];
  committee: string | null;
  symbol: string | null;
  stateParty: string | null;
  title: string;
  dueYear: number | null;
  submittedYear: number | null;
  parts: ReportPart[];
  annex: AnnexTable[];
  footnotes: number;
  tables: number;
  words: number;
}
