// merge_40_cold_ms: the same bundles imported through the CLI from a cold start, as a coordinator
// would from a script: `node cli.cjs import-bundle <db> <file> --json` once per bundle (the
// command takes one file), each a fresh process that opens and checks the workspace, imports,
// and exits. The figure is the wall time of the whole sequence.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, runNode } from '../lib/cli';
import { median, repeat, round } from '../lib/stats';
import type { MergeFixture } from '../workload/merge-fixture';

export interface ColdResult {
  runs: number[];
  median: number;
  /** Median over the median run's processes: one cold import-bundle. */
  perProcessMedian: number;
  rssPeakMb: number;
}

async function oneRun(f: MergeFixture, dir: string): Promise<{ ms: number; each: number[]; rss: number }> {
  const db = join(dir, 'coordinator.sqlite');
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  rmSync(`${db}.backups`, { recursive: true, force: true });
  copyFileSync(f.coordinator, db);
  const cli = cliPath();
  const each: number[] = [];
  let rss = 0;
  const start = performance.now();
  for (const d of f.drafters) {
    const r = await runNode(cli, ['import-bundle', db, d.bundle, '--json'], { rss: true });
    if (r.code !== 0) throw new Error(`import-bundle of ${d.institution} exited with ${r.code}: ${r.stderr.trim()}`);
    each.push(r.ms);
    rss = Math.max(rss, r.rssMb ?? 0);
  }
  return { ms: performance.now() - start, each, rss };
}

export async function measureMergeCold(o: { fixture: MergeFixture; warmup: number; runs: number }): Promise<ColdResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  try {
    const r = await repeat(o.warmup, o.runs, () => oneRun(o.fixture, dir), (x) => x.ms);
    return {
      runs: r.times.map((x) => round(x)),
      median: round(r.median),
      perProcessMedian: round(median(r.typical.each)),
      rssPeakMb: round(Math.max(...r.all.map((x) => x.rss))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
