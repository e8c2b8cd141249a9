// One temporary folder per test run, removed when the run ends: the global setup of both Vitest and
// Playwright, so that a run leaves nothing in the system's temporary folder. A run killed outright
// (SIGKILL, a machine shut down) cannot remove its own: the folder carries the machine's name and the
// runner's process id, and the next run on the same machine removes every folder whose runner is
// gone. (A container sharing the temporary folder has its own name and process ids: not touched.)
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { processRunning } from '../../main/core/process-running';

/** Where tempDir() makes its folders; set by the setup below for the workers and their children. */
export const RUN_TEMP = 'TREATY_DESK_TEST_TMP';
const PREFIX = 'treaty-desk-test-run-';

// os.tmpdir() reads TMPDIR (TEMP and TMP on Windows) on every call, and so do SQLite and the `tmp`
// package exceljs uses: what the app under test or a library puts there lands in the run's folder too.
const VARS = [RUN_TEMP, 'TMPDIR', 'TMP', 'TEMP'];

/**
 * Makes the run's folder and points the environment at it. Both runners start their workers after
 * the global setup, with its environment (checked for Vitest's forks and Playwright's workers).
 * Returns the teardown, which both runners take from a global setup's return value.
 */
export default function setupRunTemp(): () => void {
  removeAbandoned(tmpdir());
  const root = mkdtempSync(join(tmpdir(), `${PREFIX}${host()}-${process.pid}-`));
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

/** This machine's name as it stands in a folder name. */
export const host = (): string => hostname().replace(/[^A-Za-z0-9.]/g, '_');

/**
 * Removes the runs' folders in `base` made on this machine whose runner process no longer exists;
 * a live one's stays, and so does one that cannot be removed (another user's, a file held open).
 */
export function removeAbandoned(base: string, remove = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 3 })): void {
  const mine = new RegExp(`^${PREFIX}${host().replace(/\./g, '\\.')}-(\\d+)-`);
  for (const name of readdirSync(base)) {
    const pid = mine.exec(name)?.[1];
    if (pid === undefined || processRunning(Number(pid))) continue;
    try {
      remove(join(base, name));
    } catch {
      // Left for whoever can remove it: a run must not fail to start over an old folder.
    }
  }
}
