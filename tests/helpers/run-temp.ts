// One temporary folder per test run, removed when the run ends: the global setup of both Vitest and
// Playwright, so that a run leaves nothing in the system's temporary folder. A run killed outright
// (SIGKILL, a machine shut down) cannot remove its own: the folder carries the runner's process id,
// and the next run removes every folder whose runner is gone.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const root = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
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

/** Removes the runs' folders in `base` whose runner process no longer exists; a live one's stays. */
export function removeAbandoned(base: string): void {
  for (const name of readdirSync(base)) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid !== undefined && !running(Number(pid))) rmSync(join(base, name), { recursive: true, force: true, maxRetries: 3 });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, as another user's process.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
