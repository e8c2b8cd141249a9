// The benchmark at tiny sizes, end to end, so that it cannot rot: the workloads are built through
// the real product (signed bundles, the CLI, browser mode) and every figure comes out measured.
// No assertion is about speed: the figures only have to exist and the work behind them to be real.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BenchResult, runBench } from '../../bench/bench';
import { SMOKE } from '../../bench/config';
import { lostEdits } from '../../bench/measure/merge-check';
import { tempDir } from '../helpers/host-process';

describe('the benchmark at smoke sizes', () => {
  it('measures every figure of issue #10 on real work', { timeout: 240_000 }, async () => {
    const outDir = tempDir('treaty-desk-bench-');
    try {
      await smoke(outDir);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

async function smoke(outDir: string): Promise<void> {
  const r: BenchResult = await runBench({ ...SMOKE, outDir, reuse: false });
  const f = r.figures;
  for (const [name, value] of Object.entries({ ...f, ...f.rss_peak_mb, rss_peak_mb: 1 })) {
    expect(value, name).toBeTypeOf('number');
    expect(value as number, name).toBeGreaterThan(0);
    expect(Number.isFinite(value), name).toBe(true);
  }
  // Both institutions reworded the same block of every answer: the merge met real conflicts, and so
  // did the peer; the files taken in one call and one call per file alike.
  for (const merge of [r.detail.mergeWarm, r.detail.mergeSerial] as Array<{ outcome: { fastForwarded: number; conflicts: number; openConflicts: number; lost: object }; synchronous: string }>) {
    expect(merge.outcome.fastForwarded).toBe(SMOKE.merge.answers);
    expect(merge.outcome.conflicts).toBe(SMOKE.merge.answers);
    expect(merge.outcome.openConflicts).toBeGreaterThanOrEqual(SMOKE.merge.answers);
    // Nothing either institution wrote is missing from the merged answers...
    expect(merge.outcome.lost).toEqual({ paragraphs: 0, cells: 0 });
    expect(merge.synchronous).toBe('FULL');
  }
  expect((r.detail.peer as { conflictedParagraphs: number }).conflictedParagraphs).toBe(SMOKE.merge.answers);
  expect(r.workload.report).toEqual({ answers: SMOKE.report.answers, words: SMOKE.report.words, tables: SMOKE.report.tables });
  expect((r.detail.browser as { keys: number }).keys).toBe(SMOKE.typing.chars * SMOKE.repeats.typing);
  expect(r.floor.merge_40_floor_ms).toBeGreaterThan(0);
  expect(existsSync(join(outDir, 'typing-smoke.png'))).toBe(true);
  // The fixture's manifest names real signed bundles, one per institution.
  const manifest = JSON.parse(readFileSync(join(outDir, 'fixtures', 'merge-smoke', 'manifest.json'), 'utf8')) as { coordinator: string; drafters: Array<{ bundle: string }> };
  // ...while the coordinator before the merge has none of it, so the check can tell.
  const before = lostEdits(manifest.coordinator, SMOKE.merge);
  expect(before.paragraphs).toBe(SMOKE.merge.institutions * SMOKE.merge.answers);
  expect(before.cells).toBeGreaterThan(0);
  expect(manifest.drafters).toHaveLength(SMOKE.merge.institutions);
  for (const d of manifest.drafters) expect(readFileSync(d.bundle).subarray(0, 20).toString()).toBe('treaty-desk-bundle 1');
}
