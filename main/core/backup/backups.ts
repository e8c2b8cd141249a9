// Rotating backups of the workspace file with SQLite's online backup API (consistent while the app
// keeps writing), daily and before every bundle import, and their verification before a restore.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/api/types';
import { coreError } from '../../../shared/core-messages';
import { UserError } from '../../../shared/result';
import { type Db, nativeBinding } from '../store/database';
import { latestVersion } from '../store/migrations';
import { processRunning } from '../process-running';

export type BackupReason = 'daily' | 'before-import' | 'manual' | 'before-restore';
/** How many backups of each kind are kept; the oldest go first. */
export const KEEP: Record<BackupReason, number> = { daily: 7, 'before-import': 20, manual: 10, 'before-restore': 5 };
const NAME = /^(\d{8}T\d{6}(?:\d{3})?Z)-(daily|before-import|manual|before-restore)\.sqlite$/;

// A backup is written under a hidden name carrying the writer's process id and renamed once complete,
// so a copy cut short (kill -9, power loss) never carries a backup's name; the pid tells whose it is.
const PARTIAL = /^\.(.+)\.(\d+)\.partial(?:-journal)?$/;
const partialName = (name: string) => `.${name}.${process.pid}.partial`;
/** Partial copies this process is writing now (a daily backup may still run when an import starts one). */
const writing = new Set<string>();

export const defaultBackupDir = (dbPath: string) => join(dirname(dbPath), `${basename(dbPath)}.backups`);

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.(\d{3})Z$/, '$1Z');
/** The time in a backup's name (with or without milliseconds); null for one that is no time at all ("20261399T…"). */
const parseStamp = (s: string): Date | null => {
  const ms = s.length === 19 ? s.slice(15, 18) : '000';
  const d = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${ms}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** A backup name with a rollback journal beside it is a copy an older version was writing when it was cut short. */
const unfinished = (dir: string, name: string) => existsSync(join(dir, `${name}-journal`));

export function listBackups(dir: string): BackupInfo[] {
  // A file where the folder should be holds no backups; making one there fails and says so.
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .map(({ name, m }) => ({ name, m, at: m ? parseStamp(m[1]) : null }))
    // A name that only looks like a backup's (copied in by hand, no real time in it) is not listed.
    .filter((x): x is { name: string; m: RegExpExecArray; at: Date } => x.m !== null && x.at !== null && !unfinished(dir, x.name))
    .map(({ name, m, at }) => ({ name, createdAt: at.toISOString(), reason: m[2] as BackupReason, bytes: statSync(join(dir, name)).size }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function createBackup(
  db: Db,
  dir: string,
  reason: BackupReason,
  now: Date,
  onProgress?: (fraction: number) => void,
  /** false: keep the older backups of this kind for now (a restore rotates once it has gone through). */
  rotateNow = true,
): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  removeCutShort(dir);
  // Never overwrite a backup, even one taken in the same millisecond (it may be the one being restored).
  let at = now.getTime();
  const taken = (name: string) => existsSync(join(dir, name)) || writing.has(join(dir, partialName(name)));
  while (taken(`${stamp(new Date(at))}-${reason}.sqlite`)) at += 1;
  const name = `${stamp(new Date(at))}-${reason}.sqlite`;
  const partial = join(dir, partialName(name));
  writing.add(partial);
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
        return 200;
      },
    });
    flush(partial, 'file');
  } catch (e) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw e;
  } finally {
    writing.delete(partial);
  }
  renameSync(partial, join(dir, name));
  flush(dir, 'folder');
  if (rotateNow) rotate(dir, reason);
  return listBackups(dir).find((b) => b.name === name)!;
}

/** Removes what a killed run left: its partial copy (and journal), or an older version's unfinished backup. */
function removeCutShort(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = PARTIAL.exec(name);
    const stale = m ? !writing.has(join(dir, `.${m[1]}.${m[2]}.partial`)) && !alive(Number(m[2])) : NAME.test(name) && unfinished(dir, name);
    if (stale) {
      rmSync(join(dir, name), { force: true });
      rmSync(join(dir, `${name}-journal`), { force: true });
    }
  }
}

/** Whether a process still runs: another window or CLI may be writing its own backup right now. */
function alive(pid: number): boolean {
  // Its own copies in progress are in `writing`; others under its id are a killed namesake's.
  return pid !== process.pid && processRunning(pid);
}

// The copy must be on disk before its name says it is a backup, and the rename before the caller
// goes on to change the workspace. Windows cannot open a folder to flush it; NTFS journals the rename.
function flush(path: string, what: 'file' | 'folder'): void {
  if (what === 'folder' && process.platform === 'win32') return;
  const fd = openSync(path, what === 'file' ? 'r+' : 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Keeps the newest KEEP[reason] backups of a kind, deleting the older ones. */
export function rotate(dir: string, reason: BackupReason): void {
  const same = listBackups(dir).filter((b) => b.reason === reason);
  for (const old of same.slice(KEEP[reason])) unlinkSync(join(dir, old.name));
}

/** A daily backup is due when none was taken since midnight (UTC) of `now`. */
export function dailyDue(dir: string, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return !listBackups(dir).some((b) => b.reason === 'daily' && b.createdAt.slice(0, 10) === today);
}

/** The path of a backup that may be restored: a known name, intact, and not newer than this app. */
export function verifiedBackup(dir: string, name: string): string {
  if (!NAME.test(name)) throw coreError('workspace.notBackupName', { name });
  const path = join(dir, name);
  if (!existsSync(path)) throw coreError('workspace.noBackup', { name }, 'not_found');
  let check: Database.Database | null = null;
  try {
    check = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: nativeBinding() });
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw coreError('workspace.backupDamaged', { name, reason: String(result) }, 'rejected');
    const version = check.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) throw coreError('workspace.backupNewer', { name }, 'rejected');
    if (!check.prepare("SELECT 1 FROM sqlite_master WHERE name = 'workspace'").get()) throw coreError('workspace.backupNoWorkspace', { name }, 'rejected');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw coreError('workspace.backupUnreadable', { name, reason: (e as Error).message }, 'rejected');
  } finally {
    check?.close();
  }
  return path;
}
