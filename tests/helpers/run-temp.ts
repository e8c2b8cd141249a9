// One temporary folder per test run, removed when the run ends: the global setup of both Vitest and
// Playwright, so that a run leaves nothing in the system's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where tempDir() makes its folders; set by the setup below for the workers and their children. */
export const RUN_TEMP = 'TREATY_DESK_TEST_TMP';

// os.tmpdir() reads TMPDIR (TEMP and TMP on Windows) on every call, and so do SQLite and the `tmp`
// package exceljs uses: what the app under test or a library puts there lands in the run's folder too.
const VARS = [RUN_TEMP, 'TMPDIR', 'TMP', 'TEMP'];

/**
 * Makes the run's folder and points the environment at it. Both runners start their workers after
 * the global setup, with its environment (checked for Vitest's forks and Playwright's workers).
 * Returns the teardown, which both runners take from a global setup's return value.
 */
export default function setupRunTemp(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'treaty-desk-test-run-'));
  const before = VARS.map((name) => process.env[name]);
  for (const name of VARS) process.env[name] = root;
  const remove = () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  // Vitest ends on Ctrl-C or SIGTERM with process.exit() and no teardown; exit handlers still run.
  process.once('exit', remove);
  return () => {
    process.off('exit', remove);
    VARS.forEach((name, i) => (before[i] === undefined ? delete process.env[name] : (process.env[name] = before[i])));
    remove();
  };
}
