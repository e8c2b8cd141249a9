// Backups and recovery: the workspace's health, its rotating backups, and restoring one.
import { z } from 'zod';
import type { BackupInfo, WorkspaceHealth } from '../types';

export const backupMethods = {
  'workspace.health': z.object({}).strict(),
  'backup.list': z.object({}).strict(),
  'backup.create': z.object({}).strict(),
  'backup.restore': z.object({ name: z.string().max(200) }).strict(),
} as const;

export interface BackupReturns {
  'workspace.health': WorkspaceHealth;
  'backup.list': BackupInfo[];
  'backup.create': BackupInfo;
  'backup.restore': { restored: string; previous: string | null };
}
