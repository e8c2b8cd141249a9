// Two benchmark runs on one output folder would delete each other's workspaces: the second is refused.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDir } from '../../../bench/lib/lock';
import { tempDir } from '../../helpers/host-process';

describe('the benchmark lock', () => {
  it('refuses a second run while the first holds the folder, and lets one in after', () => {
    const dir = tempDir('treaty-desk-lock-');
    const release = lockDir(dir);
    expect(() => lockDir(dir)).toThrow(`another benchmark run (process ${process.pid}) is using ${dir}; wait for it to finish`);
    release();
    expect(existsSync(join(dir, '.bench.lock'))).toBe(false);
    lockDir(dir)();
  });

  it('takes over the lock of a run whose process is gone', () => {
    const dir = tempDir('treaty-desk-lock-');
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dir, '.bench.lock'), String(gone));
    const release = lockDir(dir);
    expect(() => lockDir(dir)).toThrow(/another benchmark run/);
    release();
  });
});
