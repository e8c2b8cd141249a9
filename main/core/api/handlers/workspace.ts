// Handlers of the workspace domain.
import type { DomainHandlers } from '../../../../shared/api/methods';
import type { workspaceMethods } from '../../../../shared/api/domains/workspace';
import { buildOutline, buildStatus } from '../../services/outline';
import { readWorkspace } from '../../store/workspace-store';
import type { CoreContext } from '../context';

export const workspaceHandlers = ({ db }: CoreContext): DomainHandlers<keyof typeof workspaceMethods> => ({
  'workspace.info': () => readWorkspace(db),
  'outline.get': () => buildOutline(db),
  'status.get': () => buildStatus(db),
});
