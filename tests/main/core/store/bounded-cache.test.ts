// The core's caches forget their oldest entries past a count or a total size, and a replaced or
// deleted entry stops counting.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../../main/core/store/bounded-cache';

const keys = (c: BoundedCache<string>, all: string[]) => all.filter((k) => c.has(k));

describe('BoundedCache', () => {
  it('forgets the oldest entries past its count', () => {
    const c = new BoundedCache<string>(2);
    c.set('a', 'A');
    c.set('b', 'B');
    c.set('c', 'C');
    expect(keys(c, ['a', 'b', 'c'])).toEqual(['b', 'c']);
    expect(c.get('c')).toBe('C');
    expect(c.get('a')).toBeUndefined();
  });

  it('forgets the oldest entries past its total size, counting a replaced or deleted entry once', () => {
    const c = new BoundedCache<string>(100, 10);
    c.set('a', 'A', 4);
    c.set('b', 'B', 4);
    c.set('a', 'A2', 4); // replaced: now the newest, 8 in all
    c.set('c', 'C', 2); // 10: all fit
    expect(keys(c, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    c.set('d', 'D', 3); // 13: b, the oldest, goes
    expect(keys(c, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
    c.delete('a');
    c.set('e', 'E', 4); // 2 + 3 + 4 = 9: nothing more goes
    expect(keys(c, ['a', 'b', 'c', 'd', 'e'])).toEqual(['c', 'd', 'e']);
    expect(c.get('a')).toBeUndefined();
  });
});
