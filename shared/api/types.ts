// What the core's methods return: the data half of the API contract.
import type { AnswerContent } from '../editor/types';

export type Role = 'coordinator' | 'drafter';
export type AnswerStatus = 'not_started' | 'drafting' | 'ready' | 'approved';
export type NodeKind = 'section' | 'heading' | 'articles' | 'paragraph' | 'subitem';

export interface LimitInfo {
  scope: 'document' | 'section' | 'paragraph';
  ref: string | null;
  unit: 'words' | 'pages';
  value: number;
  /** The limit in words (pages x words per page). */
  words: number;
  source: string;
}

export interface DocumentInfo {
  symbol: string | null;
  committee: string | null;
  stateParty: string | null;
  title: string;
  language: string;
  note: string | null;
  wordLimit: number;
  wordsPerPage: number;
  limits: LimitInfo[];
}

export interface WorkspaceInfo {
  workspaceId: string;
  institution: string;
  role: Role;
  schemaVersion: number;
  document: DocumentInfo;
}

export interface OutlineNode {
  ref: string;
  parentRef: string | null;
  kind: NodeKind;
  label: string;
  /** Heading title, or the question text for paragraphs and sub-items. */
  text: string;
  depth: number;
  /** Words answered under this node, its own answer and everything below it. */
  words: number;
  /** Words of this node's own answer. */
  own: number;
  /** Whether this node's own answer holds anything: text, or a table (tables add no words). */
  filled: boolean;
  /** Left out by a re-imported list (kept with its answers): not part of the report, its words or its progress. */
  retired: boolean;
  status: AnswerStatus;
  /** Open merge conflicts in this node's answer and the answers below it (the outline always sets it). */
  conflicts?: number;
}

/** A heading above a paragraph, as data: the interface words it in the user's language. */
export interface HeadingRef {
  kind: 'section' | 'heading' | 'articles';
  label: string;
  title: string;
  /** The heading that keeps questions a re-imported list left out. */
  retired?: boolean;
}

export interface BudgetLine {
  /** The section's number ("II"); the interface words it ("Section II", "Раздел II"). */
  section: string;
  label: string;
  words: number;
  limit: number | null;
}

export interface Budget {
  total: number;
  limit: number;
  sections: BudgetLine[];
}

export interface Outline {
  nodes: OutlineNode[];
  budget: Budget;
}

export interface AnswerView {
  ref: string;
  content: AnswerContent;
  words: number;
  status: AnswerStatus;
  revision: string | null;
  updatedAt: string | null;
  /** The parents of `revision`: an editor's save sends them with its base, which a later save or import may have removed. */
  parents?: string[];
}

export interface SubItemView {
  ref: string;
  label: string;
  text: string;
  depth: number;
  /** Left out by a re-imported list; kept with its answer. */
  retired?: boolean;
}

export interface QuestionDetail {
  ref: string;
  number: string;
  text: string;
  headings: HeadingRef[];
  articles: number[];
  references: string[];
  subitems: SubItemView[];
  footnotes: Array<{ marker: string; text: string }>;
  answers: Record<string, AnswerView>;
  assignment: Assignment;
  /** Unresolved internal comments per answer ref. */
  openComments: Record<string, number>;
  /** Institutions named in this workspace, for the assignment pick lists. */
  institutions: string[];
}

export interface SaveResult {
  ref: string;
  /** The answer's head after the save. */
  revision: string;
  words: number;
  budget: Budget;
  /** The answer had moved on since the editor's base: the head is a merge of both, to be loaded. */
  merged?: boolean;
  /** The revision holding exactly the saved text: the editor's base until it loads the merge. */
  own?: string;
  /** The answer's status after the save: an approved answer whose text changed is back to drafting. */
  status?: AnswerStatus;
}

export interface StatusReport {
  symbol: string | null;
  title: string;
  paragraphs: number;
  subitems: number;
  answered: { paragraphs: number; subitems: number };
  words: { total: number; limit: number; byRef: Record<string, number> };
}

export interface RevisionSummary {
  id: string;
  parents: string[];
  author: string;
  createdAt: string;
  savedAt: string;
  words: number;
  checkpoint: boolean;
  /** Whether this revision is the answer's current text. */
  head: boolean;
}

export interface RevisionDetail extends RevisionSummary {
  ref: string;
  content: AnswerContent;
}

export interface Assignment {
  ref: string;
  lead: string | null;
  contributors: string[];
}

export interface Comment {
  id: number;
  ref: string;
  author: string;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
}

/** A stretch of a search result, marked where it matched the query. */
export interface Segment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  ref: string;
  /** The numbered paragraph to open. */
  paragraph: string;
  kind: 'question' | 'answer';
  label: string;
  snippet: Segment[];
}

export interface ProgressRow {
  key: string;
  label: string;
  /** For a row of a section: its number ("II"). */
  section?: string;
  questions: number;
  answered: number;
  ready: number;
  approved: number;
  words: number;
  limit: number | null;
}

export interface Dashboard {
  bySection: ProgressRow[];
  byInstitution: ProgressRow[];
  unanswered: Array<{ ref: string; paragraph: string; label: string; text: string }>;
  total: ProgressRow;
  institutions: string[];
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: 'daily' | 'before-import' | 'manual' | 'before-restore';
  bytes: number;
}

/** Why a backup could not be written, for the screen to say in the user's language ('other': see the message). */
export type BackupFailureReason = 'disk-full' | 'not-writable' | 'not-a-folder' | 'other';

export interface WorkspaceHealth {
  ok: boolean;
  /** Why the workspace cannot be used, in one line, when it is damaged. */
  problem: string | null;
  path: string;
  /** Where the backups are kept. */
  backupDir: string;
  backups: number;
  /** The last backup this process tried failed (disk full, folder not writable), until one succeeds. */
  backupFailure: { at: string; message: string; reason: BackupFailureReason } | null;
}
