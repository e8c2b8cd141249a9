// Handlers of the app domain.
import type { appMethods } from '../../../../shared/api/domains/app';
import type { DomainHandlers } from '../../../../shared/api/methods';
import type { CoreContext } from '../context';

export const appHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof appMethods> => ({
  'app.takeOpenedFiles': () => ctx.workspace?.takeOpenedFiles() ?? [],
});
