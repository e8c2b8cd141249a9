// Unit and integration tests in Node; the end-to-end suite under tests/e2e belongs to Playwright.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // The run's temporary files go in one folder, removed when the run ends.
    globalSetup: ['tests/helpers/run-temp.ts'],
  },
});
