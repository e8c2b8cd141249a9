// Prepared statements, compiled once per connection: a merge runs the same few queries for every
// answer of every bundle, and better-sqlite3 recompiles on each prepare().
import type Database from 'better-sqlite3';
import type { Db } from '../store/database';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

export function stmt(db: Db, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

/** The most rows one statement of insertRows takes: 32 rows of up to 16 values stay far below SQLite's 32,766 variables. */
const MOST_ROWS = 32;

/**
 * Inserts many rows with few statements: `into` is the statement up to VALUES ("INSERT OR IGNORE
 * INTO chunk (hash, kind) VALUES"), `row` one row's placeholders ("(?, ?)"). An import writes
 * thousands of chunks, a few dozen per answer, and each run() has a fixed cost that a row alone
 * would pay; rows go in 32, 16, 8, 4, 2 and 1 at a time (21 rows: three statements), so at most six
 * statements are compiled for each kind of row. Rows go in in the order given; OR IGNORE skips a
 * row exactly as it would with one statement a row (a row that fails otherwise fails its statement,
 * and callers undo the whole transaction then anyway).
 */
export function insertRows(db: Db, into: string, row: string, rows: ReadonlyArray<readonly unknown[]>): void {
  let i = 0;
  for (let n = MOST_ROWS; n >= 1; n /= 2) {
    if (rows.length - i < n) continue;
    const s = stmt(db, `${into} ${Array<string>(n).fill(row).join(', ')}`);
    for (; i + n <= rows.length; i += n) s.run(rows.slice(i, i + n).flat());
  }
}
