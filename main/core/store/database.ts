// Opens a workspace file with the settings that keep acknowledged writes on disk, and migrates it.
import Database from 'better-sqlite3';
import { coreError } from '../../../shared/core-messages';
import { latestVersion, migrations } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export const PAGE_SIZE = 16384;
const CHECKPOINT_BYTES = 40 * 1024 * 1024;

export function openDatabase(path: string, options: { readonly?: boolean; upTo?: number } = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, nativeBinding: nativeBinding() });
  try {
    // Check before any pragma writes to the file: a newer workspace must stay exactly as it is.
    refuseNewer(schemaVersion(db), migrations[migrations.length - 1].version);
    if (!options.readonly) {
      // A new file gets 16 KB pages (SQLite's default is 4 KB): a bundle import writes a few MB
      // of pages per commit, and the log takes them one write call per page (merging 40 bundles:
      // 94,000 write calls -> 27,000, about 5% faster). Only an empty file can take a page size.
      if (db.pragma('page_count', { simple: true }) === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma('journal_mode = WAL');
      // better-sqlite3 leaves WAL at synchronous=NORMAL, which can drop the last commits on power loss.
      db.pragma('synchronous = FULL');
      // A checkpoint copies the log's pages into the file and syncs it. SQLite's default, every
      // 1,000 pages (4 MB of 4 KB pages), ran after nearly every bundle import and copied the same
      // index pages again and again; every 40 MB lets many imports' pages coalesce (merging 40
      // bundles: 2.55 -> 2.16 s). Each commit is still synced to the log. When the log starts over
      // after a checkpoint, its file is cut back to 16 MB.
      db.pragma(`wal_autocheckpoint = ${CHECKPOINT_BYTES / (db.pragma('page_size', { simple: true }) as number)}`);
      db.pragma('journal_size_limit = 16777216');
    }
    // Savepoints (one per bundle of an inbox) keep each changed page's old copy in a statement
    // journal; on disk that was one write call per page (130 MB for 40 bundles), in memory a copy.
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, migrations, options.upTo ?? latestVersion);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** SQLite gave up waiting for another connection's write (busy_timeout): the file is in use, not damaged. */
export const isBusy = (e: unknown): boolean => /^SQLITE_(BUSY|LOCKED)/.test((e as { code?: unknown } | null)?.code?.toString() ?? '');

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration up to `target` in one transaction; refuses a newer database. */
export function migrate(db: Db, list: readonly Migration[], target: number): void {
  const current = schemaVersion(db);
  refuseNewer(current, list[list.length - 1]?.version ?? 0);
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

function refuseNewer(current: number, newest: number): void {
  if (current > newest) {
    throw coreError('workspace.newerSchema', { current, newest });
  }
}

/**
 * The Electron build of better-sqlite3 when `npm start` runs the app from a source checkout (see
 * scripts/start-electron.mjs); otherwise the module's own build (Node for tests, the CLI and browser
 * mode; Electron's inside a packaged app, rebuilt by electron-builder).
 */
export function nativeBinding(): string | undefined {
  return process.env.TREATY_DESK_SQLITE_BINDING || undefined;
}
