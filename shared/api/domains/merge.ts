// The coordinator's merge: the conflict queue (each conflict with the common ancestor and both
// sides), resolving one, and who wrote each block and table cell of an answer.
import { z } from 'zod';
import { answerContentSchema } from '../../editor/schema';
import type { AnswerContent } from '../../editor/types';
import { CONTENT_HASH } from '../../json-checks';
import { questionRef } from '../refs';

const conflictId = z.string().regex(CONTENT_HASH, 'must be a conflict id (64 hex digits)');

export const mergeMethods = {
  'conflict.list': z.object({ ref: questionRef.optional() }).strict(),
  'conflict.get': z.object({ id: conflictId }).strict(),
  'conflict.resolve': z
    .object({
      id: conflictId,
      keep: z.enum(['mine', 'theirs', 'both', 'edit']),
      /** For keep "edit" on text: the passage as the coordinator rewrote it. */
      content: answerContentSchema.optional(),
      /** For keep "edit" on a table cell or caption: the value to put there. */
      value: z.string().max(5000).optional(),
    })
    .strict(),
  'answer.provenance': z.object({ ref: questionRef }).strict(),
} as const;

/** Who wrote a revision: the signer who vouched for it, or this workspace for its own work. */
export interface Authorship {
  revision: string;
  author: string;
  institution: string;
  /** The signing key of the bundle it came in; null for this workspace's own work. */
  signerKeyId: string | null;
  /** That key's fingerprint (25 digits in five groups) as the Bundles screen shows it; null as above or for a key no longer known. */
  signerFingerprint: string | null;
  createdAt: string;
  /** Written by the merge itself (no one typed it). */
  merge: boolean;
}

export interface ConflictSide {
  /** Text conflicts: the passage (absent = deleted on this side). */
  content: AnswerContent | null;
  /** Table conflicts: the value (null = the row or column was deleted on this side). */
  value: string | null;
  /** Plain text for reading and for the word-level difference. */
  text: string;
  from: Authorship[];
}

export interface ConflictView {
  id: string;
  ref: string;
  /** The paragraph or sub-item as numbered in the list of issues. */
  label: string;
  kind: 'blocks' | 'table';
  /** Table conflicts: which table, which place ("cell", "row", "column" or a caption field) and its labels. */
  table: {
    id: string;
    title: string;
    /** 1-based among the answer's tables, to name one without a title. */
    number: number;
    place: 'cell' | 'row' | 'column' | 'meta';
    field: string;
    row: string | null;
    column: string | null;
    /** A cell conflict: where the cell is in the current table (0-based), so the grid can mark it. */
    cell: { rowId: string; columnId: string; row: number; column: number } | null;
  } | null;
  foundAt: string;
  open: boolean;
  /** One version was corrected in the answer since the merge: the sides show the text as it reads now. */
  edited: boolean;
  ancestor: ConflictSide;
  mine: ConflictSide;
  theirs: ConflictSide;
}

export interface ResolveResult {
  ref: string;
  revision: string;
  words: number;
  /** Open conflicts left in this answer. */
  remaining: number;
}

export interface ProvenanceEntry {
  /** Index of the block (or of the table holding the cell) among the answer's paragraphs, quotes, list items and tables. */
  block: number | null;
  table: string | null;
  row: string | null;
  column: string | null;
  /** A cell's row and column as a reader names them: the row's first cell and the column's lowest header. */
  rowLabel: string | null;
  columnLabel: string | null;
  text: string;
  by: Authorship;
}

/** A table of the answer: its caption, or its position when it has none. */
export interface ProvenanceTable {
  block: number;
  id: string;
  title: string;
  /** 1-based among the answer's tables. */
  number: number;
}

export interface AnswerProvenance {
  ref: string;
  revision: string | null;
  blocks: ProvenanceEntry[];
  cells: ProvenanceEntry[];
  tables: ProvenanceTable[];
}

export interface MergeReturns {
  'conflict.list': ConflictView[];
  'conflict.get': ConflictView;
  'conflict.resolve': ResolveResult;
  'answer.provenance': AnswerProvenance;
}
