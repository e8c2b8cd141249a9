// Starts browser mode (dist/host.cjs) on a fresh temporary workspace, as a user would with
// `npm run serve`, and hands back its URL; used by the end-to-end and crash tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RUN_TEMP } from './run-temp';

export interface RunningHost {
  url: string;
  token: string;
  origin: string;
  dbPath: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export const repoRoot = resolve(__dirname, '..', '..');
/** The build under test: dist/, or TREATY_DESK_DIST when parallel runs build side by side. */
export const distDir = resolve(repoRoot, process.env.TREATY_DESK_DIST ?? 'dist');

/** A new folder of its own, inside the run's temporary folder (removed when the run ends, see run-temp.ts). */
export function tempDir(prefix = 'treaty-desk-'): string {
  return mkdtempSync(join(process.env[RUN_TEMP] ?? tmpdir(), prefix));
}

export async function startHost(dbPath = join(tempDir(), 'workspace.sqlite'), extraArgs: string[] = []): Promise<RunningHost> {
  const child = spawn(process.execPath, [join(distDir, 'host.cjs'), '--db', dbPath, '--port', '0', ...extraArgs], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}${err}`)), 15_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${err}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    token: parsed.searchParams.get('token')!,
    origin: parsed.origin,
    dbPath,
    process: child,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
