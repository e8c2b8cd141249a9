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
  status: AnswerStatus;
}

export interface BudgetLine {
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
}

export interface SubItemView {
  ref: string;
  label: string;
  text: string;
  depth: number;
}

export interface QuestionDetail {
  ref: string;
  number: string;
  text: string;
  headings: string[];
  articles: number[];
  references: string[];
  subitems: SubItemView[];
  footnotes: Array<{ marker: string; text: string }>;
  answers: Record<string, AnswerView>;
}

export interface SaveResult {
  ref: string;
  revision: string;
  words: number;
  budget: Budget;
}

export interface StatusReport {
  symbol: string | null;
  title: string;
  paragraphs: number;
  subitems: number;
  answered: { paragraphs: number; subitems: number };
  words: { total: number; limit: number; byRef: Record<string, number> };
}
