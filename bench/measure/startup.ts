// parse_seed_ms (the list-of-issues parser on the embedded seed, in this process) and
// cli_noop_ms (`node <dist>/cli.cjs --version`, a fresh process each time, timed from spawn to
// exit), beside the floor for the latter: `node -e ""`, Node starting and doing nothing.
import { readFileSync } from 'node:fs';
import { parseLoiText } from '../../shared/loi/parse';
import { cliPath, runNode } from '../lib/cli';
import { seedFile } from '../lib/core';
import { median, round, timeRuns } from '../lib/stats';

export async function measureParse(warmup: number, runs: number): Promise<{ runs: number[]; median: number; paragraphs: number }> {
  const text = readFileSync(seedFile, 'utf8');
  const paragraphs = parseLoiText(text, { fileName: 'CMW_C_KGZ_QPR_2.txt' }).paragraphs.length;
  const times = await timeRuns(warmup, runs, () => parseLoiText(text, { fileName: 'CMW_C_KGZ_QPR_2.txt' }));
  return { runs: times.map((x) => round(x, 2)), median: round(median(times), 2), paragraphs };
}

async function spawnTimes(target: string, args: string[], warmup: number, runs: number, check: (out: string) => boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const r = await runNode(target, args);
    if (r.code !== 0 || !check(r.stdout)) throw new Error(`node ${target} ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`);
    if (i >= warmup) times.push(r.ms);
  }
  return times;
}

export async function measureCliNoop(warmup: number, runs: number): Promise<{ runs: number[]; median: number; nodeStartMs: number }> {
  const cli = await spawnTimes(cliPath(), ['--version'], warmup, runs, (out) => /^\d+\.\d+\.\d+/.test(out.trim()));
  const bare = await spawnTimes('-e', [''], warmup, runs, () => true);
  return { runs: cli.map((x) => round(x)), median: round(median(cli)), nodeStartMs: round(median(bare)) };
}
