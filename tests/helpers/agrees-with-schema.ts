// Holds a written-out check to the zod schema it stands in for: over generated values the two must
// give the same verdict. Returns how many values the check accepted, for the caller to require
// that the generator reaches accepted values at all (a test that only sees refusals proves nothing).
import fc from 'fast-check';
import { expect } from 'vitest';

export function agreesWithSchema<T>(values: fc.Arbitrary<T>, accepts: (v: unknown) => boolean, schema: { safeParse: (v: unknown) => { success: boolean } }): number {
  let accepted = 0;
  fc.assert(
    fc.property(values, (v) => {
      const ok = accepts(v);
      accepted += ok ? 1 : 0;
      expect(ok, JSON.stringify(v)).toBe(schema.safeParse(v).success);
    }),
    { numRuns: 3000 },
  );
  return accepted;
}
