// Whether another process (the desktop app, browser mode, a CLI command) has the workspace file
// open. A restore swaps the file underneath the path: a process still holding the old file would
// go on saving into it, reporting success, and all of that would be lost with it.
import Database from 'better-sqlite3';
import { nativeBinding } from '../store/database';

/**
 * Leaving WAL mode needs every other connection closed: SQLite refuses it ("database is locked")
 * while any other process has the file open, idle or not. When it succeeds the log is folded into
 * the file, which is about to be replaced anyway. The caller has closed its own connection.
 */
export function openElsewhere(path: string): boolean {
  const probe = new Database(path, { fileMustExist: true, timeout: 500, nativeBinding: nativeBinding() });
  try {
    return probe.pragma('journal_mode = DELETE', { simple: true }) !== 'delete';
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw e;
  } finally {
    probe.close();
  }
}
