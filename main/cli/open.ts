// Opening an existing workspace for a CLI command, with the core handlers over it.
import { existsSync } from 'node:fs';
import { createDispatch } from '../core/api/dispatch';
import { createHandlers } from '../core/api/handlers/index';
import { localApi } from '../core/api/local-client';
import type { Api } from '../../shared/api/methods';
import { type Db, openDatabase } from '../core/store/database';
import { UserError } from '../../shared/result';

export function openExisting(path: string | undefined): Db {
  if (!path) throw new UserError('Name the workspace file, e.g. "treaty-desk.sqlite".');
  if (!existsSync(path)) throw new UserError(`No workspace at ${path}: create one with "init".`, 'not_found');
  return openDatabase(path);
}

export async function withCore<T>(path: string | undefined, now: () => Date, fn: (api: Api, db: Db) => Promise<T>): Promise<T> {
  const db = openExisting(path);
  try {
    return await fn(localApi(createDispatch(createHandlers({ db, now }))), db);
  } finally {
    db.close();
  }
}
