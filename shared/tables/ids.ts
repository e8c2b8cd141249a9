// Ids for tables, rows and columns. They must stay stable across edits and be unlikely to collide
// when two ministries add rows to copies of the same table, so that a merge can work cell by cell.
// Randomness comes in as an argument: tests pass a counter, the app passes the platform's CSPRNG.

export type IdKind = 'table' | 'row' | 'column';
export type IdSource = (kind: IdKind) => string;

const PREFIX: Record<IdKind, string> = { table: 't', row: 'r', column: 'c' };
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 12 random characters (about 62 bits) after a one-letter kind prefix: "r4k2x9…". */
export function randomIds(bytes: (n: number) => Uint8Array = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n))): IdSource {
  return (kind) => {
    const b = bytes(12);
    let s = PREFIX[kind];
    for (let i = 0; i < 12; i++) s += ALPHABET[b[i] % ALPHABET.length];
    return s;
  };
}

/** Deterministic ids for tests and fixtures: "r1", "r2", "c1"… */
export function counterIds(prefix = ''): IdSource {
  const next: Record<IdKind, number> = { table: 0, row: 0, column: 0 };
  return (kind) => `${prefix}${PREFIX[kind]}${++next[kind]}`;
}

/** An id not yet used in `taken`; the source is asked again on the (unlikely) collision. */
export function freshId(ids: IdSource, kind: IdKind, taken: Set<string>): string {
  for (let i = 0; i < 100; i++) {
    const id = ids(kind);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
  throw new Error('could not find a fresh id: the id source keeps repeating itself');
}
