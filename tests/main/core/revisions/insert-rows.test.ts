// insertRows writes many rows with few statements; it must write exactly what one INSERT a row
// would: every row, in order, each OR IGNORE duplicate skipped, whatever the count.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertRows } from '../../../../main/core/revisions/statements';

function table(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, v TEXT NOT NULL, fixed TEXT NOT NULL)');
  return db;
}

const rowsOf = (db: Database.Database) => db.prepare('SELECT k, v, fixed FROM t ORDER BY id').all();

describe('insertRows', () => {
  it.each([0, 1, 2, 3, 21, 31, 32, 33, 63, 64, 65, 100])('writes %i rows in order, as one statement a row would', (n) => {
    const rows = Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`]);
    const batched = table();
    insertRows(batched, 'INSERT INTO t (k, v, fixed) VALUES', "(?, ?, 'x')", rows);
    const single = table();
    for (const r of rows) single.prepare("INSERT INTO t (k, v, fixed) VALUES (?, ?, 'x')").run(r);
    expect(rowsOf(batched)).toEqual(rowsOf(single));
    expect(rowsOf(batched)).toHaveLength(n);
  });

  it('skips OR IGNORE duplicates within one statement, across statements and of stored rows', () => {
    const db = table();
    db.prepare("INSERT INTO t (k, v, fixed) VALUES ('stored', 'first', 'x')").run();
    // 37 rows: one statement of 32, then 4, then 1; duplicates fall in each of them.
    const rows = Array.from({ length: 37 }, (_, i) => [i % 10 === 9 ? 'stored' : `k${i % 20}`, `v${i}`]);
    insertRows(db, 'INSERT OR IGNORE INTO t (k, v, fixed) VALUES', "(?, ?, 'x')", rows);
    const firstOfEach = new Map<string, string>([['stored', 'first']]);
    for (const [k, v] of rows) if (!firstOfEach.has(k)) firstOfEach.set(k, v);
    expect(rowsOf(db)).toEqual([...firstOfEach].map(([k, v]) => ({ k, v, fixed: 'x' })));
  });

  it('fails on a plain INSERT of a duplicate, as one statement a row would', () => {
    const db = table();
    const rows = Array.from({ length: 40 }, (_, i) => [`k${i === 39 ? 0 : i}`, 'v']);
    expect(() => insertRows(db, 'INSERT INTO t (k, v, fixed) VALUES', "(?, ?, 'x')", rows)).toThrow(/UNIQUE/);
  });
});
