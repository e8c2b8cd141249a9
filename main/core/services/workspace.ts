// Creating and opening workspaces: a workspace is one SQLite file holding one list of issues.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Role } from '../../../shared/api/types';
import { parseLoiText } from '../../../shared/loi/parse';
import type { ParsedLoi } from '../../../shared/loi/types';
import { UserError } from '../../../shared/result';
import { checkedInstitutionName } from '../identity/institution-name';
import { type Db, openDatabase } from '../store/database';
import { storeDocument } from '../store/document-store';
import { audit, createWorkspaceRow, hasWorkspace } from '../store/workspace-store';

export interface InitOptions {
  loiText: string;
  /** An already parsed list (from a .docx, .pdf or .html through the import module); loiText is then ignored. */
  loi?: ParsedLoi;
  sourceName: string;
  institution: string;
  role: Role;
  now: Date;
  workspaceId: string;
}

/** Creates the workspace in an empty (or new) database file. Refuses to overwrite an existing one. */
export function initWorkspace(db: Db, o: InitOptions): void {
  if (hasWorkspace(db)) throw new UserError('This file already holds a workspace; choose a new file.', 'conflict');
  const institution = checkedInstitutionName(o.institution);
  const loi = o.loi ?? parseLoiText(o.loiText, { fileName: o.sourceName });
  const at = o.now.toISOString();
  db.transaction(() => {
    createWorkspaceRow(db, o.workspaceId, institution, o.role, at);
    storeDocument(db, loi, at, o.sourceName);
    audit(db, o.now, institution, 'workspace.init', {
      source: o.sourceName, symbol: loi.document.symbol, paragraphs: loi.paragraphs.length, warnings: loi.warnings.length,
    });
  }).immediate();
}

export function readLoiFile(path: string): { text: string; name: string } {
  if (!existsSync(path)) throw new UserError(`No such file: ${path}`, 'not_found');
  const bytes = readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { text, name: basename(path) };
}

/** Opens the workspace at path, creating it from the embedded seed list of issues on first start. */
export function openOrSeed(path: string, seedPath: string, now: Date, workspaceId: string, institution = 'Lead ministry'): Db {
  const db = openDatabase(path);
  try {
    if (!hasWorkspace(db)) {
      const seed = readLoiFile(seedPath);
      initWorkspace(db, { loiText: seed.text, sourceName: seed.name, institution, role: 'coordinator', now, workspaceId });
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
