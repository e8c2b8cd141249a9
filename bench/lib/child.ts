// Measurements that need a clean process (a warm merge, the peer, an export, with their own peak
// memory) run as child processes of the benchmark: `node --import tsx <script> <json options>`.
// The child prints one line `BENCH_RESULT <json>`; anything else it prints is passed through.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const MARK = 'BENCH_RESULT ';

export function runChild<T>(script: string, options: unknown): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(script), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      const rest = out.split('\n').filter((l) => !l.startsWith(MARK) && l.trim() !== '');
      if (rest.length > 0) process.stderr.write(`${rest.join('\n')}\n`);
      if (code !== 0 || !line) return fail(new Error(`${script} exited with ${code} and ${line ? 'a result' : 'no result'}`));
      done(JSON.parse(line.slice(MARK.length)) as T);
    });
  });
}

/** The child side: when the script is the process's main module, run `fn` on the options and report. */
export function childMain<O, T>(mod: NodeModule, fn: (options: O) => Promise<T>): void {
  if (require.main !== mod) return;
  fn(JSON.parse(process.argv[2] ?? '{}') as O).then(
    (r) => process.stdout.write(`${MARK}${JSON.stringify(r)}\n`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
