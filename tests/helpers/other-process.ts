// Another process on the same workspace file, as the desktop app, browser mode or a CLI command
// would be: for the tests of what a restore, a save or a search does while it is there.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './host-process';

const open = `const Database = require(${JSON.stringify(join(repoRoot, 'node_modules', 'better-sqlite3'))}); const db = new Database(process.argv[1]);`;

/** Runs `script` (with `db` open on `path`) in a child process, once it has written its first line. */
async function child(path: string, script: string, stdin: 'pipe' | 'ignore') {
  const proc = spawn(process.execPath, ['-e', `${open}\n${script}`, path], { stdio: [stdin, 'pipe', 'inherit'] });
  const exited = new Promise<number>((resolve) => proc.once('exit', (code) => resolve(code ?? -1)));
  await new Promise((resolve, reject) => (proc.stdout!.once('data', resolve), proc.once('error', reject)));
  return { proc, exited };
}

/** A process that holds the write lock for `ms` (running `sql` under it first), then commits: `done` is its exit code. */
export async function holdWriteLock(path: string, ms: number, sql = ''): Promise<{ done: Promise<number> }> {
  const { exited } = await child(
    path,
    `db.exec('BEGIN IMMEDIATE'); ${sql ? `db.exec(${JSON.stringify(sql)});` : ''} process.stdout.write('locked\\n');
     setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`,
    'ignore',
  );
  return { done: exited };
}

/** A process with the file open and idle (a browser-mode host between saves) until it is told to stop. */
export async function otherProcess(path: string): Promise<{ stop: () => Promise<void> }> {
  const { proc, exited } = await child(
    path,
    `db.prepare('SELECT count(*) FROM answer').get(); process.stdout.write('open\\n');
     process.stdin.on('data', () => { db.close(); process.exit(0); });`,
    'pipe',
  );
  return {
    stop: async () => {
      proc.stdin!.write('stop\n');
      await exited;
    },
  };
}
