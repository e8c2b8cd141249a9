// align() skips the LCS search when every element the two sequences share occurs once on each side
// in the same order. Merged revisions are named by their text, so a drafter checks the
// coordinator's merge by doing it again: the shortcut must give exactly what the search gives,
// over sequences with repeats, moves, insertions and deletions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../../shared/merge/diff3';

// A small alphabet makes repeats and moves common; a large one makes the shortcut's shape common.
const sequence = (letters: string[]) => fc.array(fc.constantFrom(...letters), { maxLength: 12 });
const small = ['a', 'b', 'c', 'd'];
const large = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** The side as an edit of the base: some elements replaced by new ones, some dropped, some added. */
const edited = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...large), { maxLength: 12 }), fc.array(fc.constantFrom('keep', 'replace', 'drop', 'insert'), { maxLength: 14 }))
  .map(([base, ops]) => {
    const side: string[] = [];
    let fresh = 0;
    base.forEach((x, i) => {
      const op = ops[i] ?? 'keep';
      if (op === 'keep') side.push(x);
      else if (op === 'replace') side.push(`${x}${++fresh}`);
      else if (op === 'insert') side.push(`new${++fresh}`, x);
    });
    return [base, side] as const;
  });

describe('align shortcut', () => {
  it('gives what the LCS search gives on any sequences', () => {
    fc.assert(
      fc.property(fc.oneof(sequence(small), sequence(large)), fc.oneof(sequence(small), sequence(large)), (base, side) => {
        expect(align(base, side)).toEqual(align(base, side, false));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what the LCS search gives on edits in place', () => {
    fc.assert(
      fc.property(edited, ([base, side]) => {
        expect(align(base, side)).toEqual(align(base, side, false));
      }),
      { numRuns: 1000 },
    );
  });

  it('splits n replaced elements into n edits and matches the rest', () => {
    expect(align(['a', 'b', 'c', 'd'], ['a', 'x', 'y', 'd'])).toEqual({
      match: [0, -1, -1, 3],
      hunks: [{ start: 1, end: 2, from: 1, to: 2 }, { start: 2, end: 3, from: 2, to: 3 }],
    });
    expect(align(['a', 'b'], ['x', 'a', 'b', 'y', 'z'])).toEqual({
      match: [1, 2],
      hunks: [{ start: 0, end: 0, from: 0, to: 1 }, { start: 2, end: 2, from: 3, to: 5 }],
    });
  });
});
