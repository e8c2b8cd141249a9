// textBlockProblem and tableRowProblem accept the common shapes without zod. They must never accept
// what the schemas refuse, and must agree with them on everything else: generated values near the
// accepted shapes (wrong types, extra keys, limits crossed by one) are held to the schemas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreesWithSchema } from '../../helpers/agrees-with-schema';
import { LIMITS, tableRowProblem, tableRowSchema, tableShellProblem, tableShellSchema, textBlockProblem, textBlockSchema } from '../../../shared/editor/schema';

const str = fc.oneof(fc.string({ maxLength: 8 }), fc.constant('x'.repeat(LIMITS.leafChars)), fc.constant('x'.repeat(LIMITS.leafChars + 1)));
const odd = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.string({ maxLength: 3 }));
const mark = fc.oneof(fc.constant(true), odd);
const leaf = fc.oneof(
  fc.record({ text: str, bold: mark, italic: mark, underline: mark }, { requiredKeys: ['text'] }),
  fc.record({ text: fc.oneof(str, odd), color: fc.constant('red') }, { requiredKeys: [] }),
  fc.record({ type: fc.constant('footnote'), note: str, children: fc.constant([{ text: '' }]) }),
  odd,
);
const goodLeaf = fc.record({ text: fc.string({ maxLength: 6 }), bold: fc.constant(true), italic: fc.constant(true), underline: fc.constant(true) }, { requiredKeys: ['text'] });
const block = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constantFrom('paragraph', 'block-quote'), children: fc.array(fc.oneof({ arbitrary: goodLeaf, weight: 12 }, { arbitrary: leaf, weight: 1 }), { maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('paragraph', 'block-quote', 'list-item', 'heading'), children: fc.array(leaf, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('paragraph'), children: fc.array(leaf, { maxLength: 3 }), extra: odd }, { requiredKeys: ['type', 'children'] }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('paragraph'), children: odd }) },
  { weight: 1, arbitrary: odd },
);
const cell = fc.oneof(fc.string({ maxLength: 5 }), fc.constant('1'.repeat(LIMITS.cellChars)), fc.constant('1'.repeat(LIMITS.cellChars + 1)), odd);
const row = fc.oneof(
  fc.record({ id: fc.oneof(fc.constantFrom('r1', 'a-b_9', '', 'bad id', 'x'.repeat(65)), odd), role: fc.oneof(fc.constantFrom('data', 'group', 'total', 'other'), odd), cells: fc.oneof(fc.array(cell, { maxLength: 4 }), odd) }, { requiredKeys: [] }),
  fc.record({ id: fc.constant('r1'), role: fc.constant('data'), cells: fc.array(fc.string({ maxLength: 2 }), { maxLength: 3 }), note: odd }, { requiredKeys: ['id', 'role', 'cells'] }),
  fc.record({ id: fc.constant('r1'), role: fc.constant('data'), cells: fc.constant(Array.from({ length: LIMITS.tableColumns + 1 }, () => '')) }),
  odd,
);

const HASH = 'ab'.repeat(32);
const ident = fc.oneof(fc.constantFrom('t1', 'c0', 'x'.repeat(64)), fc.constantFrom('', 'a b', 'x'.repeat(65)), odd);
const meta = fc.oneof(fc.string({ maxLength: 4 }), fc.constant('m'.repeat(LIMITS.tableMetaChars)), fc.constant('m'.repeat(LIMITS.tableMetaChars + 1)), odd);
const column = fc.oneof(
  fc.record({ id: ident, kind: fc.oneof(fc.constantFrom('text', 'integer', 'decimal', 'percent', 'money'), odd), total: fc.oneof(fc.constant(true), odd) }, { requiredKeys: ['id', 'kind'] }),
  fc.record({ id: fc.constant('c1'), kind: fc.constant('text'), width: odd }),
  odd,
);
/** Mostly the valid value, sometimes a wrong one: so that whole shells are often valid and often invalid in one field. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: bad, weight: 1 });
const shell = fc.oneof(
  { weight: 9, arbitrary: fc.record(
    {
      type: mostly(fc.constant('data-table'), fc.constant('paragraph')), id: mostly(fc.constant('t1'), ident),
      title: mostly(fc.string({ maxLength: 4 }), meta), source: mostly(fc.string({ maxLength: 4 }), meta), period: mostly(fc.constant('2024'), meta),
      units: mostly(fc.constant('persons'), meta), notes: mostly(fc.constant(''), meta),
      header: mostly(fc.constant([['A', 'B']]), fc.oneof(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), fc.constant(Array.from({ length: LIMITS.headerRows + 1 }, () => [])), odd)),
      columns: mostly(fc.constant([{ id: 'c0', kind: 'text' }, { id: 'c1', kind: 'integer', total: true }]), fc.oneof(fc.array(column, { maxLength: 3 }), odd)),
      rows: mostly(fc.array(fc.constant(HASH), { maxLength: 3 }), fc.oneof(fc.array(fc.oneof(fc.constant(HASH), fc.constantFrom('AB'.repeat(32), 'ab', HASH + 'a'), odd), { maxLength: 3 }), odd)),
      chart: mostly(fc.constantFrom(null, 'bar', 'line'), fc.oneof(fc.constant('pie'), odd)),
      children: mostly(fc.constant([{ text: '' }]), fc.oneof(fc.constant([{ text: 'x' }]), fc.constant([{ text: '', bold: true }]), fc.constant([]), fc.constant([{ text: '' }, { text: '' }]), odd)),
      extra: odd,
    },
    { requiredKeys: ['type', 'id', 'title', 'source', 'period', 'units', 'notes', 'header', 'columns', 'rows', 'chart', 'children'] },
  ) },
  { weight: 1, arbitrary: odd },
);

describe('fast chunk checks', () => {
  it('judge table shells exactly as tableShellSchema does', () => {
    expect(agreesWithSchema(shell, (v) => tableShellProblem(v) === null, tableShellSchema)).toBeGreaterThan(100);
  });

  it('judge table shells the same when told which row names are known hashes', () => {
    // The import passes the names it has checked or computed: always real hashes.
    const known = (name: string) => name === HASH;
    expect(agreesWithSchema(shell, (v) => tableShellProblem(v, known) === null, tableShellSchema)).toBeGreaterThan(100);
    const table = { type: 'data-table', id: 't1', title: '', source: '', period: '', units: '', notes: '', header: [], columns: [{ id: 'c0', kind: 'text' }], chart: null, children: [{ text: '' }] };
    expect(tableShellProblem({ ...table, rows: [HASH, 'ab'] }, known)).toBe('table rows are named by 64 hex digits');
    expect(tableShellProblem({ ...table, rows: [HASH, 'ab'.repeat(32)] }, () => false)).toBeNull();
  });

  it('judge text blocks exactly as textBlockSchema does', () => {
    expect(agreesWithSchema(block, (v) => textBlockProblem(v) === null, textBlockSchema)).toBeGreaterThan(100);
  });

  it('judge table rows exactly as tableRowSchema does', () => {
    expect(agreesWithSchema(row, (v) => tableRowProblem(v) === null, tableRowSchema)).toBeGreaterThan(100);
  });

  it('give the schema’s reason for a refused value', () => {
    expect(textBlockProblem({ type: 'paragraph', children: [] })).toMatch(/>=1|at least|too small/i);
    expect(tableRowProblem({ id: 'bad id', role: 'data', cells: [] })).toBe('ids are 1 to 64 letters, digits, - or _');
  });
});
