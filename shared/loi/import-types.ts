// What importing a list of issues into an open workspace would do, and did: the API results of the
// loi domain, shared by the core, the CLI and the import screen.
import type { ParsedLoi } from './types';

export type LoiFormat = 'text' | 'html' | 'docx' | 'pdf';

export interface QuestionChange {
  ref: string;
  before: string | null;
  after: string | null;
  /** The workspace holds an answer to this question. */
  answered: boolean;
  /** Where the old question text now stands, when the new list moved it to another number (only when certain). */
  movedTo?: string;
}

export interface ImportPlan {
  /** "replace" when the workspace has no answers yet; "reimport" keeps every answer by paragraph and sub-item number. */
  mode: 'replace' | 'reimport';
  paragraphs: number;
  subitems: number;
  answered: number;
  changed: QuestionChange[];
  added: QuestionChange[];
  /** Questions that leave the list but stay, with their answers, under "No longer in the list of issues". */
  retired: QuestionChange[];
  /** Questions that were retired by an earlier import and are back. */
  restored: QuestionChange[];
  /** Questions that leave the list with nothing attached to them. */
  removed: number;
  unchanged: number;
  /** Ready or approved answers whose question now reads otherwise: they go back to drafting, to be read against it. */
  reopened: Array<{ ref: string; status: 'ready' | 'approved' }>;
}

export interface ImportReport extends ImportPlan {
  importId: number;
  sourceName: string;
}

export interface LoiPreview {
  fileName: string;
  format: LoiFormat;
  loi: ParsedLoi;
  plan: ImportPlan;
}
