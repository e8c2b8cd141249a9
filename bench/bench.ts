// One benchmark run: build the workloads, take every figure of issue #10 (each the median of
// several runs after warm-up), and gather them with the peer's figures, the machine's floor and a
// description of the machine into one result object.
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BenchConfig } from './config';
import { runChild } from './lib/child';
import { round } from './lib/stats';
import type { ApiCallResult } from './measure/api-call';
import { type BrowserResult, measureBrowser } from './measure/browser';
import type { FloorResult } from './measure/floor';
import { type ColdResult, measureMergeCold } from './measure/merge-cold';
import type { PeerResult } from './measure/merge-peer';
import type { MergeWarmResult } from './measure/merge-warm';
import { measureCliNoop, measureParse } from './measure/startup';
import { buildMergeFixture } from './workload/build-fixture';
import { buildReport } from './workload/full-report';
import { block } from './workload/text';
import { lockDir } from './lib/lock';
import { benchTemp } from './lib/scratch';
import { rng } from './lib/prng';
import { PASSPHRASE } from './lib/core';

const child = (name: string) => join(__dirname, 'measure', `${name}.ts`);

export const TARGETS = {
  parse_seed_ms: 20,
  open_full_ms: 1000,
  typing_p95_ms: 16,
  merge_40_ms: 1000,
  merge_40_cold_ms: 1500,
  cli_noop_ms: 100,
  docx_full_ms: 1000,
} as const;

export interface BenchResult {
  benchmark: 'treaty-desk';
  config: string;
  startedAt: string;
  seconds: number;
  machine: Record<string, unknown>;
  workload: Record<string, unknown>;
  figures: {
    parse_seed_ms: number;
    open_full_ms: number | null;
    typing_p95_ms: number | null;
    bundle_export_ms: number;
    bundle_bytes: number;
    /** The 40 files in one import call, warm: how the app and the CLI take files that come together. */
    merge_40_ms: number;
    /** One import call (and one transaction) per file, warm: no target, shown beside it. */
    merge_40_serial_ms: number;
    merge_40_cold_ms: number;
    merge_40_peer_ms: number;
    merge_40_ratio_to_peer: number;
    merge_40_serial_ratio_to_peer: number;
    merge_40_cold_ratio_to_peer: number;
    cli_noop_ms: number;
    docx_full_ms: number;
    rss_peak_mb: { merge_40: number; merge_40_serial: number; merge_40_cold: number; merge_40_peer: number; docx_full: number; bundle_export: number };
  };
  targets: typeof TARGETS;
  floor: FloorResult & { node_start_ms: number };
  detail: Record<string, unknown>;
}

function machine(): Record<string, unknown> {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    freeMemoryGb: round(freemem() / 2 ** 30, 1),
    node: process.version,
    kernel: release(),
    sqlite,
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
  };
}

const synchronousName = (level: number): string | number => (level === 2 ? 'FULL' : level);

export async function runBench(c: BenchConfig, log: (line: string) => void = () => {}): Promise<BenchResult> {
  const started = Date.now();
  const info = machine();
  mkdirSync(c.outDir, { recursive: true });
  const release = lockDir(c.outDir);
  // The report's and the typing test's workspaces: made afresh by every run, of no use after it.
  const work = join(c.outDir, 'work');
  let removeTemp = () => {};
  try {
    removeTemp = benchTemp(c.outDir);
    return await measureAll(c, work, started, info, log);
  } finally {
    rmSync(work, { recursive: true, force: true });
    removeTemp();
    release();
  }
}

async function measureAll(c: BenchConfig, work: string, started: number, info: Record<string, unknown>, log: (line: string) => void): Promise<BenchResult> {
  const r = c.repeats;
  // Left by a run that was interrupted.
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  log('parse and CLI start');
  const parse = await measureParse(Math.max(r.warmup, 1), r.parse);
  const cli = await measureCliNoop(r.warmup, r.cli);

  log(`merge workload: ${c.merge.institutions} institutions x ${c.merge.answers} answers x ${c.merge.revisions} revisions`);
  const fixture = await buildMergeFixture({ dir: join(c.outDir, 'fixtures', `merge-${c.name}`), params: c.merge, jobs: c.jobs, reuse: c.reuse });
  log(fixture.reused ? 'merge workload reused' : `merge workload built in ${round(fixture.buildMs / 1000)} s`);

  log('merge, warm, one call per file');
  const serial = await runChild<MergeWarmResult>(child('merge-warm'), { fixture, warmup: r.warmup, runs: r.merge, mode: 'one-by-one' });
  log('merge, warm, the files in one call');
  const warm = await runChild<MergeWarmResult>(child('merge-warm'), { fixture, warmup: r.warmup, runs: r.merge, mode: 'inbox' });
  log('merge, peer (Automerge)');
  const peer = await runChild<PeerResult>(child('merge-peer'), { fixture, warmup: r.warmup, runs: r.peer });
  log('merge, cold through the CLI');
  // No warm-up run: the process is cold by design, and building the workload already read the files into the page cache.
  const cold: ColdResult = await measureMergeCold({ fixture, warmup: 0, runs: r.cold });
  log('floor');
  const floor = await runChild<FloorResult>(child('floor'), { fixture, runs: r.floor });

  log('bundle export');
  const bundle = await runChild<ApiCallResult>(child('api-call'), {
    dbPath: join(fixture.dir, 'drafter-0.sqlite'), method: 'bundle.export', arg: { passphrase: PASSPHRASE }, warmup: r.warmup, runs: r.calls,
  });

  log('full report');
  const reportDb = join(work, 'report.sqlite');
  const report = await buildReport(reportDb, c.report);
  const docx = await runChild<ApiCallResult>(child('api-call'), {
    dbPath: reportDb, method: 'report.export', arg: { format: 'docx', layout: 'report', draft: false }, warmup: r.warmup, runs: r.calls,
  });

  let browser: BrowserResult | null = null;
  if (c.browser) {
    log('browser: open and typing');
    const typingDb = join(work, 'typing.sqlite');
    await buildReport(typingDb, { ...c.report, longAnswer: c.typingWords });
    const text = ` ${block(rng(c.merge.seed).fork('typing'), 60)}`;
    browser = await measureBrowser({
      reportDb, typingDb, warmup: r.warmup, openRuns: r.open, typingRuns: r.typing, chars: c.typing.chars, keyDelayMs: c.typing.keyDelayMs, text,
      screenshot: join(c.outDir, `typing-${c.name}.png`),
    });
  }

  const avg = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length), 0);
  return {
    benchmark: 'treaty-desk',
    config: c.name,
    startedAt: new Date(started).toISOString(),
    seconds: round((Date.now() - started) / 1000, 0),
    machine: { ...info, loadAverageAtEnd: loadavg().map((x) => round(x, 2)) },
    workload: {
      seed: c.merge.seed,
      merge: c.merge,
      bundleBytesAverage: avg(fixture.drafters.map((d) => d.bytes)),
      revisionsPerBundle: fixture.drafters[0]?.revisions,
      peerBytesAverage: avg(fixture.drafters.map((d) => d.peerBytes)),
      report: { answers: c.report.answers, words: report.words, tables: report.tables },
      typing: { answerWords: c.typingWords, ...c.typing },
      seedParagraphs: parse.paragraphs,
    },
    figures: {
      parse_seed_ms: parse.median,
      open_full_ms: browser?.open ?? null,
      typing_p95_ms: browser?.typingP95 ?? null,
      bundle_export_ms: bundle.median,
      bundle_bytes: bundle.bytes ?? 0,
      merge_40_ms: warm.median,
      merge_40_serial_ms: serial.median,
      merge_40_cold_ms: cold.median,
      merge_40_peer_ms: peer.median,
      merge_40_ratio_to_peer: round(warm.median / peer.median, 2),
      merge_40_serial_ratio_to_peer: round(serial.median / peer.median, 2),
      merge_40_cold_ratio_to_peer: round(cold.median / peer.median, 2),
      cli_noop_ms: cli.median,
      docx_full_ms: docx.median,
      rss_peak_mb: { merge_40: warm.rssPeakMb, merge_40_serial: serial.rssPeakMb, merge_40_cold: cold.rssPeakMb, merge_40_peer: peer.rssPeakMb, docx_full: docx.rssPeakMb, bundle_export: bundle.rssPeakMb },
    },
    targets: TARGETS,
    floor: { ...floor, node_start_ms: cli.nodeStartMs },
    detail: {
      parse: parse.runs,
      cliNoop: cli.runs,
      mergeWarm: { runs: warm.runs, outcome: warm.outcome, synchronous: synchronousName(warm.synchronous) },
      mergeSerial: { runs: serial.runs, perBundle: serial.perBundle, outcome: serial.outcome, synchronous: synchronousName(serial.synchronous) },
      mergeCold: { runs: cold.runs },
      peer: { runs: peer.runs, conflictedParagraphs: peer.conflictedParagraphs, conflictedCells: peer.conflictedCells },
      bundleExport: { runs: bundle.runs, note: 'includes unlocking the signing key (scrypt, see floor.scrypt_passphrase_ms)' },
      docx: { runs: docx.runs, bytes: docx.bytes },
      browser: browser && { openRuns: browser.openRuns, typingRunsP95: browser.typingRunsP95, typingTaskP95: browser.typingTaskP95, typingMedian: browser.typingMedian, keys: browser.keys, chromium: browser.chromium },
      fixture: { dir: fixture.dir, reused: fixture.reused, buildSeconds: round(fixture.buildMs / 1000, 0) },
    },
  };
}
