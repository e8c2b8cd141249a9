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
