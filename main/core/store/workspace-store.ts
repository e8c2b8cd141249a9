// The workspace row (who we are) and the document limits.
import type { DocumentInfo, LimitInfo, Role, WorkspaceInfo } from '../../../shared/api/types';
import { coreError } from '../../../shared/core-messages';
import { type Db, schemaVersion } from './database';

export function createWorkspaceRow(db: Db, id: string, institution: string, role: Role, now: string): void {
  db.prepare('INSERT INTO workspace (id, workspace_id, institution, role, created_at) VALUES (1, ?, ?, ?, ?)').run(id, institution, role, now);
}

export function hasWorkspace(db: Db): boolean {
  return db.prepare('SELECT 1 FROM workspace WHERE id = 1').get() !== undefined;
}

export function readWorkspace(db: Db): WorkspaceInfo {
  const ws = db.prepare('SELECT * FROM workspace WHERE id = 1').get() as
    | { workspace_id: string; institution: string; role: Role }
    | undefined;
  if (!ws) throw coreError('workspace.notInitialised', {}, 'not_found');
  return { workspaceId: ws.workspace_id, institution: ws.institution, role: ws.role, schemaVersion: schemaVersion(db), document: readDocument(db) };
}

export function readDocument(db: Db): DocumentInfo {
  const d = db.prepare('SELECT * FROM document WHERE id = 1').get() as {
    symbol: string | null; committee: string | null; state_party: string | null; title: string; language: string;
    note: string | null; word_limit: number; words_per_page: number;
  };
  const limits = (db.prepare('SELECT * FROM limit_rule ORDER BY id').all() as Array<{
    scope_kind: LimitInfo['scope']; scope_ref: string | null; unit: LimitInfo['unit']; value: number; source: string;
  }>).map((l) => ({
    scope: l.scope_kind, ref: l.scope_ref, unit: l.unit, value: l.value, source: l.source,
    words: l.unit === 'pages' ? l.value * d.words_per_page : l.value,
  }));
  return {
    symbol: d.symbol, committee: d.committee, stateParty: d.state_party, title: d.title, language: d.language,
    note: d.note, wordLimit: d.word_limit, wordsPerPage: d.words_per_page, limits,
  };
}

export function audit(db: Db, at: Date, actor: string, action: string, detail: unknown): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)').run(at.toISOString(), actor, action, JSON.stringify(detail));
}

/** The limits are editable: the default (21,200 or 31,800 words) and how many words a page counts for. */
export function setLimits(db: Db, wordLimit: number, wordsPerPage: number): void {
  db.prepare('UPDATE document SET word_limit = ?, words_per_page = ? WHERE id = 1').run(wordLimit, wordsPerPage);
}
