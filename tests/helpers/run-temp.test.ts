// The test runs' own temporary folders: a run killed outright leaves its folder, which the next run
// removes, while a folder whose runner still runs (another test run beside this one) stays.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from './host-process';
import { removeAbandoned } from './run-temp';

it('removes the folders of runs whose runner is gone, and only those', () => {
  const base = tempDir('treaty-desk-run-temp-');
  // A process id that was in use and has ended.
  const gone = spawnSync(process.execPath, ['-e', '']).pid!;
  const folders = {
    gone: join(base, `treaty-desk-test-run-${gone}-abc123`),
    live: join(base, `treaty-desk-test-run-${process.pid}-def456`),
    other: join(base, 'treaty-desk-test-run-notanid'),
    unrelated: join(base, `somebody-else-${gone}-x`),
  };
  for (const dir of Object.values(folders)) {
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'nested', 'workspace.sqlite'), 'x');
  }
  removeAbandoned(base);
  expect(Object.fromEntries(Object.entries(folders).map(([k, dir]) => [k, existsSync(dir)]))).toEqual({ gone: false, live: true, other: true, unrelated: true });
});
