// Migrations: a fresh file reaches the latest schema; each step upgrades a database built at the
// step before it with rows in it; a newer database than the app knows is refused, untouched.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../../main/core/store/database';
import { latestVersion, migrations } from '../../../../main/core/store/migrations';
import { tempDir } from '../../../helpers/host-process';

describe('migrations', () => {
  it('are numbered 1..n in order, with kebab-case names', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations) expect(m.name).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
  });

  it('bring a fresh file to the latest version with WAL, synchronous=FULL, foreign keys and an in-memory statement journal', () => {
    const db = openDatabase(join(tempDir(), 'fresh.sqlite'));
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('page_size', { simple: true })).toBe(16384);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(2560);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(16777216);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string; sql: string }>;
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['workspace', 'document', 'node', 'answer', 'revision', 'audit_log']));
    // Every ordinary table is STRICT; FTS5 virtual tables and their shadow tables cannot be.
    const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    for (const t of tables.filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)))) expect(t.sql).toMatch(/\)\s*STRICT$/);
    db.close();
  });

  it('keep the page size of an existing file, checkpointing after the same 40 MB of log', () => {
    const path = join(tempDir(), 'old-pages.sqlite');
    const raw = new Database(path);
    raw.pragma('page_size = 4096');
    raw.exec('CREATE TABLE kept (x INTEGER) STRICT');
    raw.close();
    const db = openDatabase(path);
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10240);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'kept'").get()).toEqual({ n: 1 });
    db.close();
  });

  it('upgrade a database from every earlier version, keeping its rows', () => {
    for (const m of migrations) {
      const path = join(tempDir(), `v${m.version - 1}.sqlite`);
      const old = openDatabase(path, { upTo: m.version - 1 });
      expect(schemaVersion(old)).toBe(m.version - 1);
      if (m.version > 1) {
        old.prepare("INSERT INTO audit_log (at, actor, action, detail) VALUES ('2026-01-01T00:00:00Z', 'test', 'marker', '{}')").run();
      }
      old.close();
      const db = openDatabase(path);
      expect(schemaVersion(db)).toBe(latestVersion);
      if (m.version > 1) expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'marker'").get()).toEqual({ n: 1 });
      db.close();
    }
  });

  it('refuse a database written by a newer app and leave it unchanged', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer Treaty Desk/);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion + 1);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'workspace'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('roll back a failing migration as a whole', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'create-things', up: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 2, name: 'break-things', up: 'CREATE TABLE b (x INTEGER) STRICT; SELECT * FROM missing_table;' },
    ];
    expect(() => migrate(db, broken, 2)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
  });
});
