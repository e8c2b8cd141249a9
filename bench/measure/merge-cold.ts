// merge_40_cold_ms: the same bundles imported through the CLI from a cold start, as a coordinator
// would take an inbox: `node cli.cjs import-bundle <db> <file>... --json`, one fresh process that
// starts, opens and checks the workspace, imports the 40 files in order (one transaction, a savepoint
// per bundle), and exits. The figure is its wall time.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runNode } from '../lib/cli';
import { inScratchDir } from '../lib/scratch';
import { repeat, round } from '../lib/stats';
import type { MergeFixture } from '../workload/merge-fixture';

export interface ColdResult {
  runs: number[];
  median: number;
  rssPeakMb: number;
}

async function oneRun(f: MergeFixture, dir: string): Promise<{ ms: number; rss: number }> {
  const db = join(dir, 'coordinator.sqlite');
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  rmSync(`${db}.backups`, { recursive: true, force: true });
  copyFileSync(f.coordinator, db);
  const cli = cliPath();
  const r = await runNode(cli, ['import-bundle', db, ...f.drafters.map((d) => d.bundle), '--json'], { rss: true });
  if (r.code !== 0) throw new Error(`import-bundle exited with ${r.code}: ${r.stderr.trim()}`);
  const reports = JSON.parse(r.stdout) as Array<{ outcome: string }> | { outcome: string };
  const refused = (Array.isArray(reports) ? reports : [reports]).filter((x) => x.outcome !== 'accepted');
  if (refused.length > 0) throw new Error(`${refused.length} bundles were not accepted`);
  return { ms: r.ms, rss: r.rssMb ?? 0 };
}

export function measureMergeCold(o: { fixture: MergeFixture; warmup: number; runs: number }): Promise<ColdResult> {
  return inScratchDir('bench-cold-', async (dir) => {
    const r = await repeat(o.warmup, o.runs, () => oneRun(o.fixture, dir), (x) => x.ms);
    return {
      runs: r.times.map((x) => round(x)),
      median: round(r.median),
      rssPeakMb: round(Math.max(...r.all.map((x) => x.rss))),
    };
  });
}
