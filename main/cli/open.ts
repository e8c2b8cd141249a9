// Opening an existing workspace for a CLI command: a session over the file (integrity check,
// recovery mode, backups before imports) and a typed api over its dispatch.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { Api } from '../../shared/api/methods';
import { type Result, UserError } from '../../shared/result';
import { localApi } from '../core/api/local-client';
import { defaultBackupDir } from '../core/backup/backups';
import { type WorkspaceSession, openSession } from '../core/session/workspace-session';

/** A core result as a command needs it: the value, or its one-line error thrown for the CLI to print. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new UserError(r.error, r.code);
  return r.value;
}

/**
 * Runs fn over an open workspace. A damaged workspace is refused with the way back, except for the
 * commands that are that way back (listing and restoring backups), which pass `damaged: 'allow'`.
 */
export async function withCore<T>(
  path: string | undefined,
  now: () => Date,
  fn: (api: Api, session: WorkspaceSession) => Promise<T>,
  options: { damaged?: 'refuse' | 'allow' } = {},
): Promise<T> {
  if (!path) throw new UserError('Name the workspace file, e.g. "treaty-desk.sqlite".');
  if (!existsSync(path)) throw new UserError(`No workspace at ${path}: create one with "init".`, 'not_found');
  const other = notAWorkspace(path);
  if (other) throw new UserError(other, 'invalid_argument');
  const session = openSession({ dbPath: path, now, check: 'quick' });
  try {
    const health = session.health();
    if (!health.ok && options.damaged !== 'allow') {
      throw new UserError(`${path} is damaged (${health.problem}); list its backups with "backups ${path}" and restore one with "restore ${path} --backup <name>".`, 'rejected');
    }
    return await fn(localApi(session.dispatch), session);
  } finally {
    session.close();
  }
}

/**
 * Why `path` cannot be a workspace at all (a folder; a file that is not an SQLite database, such as
 * a bundle named in the workspace's place), or null. A damaged workspace still starts as SQLite's
 * files do, and is told apart with the way back (its backups) by the session's check.
 */
function notAWorkspace(path: string): string | null {
  const stat = statSync(path);
  if (stat.isDirectory()) return `${path} is a folder, not a workspace file.`;
  // A file with backups beside it was a workspace: damaged, it gets the way back to them instead.
  // An empty file is what SQLite makes of a new name, and the session opens it as such.
  if (stat.size === 0 || existsSync(defaultBackupDir(path))) return null;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\0') return null;
  return `${path} is not a Treaty Desk workspace: it is not an SQLite database file.`;
}
