// Handlers of the backup domain: they reach the file through the session's WorkspacePort.
import type { backupMethods } from '../../../../shared/api/domains/backup';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { coreError } from '../../../../shared/core-messages';
import type { CoreContext, WorkspacePort } from '../context';

export const backupHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof backupMethods> => {
  const port = (): WorkspacePort => {
    if (!ctx.workspace) throw coreError('workspace.backupsUnavailable', {}, 'rejected');
    return ctx.workspace;
  };
  return {
    'workspace.health': () => port().health(),
    'backup.list': () => port().list(),
    'backup.create': () => port().backup('manual'),
    'backup.restore': ({ name }) => port().restore(name),
  };
};
