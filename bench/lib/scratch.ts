// The measures' scratch folders (their copies of the workload) in the system's temporary folder, all
// inside one folder per benchmark run, so that what an interrupted run leaves the next one removes.
// (Not a signal handler: the measures keep the event loop busy, so it would run only once they end.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** The run's folder, for the measures in this process and in the children it starts. */
const RUN_TEMP = 'TREATY_DESK_BENCH_TMP';
const PREFIX = 'treaty-desk-bench-run-';

/**
 * Makes the run's folder, first removing the one an earlier run in `outDir` left; the caller holds
 * the lock of `outDir`, so no live run is using it. Returns the folder's removal.
 */
export function benchTemp(outDir: string): () => void {
  const record = join(outDir, '.bench-temp');
  removeLeftOver(record);
  const root = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(record, root);
  const before = process.env[RUN_TEMP];
  process.env[RUN_TEMP] = root;
  return () => {
    if (before === undefined) delete process.env[RUN_TEMP];
    else process.env[RUN_TEMP] = before;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    rmSync(record, { force: true });
  };
}

function removeLeftOver(record: string): void {
  let path: string;
  try {
    path = readFileSync(record, 'utf8');
  } catch {
    return;
  }
  // Only ever a folder this module made, whatever the file has come to say.
  if (dirname(path) === tmpdir() && basename(path).startsWith(PREFIX)) rmSync(path, { recursive: true, force: true, maxRetries: 3 });
}

/** Runs `fn` in a new scratch folder (inside the run's folder when there is one), removed however `fn` ends. */
export async function inScratchDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(process.env[RUN_TEMP] ?? tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
