// The IPC channel of each API method, derived from the contract: no channel name is written by hand.
import type { Method } from '../../shared/api/methods';

export const channelFor = (method: Method): string => `treaty-desk:${method}`;
