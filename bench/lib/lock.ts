// One benchmark run at a time per output folder: two runs would delete each other's workspaces,
// and on a 2-core machine would spoil each other's figures anyway. A lock left by a run that died
// (its process is gone) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { processRunning } from '../../main/core/process-running';

/** Takes the lock of `dir` (which must exist) and returns its release; throws when another live run holds it. */
export function lockDir(dir: string): () => void {
  const path = join(dir, '.bench.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && processRunning(holder)) {
        throw new Error(`another benchmark run (process ${holder}) is using ${dir}; wait for it to finish`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the benchmark lock in ${dir}`);
}
