// The core's implementation of the API contract, composed from one handler set per domain.
import type { Handlers } from '../../../../shared/api/methods';
import type { CoreContext } from '../context';
import { answerHandlers } from './answers';
import { appHandlers } from './app';
import { backupHandlers } from './backup';
import { bundleHandlers } from './bundles';
import { draftingHandlers } from './drafting';
import { loiHandlers } from './loi';
import { mergeHandlers } from './merge';
import { reportHandlers } from './report';
import { tableHandlers } from './tables';
import { workspaceHandlers } from './workspace';

export type { CoreContext };

export function createHandlers(ctx: CoreContext): Handlers {
  return {
    ...workspaceHandlers(ctx),
    ...answerHandlers(ctx),
    ...bundleHandlers(ctx),
    ...draftingHandlers(ctx),
    ...backupHandlers(ctx),
    ...appHandlers(ctx),
    ...mergeHandlers(ctx),
    ...reportHandlers(ctx),
    ...tableHandlers(ctx),
    ...loiHandlers(ctx),
  } satisfies Handlers;
}
