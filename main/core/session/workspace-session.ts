// An open workspace as the doors see it: one dispatch function over the current database. The
// session checks the file's integrity on open, takes the daily backup, and can swap the database
// for a restored backup underneath the doors; a damaged file opens in recovery mode, where only
// health and backup methods answer, so the user has a clear path back.
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Handlers, type Method, methodNames } from '../../../shared/api/methods';
import type { BackupFailureReason, WorkspaceHealth } from '../../../shared/api/types';
import { coreError } from '../../../shared/core-messages';
import { UserError } from '../../../shared/result';
import { createBackup, dailyDue, defaultBackupDir, listBackups, rotate, verifiedBackup } from '../backup/backups';
import { type Dispatch, createDispatch } from '../api/dispatch';
import type { WorkspacePort } from '../api/context';
import { backupHandlers } from '../api/handlers/backup';
import { createHandlers } from '../api/handlers/index';
import { type Db, isBusy, nativeBinding, openDatabase } from '../store/database';
import { audit, hasWorkspace, readWorkspace } from '../store/workspace-store';
import { schemaProblem } from '../store/schema-check';
import { openElsewhere } from './open-elsewhere';
import { openOrSeed } from '../services/workspace';
import { OpenedFiles } from './opened-files';

/** Imports within this time of a before-import backup share it. */
export const IMPORT_BACKUP_WINDOW_MS = 5 * 60 * 1000;

export interface SessionOptions {
  dbPath: string;
  /** The list of issues a new workspace starts from; omit to refuse a missing workspace. */
  seedPath?: string;
  /** The institution a seeded workspace is created for. */
  institution?: string;
  backupDir?: string;
  now?: () => Date;
  newId?: () => string;
  onInternalError?: (e: unknown) => void;
  /**
   * How the file is checked on open: 'full' (integrity_check, the app's start) or 'quick'
   * (quick_check, each CLI command: the same damage found, without re-checking every index).
   */
  check?: 'full' | 'quick';
}

export interface WorkspaceSession {
  readonly dbPath: string;
  readonly backupDir: string;
  dispatch: Dispatch;
  health(): WorkspaceHealth;
  /** Bundle files handed over by the operating system (first start or a second instance). */
  openFiles(paths: readonly string[]): void;
  /** Whether the next bundle import takes a backup first (none for imports in the last few minutes). */
  importBackupDue(): boolean;
  /** Takes the daily backup if none was taken today; doors call it at start and now and then. */
  dailyBackup(): Promise<void>;
  close(): void;
}

/** integrity_check on a file before anything writes to it; null when healthy. */
export function integrityProblem(path: string, check: 'full' | 'quick' = 'full'): string | null {
  let raw: Database.Database | null = null;
  try {
    raw = new Database(path, { fileMustExist: true, nativeBinding: nativeBinding() });
    const pragma = check === 'full' ? 'integrity_check' : 'quick_check';
    const rows = raw.pragma(pragma) as Array<Record<string, string>>;
    const first = rows[0]?.[pragma] ?? 'no answer';
    return first === 'ok' ? null : `integrity check failed: ${first}${rows.length > 1 ? ` (and ${rows.length - 1} more)` : ''}`;
  } catch (e) {
    return (e as Error).message;
  } finally {
    raw?.close();
  }
}

export function openSession(o: SessionOptions): WorkspaceSession {
  const now = o.now ?? (() => new Date());
  const backupDir = o.backupDir ?? defaultBackupDir(o.dbPath);
  let db: Db | null = null;
  let problem: string | null = null;
  let handlers: Handlers;
  const opened = new OpenedFiles();
  let lastImportBackup: number | null = null;

  // A daily backup runs in the background: when it fails, the user must still hear of it.
  let backupFailure: WorkspaceHealth['backupFailure'] = null;
  // `from`: the connection the backup reads; a restore that closed it meanwhile is no backup failure.
  const tracked = async <T>(from: Db, run: () => Promise<T>): Promise<T> => {
    try {
      const result = await run();
      backupFailure = null;
      return result;
    } catch (e) {
      if (db === from) backupFailure = { at: now().toISOString(), message: (e as Error).message.split('\n')[0], reason: failureReason((e as { code?: string }).code) };
      throw e;
    }
  };

  const port: WorkspacePort = {
    takeOpenedFiles: () => opened.take(),
    health: () => ({ ok: problem === null, problem, path: o.dbPath, backupDir, backups: listBackups(backupDir).length, backupFailure }),
    list: () => listBackups(backupDir),
    backup: async (reason) => {
      if (!db) throw coreError('workspace.damagedRestoreFirst', {}, 'rejected');
      const open = db;
      const info = await tracked(open, () => createBackup(open, backupDir, reason, now()));
      if (reason === 'before-import') lastImportBackup = now().getTime();
      return info;
    },
    // One backup covers a run of imports: restoring it and importing again the bundles after it (they
    // are files the user has) gives back any state in between, without copying the file each time.
    // The newest before-import backup on disk decides, so that a run of CLI imports (one process
    // each) shares it too.
    importBackupDue: () => {
      const newest = listBackups(backupDir).find((b) => b.reason === 'before-import');
      const last = Math.max(lastImportBackup ?? 0, newest ? Date.parse(newest.createdAt) : 0);
      return now().getTime() - last >= IMPORT_BACKUP_WINDOW_MS;
    },
    restore: async (name) => {
      const source = verifiedBackup(backupDir, name);
      const restoring = `${o.dbPath}.restoring`;
      // The copy must open as a workspace of this app before anything is replaced.
      copyFileSync(source, restoring);
      try {
        checkRestorable(restoring, name);
        let previous: string | null = null;
        let damaged = false;
        if (db) {
          // Older before-restore backups stay until the restore has gone through: a refused one must
          // not rotate out the copy that holds someone's work.
          const made = (await createBackup(db, backupDir, 'before-restore', now(), undefined, false)).name;
          previous = made;
          db.close();
          db = null;
          if (openElsewhere(o.dbPath)) {
            // That copy is the file as it stands, which stays in place: nothing is lost in removing it.
            rmSync(join(backupDir, made), { force: true });
            open();
            throw coreError('workspace.openElsewhere', {}, 'rejected');
          }
        } else if (existsSync(o.dbPath)) {
          // Keep the damaged file beside the workspace: it may still hold something worth recovering.
          previous = `${o.dbPath}.damaged-${now().toISOString().replace(/[-:.]/g, '')}`;
          renameSync(o.dbPath, previous);
          damaged = true;
        }
        // A damaged file's log goes with it (recent work may be only there, up to 40 MB of it); any
        // other leftover log must not be applied to the restored copy.
        for (const suffix of ['-wal', '-shm']) {
          if (existsSync(o.dbPath + suffix)) renameSync(o.dbPath + suffix, damaged ? `${previous}${suffix}` : `${o.dbPath}${suffix}.replaced`);
        }
        renameSync(restoring, o.dbPath);
        rotate(backupDir, 'before-restore');
        open();
        if (db) audit(db, now(), 'restore', 'backup.restore', { from: name, previous });
        return { restored: name, previous };
      } finally {
        for (const suffix of ['', '-wal', '-shm']) rmSync(restoring + suffix, { force: true });
      }
    },
  };

  const recoveryHandlers = (reason: string): Handlers => {
    const refuse = () => {
      throw coreError('workspace.damaged', { reason }, 'rejected');
    };
    const all = Object.fromEntries(methodNames.map((m) => [m, refuse])) as unknown as Handlers;
    // Only the backup domain runs in recovery mode, and it never touches the database.
    const full = backupHandlers({ db: null as unknown as Db, now, workspace: port });
    const allowed: Method[] = ['workspace.health', 'backup.list', 'backup.restore'];
    (all as Record<string, unknown>)['app.takeOpenedFiles'] = () => [];
    for (const m of allowed) (all as Record<string, unknown>)[m] = full[m as keyof typeof full];
    return all;
  };

  function open(): void {
    problem = existsSync(o.dbPath) ? integrityProblem(o.dbPath, o.check) : null;
    if (problem) {
      handlers = recoveryHandlers(problem);
      return;
    }
    try {
      db = o.seedPath ? openOrSeed(o.dbPath, o.seedPath, now(), (o.newId ?? randomUUID)(), o.institution) : openExisting(o.dbPath);
    } catch (e) {
      if (e instanceof UserError) throw e;
      // Busy is another process writing for longer than the wait (a migration waits for it), not a damaged file.
      if (isBusy(e)) {
        throw coreError('workspace.busy', {}, 'rejected');
      }
      // Intact for SQLite but not a workspace this app can read (a table without a column it
      // needs): the recovery screen, whose restore still works, instead of failing every command.
      problem = `the workspace cannot be read: ${(e as Error).message}`;
      handlers = recoveryHandlers(problem);
      return;
    }
    handlers = createHandlers({ db, now, workspace: port });
  }
  open();

  const dispatch = createDispatch(
    new Proxy({} as Handlers, { get: (_t, method: string) => (handlers as Record<string, unknown>)[method] }),
    o.onInternalError,
  );
  return {
    dbPath: o.dbPath,
    backupDir,
    dispatch,
    health: port.health,
    openFiles: (paths) => opened.add(paths),
    importBackupDue: () => port.importBackupDue(),
    dailyBackup: async () => {
      const open = db;
      if (open && (await tracked(open, async () => dailyDue(backupDir, now())))) await tracked(open, () => createBackup(open, backupDir, 'daily', now()));
    },
    close: () => {
      db?.close();
      db = null;
    },
  };
}

function failureReason(code: string | undefined): BackupFailureReason {
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return 'not-writable';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'not-a-folder';
  return 'other';
}

/** The restoring copy opens, migrates and reads as a workspace with every table and column this app uses. */
function checkRestorable(path: string, name: string): void {
  let db: Db | null = null;
  try {
    db = openExisting(path);
    readWorkspace(db);
    const problem = schemaProblem(db);
    if (problem) throw coreError('workspace.backupUnusable', { name, reason: problem }, 'rejected');
  } catch (e) {
    if (e instanceof UserError && e.code === 'rejected') throw e;
    throw coreError('workspace.backupNotWorkspace', { name, reason: (e as Error).message }, 'rejected');
  } finally {
    db?.close();
  }
}

function openExisting(path: string): Db {
  if (!existsSync(path)) throw coreError('workspace.noWorkspaceAt', { path }, 'not_found');
  const db = openDatabase(path);
  if (!hasWorkspace(db)) {
    db.close();
    throw coreError('workspace.notAWorkspace', { path }, 'not_found');
  }
  return db;
}
