// textBlockProblem and tableRowProblem accept the common shapes without zod. They must never accept
// what the schemas refuse, and must agree with them on everything else: generated values near the
// accepted shapes (wrong types, extra keys, limits crossed by one) are held to the schemas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, tableRowProblem, tableRowSchema, textBlockProblem, textBlockSchema } from '../../../shared/editor/schema';

const str = fc.oneof(fc.string({ maxLength: 8 }), fc.constant('x'.repeat(LIMITS.leafChars)), fc.constant('x'.repeat(LIMITS.leafChars + 1)));
const odd = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.string({ maxLength: 3 }));
const mark = fc.oneof(fc.constant(true), odd);
const leaf = fc.oneof(
  fc.record({ text: str, bold: mark, italic: mark, underline: mark }, { requiredKeys: ['text'] }),
  fc.record({ text: fc.oneof(str, odd), color: fc.constant('red') }, { requiredKeys: [] }),
  fc.record({ type: fc.constant('footnote'), note: str, children: fc.constant([{ text: '' }]) }),
  odd,
);
const block = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph', 'block-quote', 'list-item', 'heading'), children: fc.array(leaf, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('paragraph'), children: fc.array(leaf, { maxLength: 3 }), extra: odd }, { requiredKeys: ['type', 'children'] }),
  fc.record({ type: fc.constant('paragraph'), children: odd }),
  odd,
);
const cell = fc.oneof(fc.string({ maxLength: 5 }), fc.constant('1'.repeat(LIMITS.cellChars)), fc.constant('1'.repeat(LIMITS.cellChars + 1)), odd);
const row = fc.oneof(
  fc.record({ id: fc.oneof(fc.constantFrom('r1', 'a-b_9', '', 'bad id', 'x'.repeat(65)), odd), role: fc.oneof(fc.constantFrom('data', 'group', 'total', 'other'), odd), cells: fc.oneof(fc.array(cell, { maxLength: 4 }), odd) }, { requiredKeys: [] }),
  fc.record({ id: fc.constant('r1'), role: fc.constant('data'), cells: fc.array(fc.string({ maxLength: 2 }), { maxLength: 3 }), note: odd }, { requiredKeys: ['id', 'role', 'cells'] }),
  fc.record({ id: fc.constant('r1'), role: fc.constant('data'), cells: fc.constant(Array.from({ length: LIMITS.tableColumns + 1 }, () => '')) }),
  odd,
);

describe('fast chunk checks', () => {
  it('judge text blocks exactly as textBlockSchema does', () => {
    fc.assert(fc.property(block, (v) => {
      expect(textBlockProblem(v) === null).toBe(textBlockSchema.safeParse(v).success);
    }), { numRuns: 3000 });
  });

  it('judge table rows exactly as tableRowSchema does', () => {
    fc.assert(fc.property(row, (v) => {
      expect(tableRowProblem(v) === null).toBe(tableRowSchema.safeParse(v).success);
    }), { numRuns: 3000 });
  });

  it('give the schema’s reason for a refused value', () => {
    expect(textBlockProblem({ type: 'paragraph', children: [] })).toMatch(/>=1|at least|too small/i);
    expect(tableRowProblem({ id: 'bad id', role: 'data', cells: [] })).toBe('ids are 1 to 64 letters, digits, - or _');
  });
});
