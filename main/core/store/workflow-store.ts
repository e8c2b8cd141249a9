// The drafting workflow around answers: status, who leads and contributes per paragraph, and
// internal comments (which never reach the report).
import type { AnswerStatus, Assignment, Comment } from '../../../shared/api/types';
import { emptyContent } from '../../../shared/editor/types';
import { coreError } from '../../../shared/core-messages';
import type { Db } from './database';
import { answerable, requireNode } from './document-store';
import { saveAnswer } from './answer-store';

export function setStatus(db: Db, ref: string, status: AnswerStatus, author: string, now: Date): void {
  const node = requireNode(db, ref);
  if (!answerable(node)) throw coreError('workspace.headingNoStatus', { ref }, 'not_found');
  db.transaction(() => {
    // A status set before anyone typed still needs an answer row to live on.
    if (!db.prepare('SELECT 1 FROM answer WHERE node_ref = ?').get(ref)) saveAnswer(db, ref, emptyContent(), author, now);
    db.prepare('UPDATE answer SET status = ?, updated_at = ? WHERE node_ref = ?').run(status, now.toISOString(), ref);
  }).immediate();
}

export function readAssignment(db: Db, ref: string): Assignment {
  const row = db.prepare('SELECT lead, contributors FROM assignment WHERE paragraph_ref = ?').get(ref) as
    | { lead: string | null; contributors: string }
    | undefined;
  return { ref, lead: row?.lead ?? null, contributors: row ? (JSON.parse(row.contributors) as string[]) : [] };
}

export function assign(db: Db, ref: string, lead: string | null, contributors: string[], now: Date): Assignment {
  const node = requireNode(db, ref);
  if (node.kind !== 'paragraph') throw coreError('workspace.assignParagraphsOnly', { ref });
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const leadName = lead && clean(lead) !== '' ? clean(lead) : null;
  const others = [...new Set(contributors.map(clean).filter((c) => c !== '' && c !== leadName))];
  db.prepare(
    `INSERT INTO assignment (paragraph_ref, lead, contributors, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (paragraph_ref) DO UPDATE SET lead = excluded.lead, contributors = excluded.contributors, updated_at = excluded.updated_at`,
  ).run(ref, leadName, JSON.stringify(others), now.toISOString());
  return readAssignment(db, ref);
}

/** Every institution named anywhere in the workspace, for pick lists. */
export function knownInstitutions(db: Db): string[] {
  const names = new Set<string>();
  const ws = db.prepare('SELECT institution FROM workspace').get() as { institution: string } | undefined;
  if (ws) names.add(ws.institution);
  for (const row of db.prepare('SELECT lead, contributors FROM assignment').all() as Array<{ lead: string | null; contributors: string }>) {
    if (row.lead) names.add(row.lead);
    for (const c of JSON.parse(row.contributors) as string[]) names.add(c);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

interface CommentRow {
  id: number;
  node_ref: string;
  author: string;
  body: string;
  created_at: string;
  resolved_at: string | null;
}
const toComment = (r: CommentRow): Comment => ({ id: r.id, ref: r.node_ref, author: r.author, body: r.body, createdAt: r.created_at, resolvedAt: r.resolved_at });

export function listComments(db: Db, ref: string): Comment[] {
  requireNode(db, ref);
  return (db.prepare('SELECT * FROM comment WHERE node_ref = ? ORDER BY created_at, id').all(ref) as CommentRow[]).map(toComment);
}

export function addComment(db: Db, ref: string, author: string, body: string, now: Date): Comment {
  const node = requireNode(db, ref);
  if (!answerable(node)) throw coreError('workspace.headingNoComments', { ref }, 'not_found');
  const text = body.trim();
  if (text === '') throw coreError('workspace.commentEmpty', {});
  const id = db.prepare('INSERT INTO comment (node_ref, author, body, created_at) VALUES (?, ?, ?, ?)').run(ref, author, text, now.toISOString()).lastInsertRowid;
  return toComment(db.prepare('SELECT * FROM comment WHERE id = ?').get(id) as CommentRow);
}

export function resolveComment(db: Db, id: number, now: Date): Comment {
  const row = db.prepare('SELECT * FROM comment WHERE id = ?').get(id) as CommentRow | undefined;
  if (!row) throw coreError('workspace.noComment', { id }, 'not_found');
  db.prepare('UPDATE comment SET resolved_at = coalesce(resolved_at, ?) WHERE id = ?').run(now.toISOString(), id);
  return toComment(db.prepare('SELECT * FROM comment WHERE id = ?').get(id) as CommentRow);
}

export function openCommentCounts(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT node_ref, count(*) AS n FROM comment WHERE resolved_at IS NULL GROUP BY node_ref').all() as Array<{ node_ref: string; n: number }>;
  return new Map(rows.map((r) => [r.node_ref, r.n]));
}
