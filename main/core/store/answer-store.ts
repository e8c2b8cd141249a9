// Answers and their revisions. Every save is a revision; consecutive saves by the same author
// within a few minutes coalesce into one, so history stays readable without losing the latest text.
import type { AnswerStatus, AnswerView } from '../../../shared/api/types';
import type { AnswerContent } from '../../../shared/editor/types';
import { coreError } from '../../../shared/core-messages';
import { revisionId } from '../content/address';
import { dropOrphanChunks, loadContent, sameChunk, storeContent } from './content-store';
import type { Db } from './database';
import { stmt } from '../revisions/statements';
import { answerable, requireNode } from './document-store';

export const COALESCE_MS = 5 * 60 * 1000;

interface HeadRow {
  head: string;
  checkpoint: number;
  /** 1 when the revision has travelled in a bundle (main/core/bundle): others know its id. */
  sealed: number;
  status: AnswerStatus;
  updated_at: string;
  parents: string;
  blocks: string;
  words: number;
  author: string;
  created_at: string;
}

function readHead(db: Db, ref: string): HeadRow | undefined {
  return db
    .prepare(
      `SELECT a.head, a.status, a.updated_at, r.parents, r.blocks, r.words, r.author, r.created_at, r.checkpoint,
              r.sealed_via IS NOT NULL AS sealed
       FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = ?`,
    )
    .get(ref) as HeadRow | undefined;
}

export interface SaveOutcome {
  revision: string;
  words: number;
  changed: boolean;
}

export interface SaveOptions {
  /** false for restores and other deliberate saves that must stand as their own revision. */
  coalesce?: boolean;
}

/**
 * Moves the answer to `head`, creating the answer row for a paragraph not started yet. Every writer
 * comes through here (a save, an import, a merge, a resolution), so this is where an approved answer
 * whose text changes stops being approved: what was approved is not what would go into the report.
 */
export function pointAt(db: Db, ref: string, head: string, at: string, words = (stmt(db, 'SELECT words FROM revision WHERE id = ?').get(head) as { words: number }).words): void {
  stmt(
    db,
    `INSERT INTO answer (node_ref, head, words, status, updated_at) VALUES (?, ?, ?, 'drafting', ?)
     ON CONFLICT (node_ref) DO UPDATE SET head = excluded.head, words = excluded.words, updated_at = excluded.updated_at,
       status = CASE WHEN answer.status = 'approved' AND (SELECT blocks FROM revision WHERE id = answer.head) IS NOT (SELECT blocks FROM revision WHERE id = excluded.head)
                THEN 'drafting' ELSE answer.status END`,
  ).run(ref, head, words, at);
}

/** Throws unless `ref` is a paragraph or sub-item, which alone take answers. */
export function requireAnswerable(db: Db, ref: string): void {
  if (!answerable(requireNode(db, ref))) throw coreError('workspace.headingNoAnswer', { ref }, 'not_found');
}

export function saveAnswer(db: Db, ref: string, content: AnswerContent, author: string, now: Date, options: SaveOptions = {}): SaveOutcome {
  requireAnswerable(db, ref);
  const at = now.toISOString();
  return db.transaction((): SaveOutcome => {
    const { blocks, blocksJson, words, names } = storeContent(db, content);
    const head = readHead(db, ref);
    if (head && head.blocks === blocksJson) return { revision: head.head, words, changed: false };
    const coalesce =
      options.coalesce !== false &&
      head !== undefined &&
      head.checkpoint === 0 &&
      head.sealed === 0 &&
      head.author === author &&
      now.getTime() - Date.parse(head.created_at) < COALESCE_MS &&
      // An answer's first text is never replaced: another window that loaded it must still find it,
      // or its next save and this one would meet with no common ancestor, as two whole texts.
      head.parents !== '[]';
    const parents = coalesce ? (JSON.parse(head.parents) as string[]) : head ? [head.head] : [];
    const createdAt = coalesce ? head.created_at : at;
    const id = revisionId(ref, parents, blocks, author, createdAt);
    db.prepare(
      'INSERT OR IGNORE INTO revision (id, node_ref, parents, blocks, words, author, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(id, ref, JSON.stringify(parents), blocksJson, words, author, createdAt, at);
    pointAt(db, ref, id, at, words);
    if (coalesce && head.head !== id) {
      db.prepare('DELETE FROM revision WHERE id = ?').run(head.head);
      dropOrphanChunks(db, (JSON.parse(head.blocks) as string[]).filter((h) => !names.has(h)), names);
    }
    return { revision: id, words, changed: true };
  }).immediate();
}

export function readAnswers(db: Db, refs: string[]): Record<string, AnswerView> {
  const out: Record<string, AnswerView> = {};
  const get = db.prepare(
    'SELECT a.node_ref, a.head, a.words, a.status, a.updated_at, r.blocks, r.parents FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = ?',
  );
  for (const ref of refs) {
    const row = get.get(ref) as
      | { node_ref: string; head: string; words: number; status: AnswerStatus; updated_at: string; blocks: string; parents: string }
      | undefined;
    if (row) {
      out[ref] = {
        ref,
        content: loadContent(db, row.blocks),
        words: row.words,
        status: row.status,
        revision: row.head,
        updatedAt: row.updated_at,
        parents: JSON.parse(row.parents) as string[],
      };
    }
  }
  return out;
}

/** Per answer: words, status, and whether it holds anything (text or a table: a table adds no words). */
export function answerSummaries(db: Db): Map<string, { words: number; status: AnswerStatus; filled: boolean }> {
  const rows = db
    .prepare(`SELECT a.node_ref, a.words, a.status,
                EXISTS (SELECT 1 FROM json_each(r.blocks) j JOIN chunk c ON ${sameChunk('c', 'j.value')} WHERE c.kind = 'table') AS has_table
              FROM answer a JOIN revision r ON r.id = a.head`)
    .all() as Array<{ node_ref: string; words: number; status: AnswerStatus; has_table: number }>;
  return new Map(rows.map((r) => [r.node_ref, { words: r.words, status: r.status, filled: r.words > 0 || r.has_table === 1 }]));
}
