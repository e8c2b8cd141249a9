// Opening an existing workspace for a CLI command: a session over the file (integrity check,
// recovery mode, backups before imports) and a typed api over its dispatch.
import { existsSync } from 'node:fs';
import type { Api } from '../../shared/api/methods';
import { UserError } from '../../shared/result';
import { localApi } from '../core/api/local-client';
import { openSession } from '../core/session/workspace-session';

export async function withCore<T>(path: string | undefined, now: () => Date, fn: (api: Api) => Promise<T>): Promise<T> {
  if (!path) throw new UserError('Name the workspace file, e.g. "treaty-desk.sqlite".');
  if (!existsSync(path)) throw new UserError(`No workspace at ${path}: create one with "init".`, 'not_found');
  const session = openSession({ dbPath: path, now, check: 'quick' });
  try {
    const health = session.health();
    if (!health.ok) {
      throw new UserError(`${path} is damaged (${health.problem}); list its backups with "backups ${path}" and restore one with "restore ${path} --backup <name>".`, 'rejected');
    }
    return await fn(localApi(session.dispatch));
  } finally {
    session.close();
  }
}
