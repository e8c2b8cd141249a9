// Opening an existing workspace for a CLI command: a session over the file (integrity check,
// recovery mode, backups before imports) and a typed api over its dispatch.
import { existsSync } from 'node:fs';
import type { Api } from '../../shared/api/methods';
import { type Result, UserError } from '../../shared/result';
import { localApi } from '../core/api/local-client';
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
