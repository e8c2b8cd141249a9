// The test runs' own temporary folders: a run killed outright leaves its folder, which the next run
// on the same machine removes, while a folder whose runner still runs (another test run beside this
// one, another user's) or that another machine made stays, and one that cannot be removed is left.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from './host-process';
import { host, removeAbandoned } from './run-temp';

it('removes the folders of runs on this machine whose runner is gone, and only those', () => {
  const base = tempDir('treaty-desk-run-temp-');
  // A process id that was in use and has ended.
  const gone = spawnSync(process.execPath, ['-e', '']).pid!;
  const run = (pid: number | string, machine = host()) => join(base, `treaty-desk-test-run-${machine}-${pid}-abc123`);
  const folders = {
    gone: run(gone),
    live: run(process.pid),
    // Process 1 always runs: as root the check succeeds, as anyone else it is refused (EPERM).
    init: run(1),
    otherMachine: run(gone, 'elsewhere'),
    notAnId: run('notanid'),
    notAtStart: join(base, `x-treaty-desk-test-run-${host()}-${gone}-y`),
  };
  for (const dir of Object.values(folders)) {
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'nested', 'workspace.sqlite'), 'x');
  }
  removeAbandoned(base);
  expect(Object.fromEntries(Object.entries(folders).map(([k, dir]) => [k, existsSync(dir)]))).toEqual({
    gone: false, live: true, init: true, otherMachine: true, notAnId: true, notAtStart: true,
  });
});

it('leaves a folder it cannot remove, and goes on to the next', () => {
  const base = tempDir('treaty-desk-run-temp-');
  const gone = spawnSync(process.execPath, ['-e', '']).pid!;
  const stuck = join(base, `treaty-desk-test-run-${host()}-${gone}-aaa`);
  const next = join(base, `treaty-desk-test-run-${host()}-${gone}-bbb`);
  mkdirSync(stuck);
  mkdirSync(next);
  // As another user's folder in a shared temporary folder, or a file held open on Windows, would.
  const refuse = (dir: string) => {
    if (dir === stuck) throw Object.assign(new Error(`EACCES: permission denied, rmdir '${dir}'`), { code: 'EACCES' });
    rmSync(dir, { recursive: true });
  };
  expect(() => removeAbandoned(base, refuse)).not.toThrow();
  expect([existsSync(stuck), existsSync(next)]).toEqual([true, false]);
});
