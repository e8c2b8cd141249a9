// Workspace-level methods: who we are, the document outline and the status summary.
import { z } from 'zod';
import type { Outline, StatusReport, WorkspaceInfo } from '../types';

const none = z.object({}).strict();

export const workspaceMethods = {
  'workspace.info': none,
  'outline.get': none,
  'status.get': none,
} as const;

export interface WorkspaceReturns {
  'workspace.info': WorkspaceInfo;
  'outline.get': Outline;
  'status.get': StatusReport;
}
