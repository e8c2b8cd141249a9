// A table shell's row names read from its text where the preparing thread found them
// (main/core/content/shell-text.ts) must be exactly what parsing the whole shell gives, whatever
// else the text holds: header labels that look like row names, a second "rows" key, spacing.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShellReader, rowsTextAt } from '../../../../main/core/content/shell-text';

const hash = fc.uint8Array({ minLength: 4, maxLength: 4 }).map((b) => createHash('sha256').update(b).digest('hex'));

/** A shell's text, written as JSON writes it or with the tricks a hand-made one could play. */
const shellText = fc
  .record({
    rows: fc.array(hash, { maxLength: 30 }),
    header: fc.array(fc.oneof(fc.string({ maxLength: 8 }), hash), { maxLength: 4 }),
    title: fc.oneof(fc.string({ maxLength: 20 }), hash.map((h) => `"rows":["${h}"]`)),
    earlierRows: fc.option(fc.array(hash, { maxLength: 3 }), { nil: undefined }),
    spaced: fc.boolean(),
    columns: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ rows, header, title, earlierRows, spaced, columns }) => {
    const cols = JSON.stringify(Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, kind: 'text' })));
    const rowsJson = spaced ? JSON.stringify(rows, null, 1) : JSON.stringify(rows);
    // JSON.parse keeps the last of two equal keys: a hand-made shell could name rows twice.
    const twice = earlierRows ? `"rows":${JSON.stringify(earlierRows)},` : '';
    return `{"type":"data-table","id":"t1",${twice}"title":${JSON.stringify(title)},"header":[${JSON.stringify(header)}],"columns":${cols},"rows":${rowsJson},"chart":null,"children":[{"text":""}]}`;
  });

describe('a shell read around its row names', () => {
  it('gives the row names and the rest as parsing it whole does, or is not found where they are not as JSON writes them', () => {
    const reader = new ShellReader();
    fc.assert(
      fc.property(shellText, (json) => {
        const whole = JSON.parse(json) as { rows: string[] } & Record<string, unknown>;
        const at = rowsTextAt(json, whole.rows);
        if (at === 0) {
          expect(json.includes(`"rows":${JSON.stringify(whole.rows)}`)).toBe(false);
          return;
        }
        const read = reader.read(json, at)!;
        expect(read.rows).toEqual(whole.rows);
        const { rows: _, ...rest } = whole;
        expect({ ...read.rest, rows: undefined }).toEqual({ ...rest, rows: undefined });
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the names in a shell as JSON writes it, and refuses a place where no array of names starts', () => {
    const rows = ['a'.repeat(64), 'b'.repeat(64)];
    const json = JSON.stringify({ type: 'data-table', id: 't1', header: [rows], rows, chart: null });
    const at = rowsTextAt(json, rows);
    expect(json.slice(at, at + 3)).toBe('["a');
    expect(new ShellReader().read(json, at)?.rows).toEqual(rows);
    expect(new ShellReader().read(json, at + 1)).toBeNull();
    // As long as an array of one name, but not one: a number.
    const number = `{"rows":[${'1'.repeat(66)}]}`;
    expect(new ShellReader().read(number, number.indexOf('['))).toBeNull();
    expect(rowsTextAt(json, ['c'.repeat(64)])).toBe(0);
    expect(rowsTextAt(JSON.stringify({ rows }, null, 1), rows)).toBe(0);
  });
});
