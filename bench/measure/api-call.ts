// docx_full_ms and bundle_export_ms: one API method called again and again on a copy of a
// workspace, in a child process of its own so that its peak memory is the call's. The first calls
// are warm-up; every call goes through the same dispatch as the doors (zod, handler, Result).
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Args, Method } from '../../shared/api/methods';
import { childMain } from '../lib/child';
import { Clock, DAY, T0, openCore } from '../lib/core';
import { inScratchDir } from '../lib/scratch';
import { median, peakRssMb, round } from '../lib/stats';

export interface ApiCallOptions {
  dbPath: string;
  method: Method;
  arg: unknown;
  warmup: number;
  runs: number;
}

export interface ApiCallResult {
  runs: number[];
  median: number;
  /** The `bytes` the result reports (a file's size), from the last call. */
  bytes: number | null;
  rssPeakMb: number;
}

export function measureApiCall(o: ApiCallOptions): Promise<ApiCallResult> {
  return inScratchDir('bench-call-', async (dir) => {
    const db = join(dir, basename(o.dbPath));
    copyFileSync(o.dbPath, db);
    // A clock that moves a minute per call, so that calls that record their time never tie.
    const core = openCore(db, { clock: new Clock(T0 + 5 * DAY) });
    try {
      const times: number[] = [];
      let bytes: number | null = null;
      for (let i = 0; i < o.warmup + o.runs; i++) {
        core.clock.at += 60_000;
        const t = performance.now();
        const value = (await core.call(o.method, o.arg as Args<Method>)) as { bytes?: unknown };
        const ms = performance.now() - t;
        if (i >= o.warmup) times.push(ms);
        bytes = typeof value?.bytes === 'number' ? value.bytes : null;
      }
      return { runs: times.map((x) => round(x)), median: round(median(times)), bytes, rssPeakMb: peakRssMb() };
    } finally {
      core.close();
    }
  });
}

childMain(module, measureApiCall);
