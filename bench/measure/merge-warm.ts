// Import, verify and merge every bundle of the fixture into a copy of the enrolled coordinator, in
// one process that has already done it once (warm), through the core API that every door uses
// (base64 in, zod-checked, synchronous=FULL). 'inbox' (merge_40_ms): one bundle.importMany call,
// as the app takes the files chosen or dropped together and `import-bundle` takes several files
// (one transaction; the next bundles are read on a second thread while the current one is written,
// main/core/bundle/prepare.ts). 'one-by-one' (merge_40_serial_ms): a bundle.import call per file,
// a transaction each, as a coordinator opening the files one after another.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../main/core/store/database';
import { childMain } from '../lib/child';
import { distDir } from '../lib/cli';
import { type Lost, lostEdits } from './merge-check';
import { Clock, DAY, T0, openCore } from '../lib/core';
import { inScratchDir } from '../lib/scratch';
import { peakRssMb, repeat, round } from '../lib/stats';
import type { MergeFixture } from '../workload/merge-fixture';

export interface MergeWarmOptions {
  fixture: MergeFixture;
  warmup: number;
  runs: number;
  mode: 'one-by-one' | 'inbox';
}

export interface MergeOutcome {
  /** Answers per outcome, summed over the bundles. */
  fastForwarded: number;
  merged: number;
  conflicts: number;
  unchanged: number;
  /** Open merge conflicts in the coordinator afterwards. */
  openConflicts: number;
  revisions: number;
  dbBytes: number;
  /** Institutions' last paragraph wordings and cell values missing from the merged answers: must be 0. */
  lost: Lost;
}

export interface MergeWarmResult {
  runs: number[];
  median: number;
  /** Per bundle in the median run, in import order. */
  perBundle: number[];
  outcome: MergeOutcome;
  synchronous: number;
  rssPeakMb: number;
}

/** What a merged coordinator holds; read-only, after the session closed. */
export function inspect(dbPath: string): Pick<MergeOutcome, 'openConflicts' | 'revisions' | 'dbBytes'> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      openConflicts: one("SELECT count(*) AS n FROM merge_conflict WHERE state = 'open'"),
      revisions: one('SELECT count(*) AS n FROM revision'),
      dbBytes: one('SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()'),
    };
  } finally {
    db.close();
  }
}

async function oneRun(f: MergeFixture, dir: string, mode: MergeWarmOptions['mode']): Promise<{ total: number; perBundle: number[]; outcome: MergeOutcome; synchronous: number }> {
  const db = join(dir, 'coordinator.sqlite');
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  // Each run starts as the coordinator did: no backups yet from an earlier run.
  rmSync(`${db}.backups`, { recursive: true, force: true });
  copyFileSync(f.coordinator, db);
  const clock = new Clock(T0 + 4 * DAY);
  const core = openCore(db, { clock });
  const perBundle: number[] = [];
  const sum = { fastForwarded: 0, merged: 0, conflicts: 0, unchanged: 0 };
  try {
    const synchronous = readSynchronous(db);
    const start = performance.now();
    if (mode === 'inbox') {
      const files = f.drafters.map((d) => ({ data: readFileSync(d.bundle).toString('base64'), fileName: d.bundle }));
      const reports = await core.call('bundle.importMany', { files });
      reports.forEach((r, i) => {
        if (r.outcome !== 'accepted') throw new Error(`bundle of ${f.drafters[i].institution} was not accepted: ${r.message}`);
        sum.fastForwarded += r.fastForwarded.length;
        sum.merged += r.merged.length;
        sum.conflicts += r.conflicts.length;
        sum.unchanged += r.unchanged.length;
      });
    }
    for (const d of mode === 'inbox' ? [] : f.drafters) {
      const t = performance.now();
      // The workspace's clock runs with real time, as for a coordinator importing one file after another.
      clock.at = T0 + 4 * DAY + Math.round(t - start);
      const r = await core.call('bundle.import', { data: readFileSync(d.bundle).toString('base64'), fileName: d.bundle });
      perBundle.push(performance.now() - t);
      if (r.outcome !== 'accepted') throw new Error(`bundle of ${d.institution} was not accepted: ${r.message}`);
      sum.fastForwarded += r.fastForwarded.length;
      sum.merged += r.merged.length;
      sum.conflicts += r.conflicts.length;
      sum.unchanged += r.unchanged.length;
    }
    const total = performance.now() - start;
    core.close();
    return { total, perBundle, outcome: { ...sum, ...inspect(db), lost: lostEdits(db, f.params) }, synchronous };
  } finally {
    core.close();
  }
}

/** synchronous is a setting of each connection: open one the way the product does and read it (2 = FULL). */
function readSynchronous(dbPath: string): number {
  const db = openDatabase(dbPath);
  try {
    return db.pragma('synchronous', { simple: true }) as number;
  } finally {
    db.close();
  }
}

export function measureMergeWarm(o: MergeWarmOptions): Promise<MergeWarmResult> {
  // The core runs from its sources here; the inbox's second thread runs the built script, as in the
  // app (`npm run bench` builds first), not the sources through tsx, which start several times slower.
  process.env.TREATY_DESK_BUNDLE_WORKER ??= join(distDir(), 'bundle-worker.cjs');
  return inScratchDir('bench-merge-', async (dir) => {
    const r = await repeat(o.warmup, o.runs, () => oneRun(o.fixture, dir, o.mode), (x) => x.total);
    const mid = r.typical;
    return {
      runs: r.times.map((x) => round(x)),
      median: round(r.median),
      perBundle: mid.perBundle.map((x) => round(x)),
      outcome: mid.outcome,
      synchronous: mid.synchronous,
      rssPeakMb: peakRssMb(),
    };
  });
}

childMain(module, measureMergeWarm);
