// A Playwright fixture that gives each test its own host process and fresh workspace.
import { test as base } from '@playwright/test';
import { type RunningHost, startHost } from '../helpers/host-process';

export const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
