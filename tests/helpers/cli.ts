// Runs a CLI command in this process, as `npm run cli` would, and collects what it prints.
import { runCli } from '../../main/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  lines: string[];
}

export async function runCommand(argv: string[], options: { env?: NodeJS.ProcessEnv; now?: Date } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const now = options.now ?? new Date('2026-02-01T00:00:00Z');
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: options.env ?? {}, now: () => now });
  return { code, out: out.join('\n'), err: err.join('\n'), lines: out };
}
