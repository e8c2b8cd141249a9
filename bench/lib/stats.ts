// Summaries of repeated measurements: every figure is the median of several runs after warm-up.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of the samples at or below it. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const round = (x: number, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the measured times in ms. */
export async function timeRuns(warmup: number, runs: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** This process's peak resident set so far, in MB (Linux reports maxRSS in kilobytes). */
export const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024);

export interface Repeated<T> {
  all: T[];
  times: number[];
  median: number;
  /** The run whose time is nearest the median: the one to show details of. */
  typical: T;
}

/** Runs `run` `warmup` times unmeasured, then `runs` times; `ms` reads each run's own time. */
export async function repeat<T>(warmup: number, runs: number, run: () => Promise<T>, ms: (r: T) => number): Promise<Repeated<T>> {
  for (let i = 0; i < warmup; i++) await run();
  const all: T[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  const times = all.map(ms);
  const m = median(times);
  const typical = all.reduce((best, r) => (Math.abs(ms(r) - m) < Math.abs(ms(best) - m) ? r : best));
  return { all, times, median: m, typical };
}
