// Whether a workspace file has the tables and columns this app's migrations make. A backup chosen
// for a restore can pass SQLite's integrity check and carry a current schema version while a
// table is missing a column (damaged by hand or by another tool): restoring it would lock the user
// out of every command, restore included. Such a file is refused before it replaces anything.
import Database from 'better-sqlite3';
import { latestVersion, migrations } from './migrations';
import { type Db, migrate, nativeBinding } from './database';

type Columns = Map<string, Set<string>>;

function columnsOf(db: Db): Columns {
  const rows = db
    .prepare("SELECT m.name AS tbl, p.name AS col FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'")
    .all() as Array<{ tbl: string; col: string }>;
  const out: Columns = new Map();
  for (const r of rows) out.set(r.tbl, (out.get(r.tbl) ?? new Set()).add(r.col));
  return out;
}

let expected: Columns | null = null;

/** The tables and columns of a new workspace, from the migrations themselves (computed once). */
function expectedColumns(): Columns {
  if (!expected) {
    const fresh = new Database(':memory:', { nativeBinding: nativeBinding() });
    try {
      migrate(fresh, migrations, latestVersion);
      expected = columnsOf(fresh);
    } finally {
      fresh.close();
    }
  }
  return expected;
}

/** What a migrated workspace lacks of the current schema ("table answer has no column status"), or null. */
export function schemaProblem(db: Db): string | null {
  const actual = columnsOf(db);
  for (const [table, columns] of expectedColumns()) {
    const have = actual.get(table);
    if (!have) return `it has no table ${table}`;
    for (const c of columns) if (!have.has(c)) return `its table ${table} has no column ${c}`;
  }
  return null;
}
