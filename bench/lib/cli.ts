// Running the built CLI as a user does: `node <dist>/cli.cjs …`, a fresh process each time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './core';

/** The build under test: dist/, or TREATY_DESK_DIST when builds sit side by side. */
export const distDir = () => resolve(repoRoot, process.env.TREATY_DESK_DIST ?? 'dist');
const RSS_HOOK = join(__dirname, 'rss-hook.cjs');

export function cliPath(): string {
  const p = join(distDir(), 'cli.cjs');
  if (!existsSync(p)) throw new Error(`${p} is missing: build first (npm run build, with the same TREATY_DESK_DIST)`);
  return p;
}

export interface CliRun {
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
  /** Peak resident set in MB, when run with the hook. */
  rssMb: number | null;
}

/** Runs `node [flags] <target> <args>` and times it from spawn to exit, in the parent. */
export function runNode(target: string, args: string[], o: { rss?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const flags = o.rss ? ['--require', RSS_HOOK] : [];
    const start = performance.now();
    const child = spawn(process.execPath, [...flags, target, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...o.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const m = /^BENCH_RSS_KB (\d+)$/m.exec(stderr);
      done({ ms, code: code ?? -1, stdout, stderr: stderr.replace(/^BENCH_RSS_KB \d+\n?/m, ''), rssMb: m ? Number(m[1]) / 1024 : null });
    });
  });
}
