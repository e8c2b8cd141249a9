// What every handler gets from the door that opened the workspace.
import type { OpenedFileView } from '../../../shared/api/domains/app';
import type { BackupInfo, WorkspaceHealth } from '../../../shared/api/types';
import type { Db } from '../store/database';

/** The workspace as a file: health, backups and restore. Only a session (a door) provides it. */
export interface WorkspacePort {
  health(): WorkspaceHealth;
  list(): BackupInfo[];
  backup(reason: 'daily' | 'before-import' | 'manual' | 'before-restore'): Promise<BackupInfo>;
  /** Whether an import should be preceded by a backup: none was taken for imports in the last few minutes. */
  importBackupDue(): boolean;
  restore(name: string): Promise<{ restored: string; previous: string | null }>;
  /** Bundle files the operating system opened with the app, read once. */
  takeOpenedFiles(): OpenedFileView[];
}

export interface CoreContext {
  db: Db;
  /** Injected by the door so that the core is deterministic under test. */
  now: () => Date;
  /** Absent where there is no file to back up (tests on a bare database). */
  workspace?: WorkspacePort;
}
