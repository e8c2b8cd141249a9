// Generated damage: over a thousand byte flips, truncations, insertions, deletions and overwrites of
// a genuine bundle, and signed payloads of arbitrary JSON. None may change the workspace; each one
// is refused with one line, or (when only an unsigned comment line changed) is the same bundle again.
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { split } from '../../../../main/core/bundle/container';
import { type Drafter, auditCount, canonicalDump, reportingWorkspace } from './fixture';
import { type Forger, forger, variant } from './forge';

const LABOUR = 'Ministry of Labour';
let w: ReturnType<typeof reportingWorkspace>;
let labour: Drafter;
let genuine: Buffer;
let f: Forger;
let dump: string;

beforeAll(() => {
  w = reportingWorkspace();
  labour = w.joinAs(LABOUR, w.invite(LABOUR, '5,13-17'));
  w.answer(labour.db, '5', 'Flows are recorded monthly by the State Migration Service.', LABOUR);
  w.answer(labour.db, '13', 'Two bilateral agreements, with Russia and with Kazakhstan.', LABOUR);
  genuine = w.exportFrom(labour.db, LABOUR);
  expect(w.enroll(labour, genuine).outcome).toBe('accepted');
  f = forger(labour.db, LABOUR, genuine);
  dump = canonicalDump(w.coordinator);
}, 180_000);

type Damage =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; length: number }
  | { kind: 'insert'; at: number; byte: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array };

const damage = (len: number): fc.Arbitrary<Damage> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(len - 1), bit: fc.nat(7) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), length: fc.nat(len - 1) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(len), byte: fc.nat(255) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(len - 1), count: fc.integer({ min: 1, max: 16 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(len - 1), bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }) }) },
  );

function apply(src: Buffer, d: Damage): Buffer {
  const b = Buffer.from(src);
  switch (d.kind) {
    case 'flip':
      b[d.at] ^= 1 << d.bit;
      return b;
    case 'truncate':
      return b.subarray(0, d.length);
    case 'insert':
      return Buffer.concat([b.subarray(0, d.at), Buffer.from([d.byte]), b.subarray(d.at)]);
    case 'delete':
      return Buffer.concat([b.subarray(0, d.at), b.subarray(d.at + d.count)]);
    case 'overwrite':
      Buffer.from(d.bytes).copy(b, d.at);
      return b;
  }
}

const changedTables = (a: string, b: string) => {
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  return Object.keys({ ...x, ...y }).filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
};

/** What must hold after any refused or repeated import: content as before, one more audit entry. */
function importChangesNothing(bytes: Buffer) {
  const audits = auditCount(w.coordinator);
  const r = w.importInto(w.coordinator, bytes);
  expect(r.outcome).not.toBe('accepted');
  expect(r.message).not.toMatch(/\n/);
  const after = canonicalDump(w.coordinator);
  if (after !== dump) throw new Error(`content changed by ${r.outcome} ${r.reason}: ${r.message}; tables ${changedTables(dump, after).join(', ')}`);
  expect(auditCount(w.coordinator)).toBe(audits + 1);
  return r;
}

describe('generated damage to a genuine bundle', () => {
  it('is refused (or is, byte for byte, the same signed bundle) and changes nothing', () => {
    const original = split(genuine);
    let refused = 0;
    let same = 0;
    fc.assert(
      fc.property(damage(genuine.length), (d) => {
        const bytes = apply(genuine, d);
        const r = importChangesNothing(bytes);
        if (r.outcome === 'unchanged') {
          // Only the unsigned comment lines may differ; the signed payload and comment are the original's.
          const s = split(bytes);
          expect(s.payload.equals(original.payload)).toBe(true);
          expect(s.lines.slice(5)).toEqual(original.lines.slice(5));
          same++;
        } else {
          expect(r.reason).toMatch(/^(not_a_bundle|unsupported_version|truncated|altered|malformed)$/);
          refused++;
        }
      }),
      { numRuns: 1200, seed: 20260302 },
    );
    expect(refused + same).toBe(1200);
    expect(refused).toBeGreaterThan(1000);
  }, 300_000);
});

describe('signed payloads of arbitrary content', () => {
  it('refuses arbitrary JSON signed by a trusted key', () => {
    let seq = 100;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = importChangesNothing(f.sign({}, { sequence: ++seq }, gzipSync(Buffer.from(JSON.stringify(value) ?? 'null'))));
        expect(r.reason).toBe('malformed');
      }),
      { numRuns: 200, seed: 7 },
    );
  }, 120_000);

  it('refuses a genuine header with any one field replaced by arbitrary JSON', () => {
    let seq = 1000;
    // Fields where any other value is wrong ("app" is free text, and "heads" may be empty, so they are left out).
    const fields = ['format', 'version', 'kind', 'workspace', 'sequence', 'createdAt', 'signer', 'revisions'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 }), (field, value) => {
        const p = variant(f, ++seq) as unknown as Record<string, unknown>;
        fc.pre(JSON.stringify(p[field]) !== JSON.stringify(value));
        p[field] = value;
        // Claims follow the genuine header, so the damage is found inside the payload, not in the comment.
        const r = importChangesNothing(f.sign(p, { sequence: seq, kind: 'answers', workspace: f.genuine.workspace, createdAt: f.genuine.createdAt }));
        expect(r.outcome).toBe('rejected');
      }),
      { numRuns: 200, seed: 11 },
    );
  }, 120_000);
});
