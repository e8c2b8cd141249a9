import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Json, canonicalJson } from '../../../shared/export/canonical-json';

describe('canonical JSON', () => {
  it('spells equal objects the same whatever order their keys were set in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });

  it('keeps array order, which carries meaning (the order of blocks in an answer)', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('is stable under any shuffling of keys (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed as Json)).toBe(canonicalJson(obj as Json));
        expect(JSON.parse(canonicalJson(obj as Json))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
      { numRuns: 200 },
    );
  });
});
