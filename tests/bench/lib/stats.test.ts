import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../bench/lib/stats';
import { rng } from '../../../bench/lib/prng';

describe('benchmark statistics', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('draws the same numbers from the same seed, and forks independently of what was drawn', () => {
    const a = rng(1);
    const b = rng(1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    const c = rng(1);
    c.next();
    expect(c.fork('x').next()).toBe(rng(1).fork('x').next());
    expect(rng(2).next()).not.toBe(rng(1).next());
  });
});
