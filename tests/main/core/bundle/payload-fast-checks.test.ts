// decodePayload checks the revision and chunk lists of a bundle with written-out predicates and asks
// zod only about an item that fails them. The predicates must accept exactly what the item schemas
// accept: generated revisions, mostly valid with one field sometimes wrong, are held to them, as
// JSON (what a payload holds) so that a key set to undefined does not arise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreesWithSchema } from '../../../helpers/agrees-with-schema';
import { chunkSchema, isPlainChunk, isPlainRevision, lineRevisionSchema, revisionSchema } from '../../../../main/core/bundle/payload';

const H = 'ab'.repeat(32);
const odd = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.string({ maxLength: 3 }));
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 10 }, { arbitrary: bad, weight: 1 });
const hash = mostly(fc.constant(H), fc.oneof(fc.constantFrom('AB'.repeat(32), H + 'a', H.slice(1), ''), odd));
const revision = fc.record(
  {
    id: hash,
    ref: mostly(fc.constantFrom('5', '12a', '30a.ii'), fc.oneof(fc.constantFrom('5A', '1234', 'a5', '5a.'), odd)),
    parents: mostly(fc.array(hash, { maxLength: 3 }), fc.oneof(fc.constant(Array.from({ length: 17 }, () => H)), fc.constant([H, H]), odd)),
    author: mostly(fc.constantFrom('Ministry of Labour', 'Министерство труда'), fc.oneof(fc.constantFrom('', ' padded', 'a\u202eb', 'two\nlines', 'x'.repeat(201)), odd)),
    createdAt: mostly(fc.constantFrom('2026-01-05T09:00:00Z', '2026-01-05T09:00:00.123Z'), fc.oneof(fc.constantFrom('2026-01-05T09:00:00+01:00', '2026-01-05', '2026-01-05T09:00:00.1234Z'), odd)),
    blocks: mostly(fc.array(hash, { minLength: 1, maxLength: 3 }), fc.oneof(fc.constant([]), odd)),
    idVersion: fc.oneof(fc.constant(1), fc.constant(2), odd),
    extra: odd,
  },
  { requiredKeys: ['id', 'ref', 'parents', 'author', 'createdAt', 'blocks'] },
);
/** Version 3: a block is a name or the index of one of LINES chunk lines (some indices out of range, some not integers). */
const LINES = 3;
const lineRevision = revision.chain((r) =>
  mostly(fc.array(fc.oneof(hash, fc.integer({ min: 0, max: LINES - 1 })), { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(-1, LINES, 0.5, LINES + 7), { minLength: 1, maxLength: 2 })).map((blocks) => ({ ...r, blocks })),
);
const inRange = (v: unknown) => ((v as { blocks?: unknown[] }).blocks ?? []).every((b) => typeof b !== 'number' || b < LINES);

const chunk = fc.oneof(
  fc.record({ hash, value: fc.oneof(fc.constant({ type: 'paragraph' }), odd), extra: odd }, { requiredKeys: ['hash'] }),
  odd,
);

const asJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

describe('payload item predicates', () => {
  it('accept exactly the revisions revisionSchema accepts', () => {
    expect(agreesWithSchema(revision.map(asJson), isPlainRevision, revisionSchema)).toBeGreaterThan(100);
  });

  it('accept exactly the version 3 revisions the schema accepts with their line indices in range', () => {
    const schemaInRange = { safeParse: (v: unknown) => ({ success: lineRevisionSchema.safeParse(v).success && inRange(v) }) };
    expect(agreesWithSchema(lineRevision.map(asJson), (v) => isPlainRevision(v, LINES), schemaInRange)).toBeGreaterThan(100);
  });

  it('accept exactly the chunks chunkSchema accepts, or fewer (a chunk without a value goes to the schema)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(chunk.map(asJson), (v) => {
        const ok = isPlainChunk(v);
        accepted += ok ? 1 : 0;
        if (ok) expect(chunkSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
