// Two benchmark runs on one output folder would delete each other's workspaces: the second is refused.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDir } from '../../../bench/lib/lock';
import { tempDir } from '../../helpers/host-process';

const dirs: string[] = [];
const folder = () => {
  const d = tempDir('treaty-desk-lock-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the benchmark lock', () => {
  it('refuses a second run while the first holds the folder, and lets one in after', () => {
    const dir = folder();
    const release = lockDir(dir);
    expect(() => lockDir(dir)).toThrow(`another benchmark run (process ${process.pid}) is using ${dir}; wait for it to finish`);
    release();
    expect(existsSync(join(dir, '.bench.lock'))).toBe(false);
    lockDir(dir)();
  });

  it('takes over the lock of a run whose process is gone', () => {
    const dir = folder();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dir, '.bench.lock'), String(gone));
    const release = lockDir(dir);
    expect(() => lockDir(dir)).toThrow(/another benchmark run/);
    release();
  });
});
