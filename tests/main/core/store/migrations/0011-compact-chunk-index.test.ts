// Migration 11 on a workspace at version 10 (chunks found through a UNIQUE index over the hash
// text): every chunk keeps its id and bytes, the answers read back the same, and chunks are then
// found through the 16-byte key. A chunk whose name shares its first 128 bits with a stored
// one is refused instead of being silently dropped.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type Chunk } from '../../../../../main/core/content/chunks';
import { readAnswers, saveAnswer } from '../../../../../main/core/store/answer-store';
import { putChunks, sameChunk } from '../../../../../main/core/store/content-store';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import type { AnswerContent, DataTableElement } from '../../../../../shared/editor/types';
import { tempDir } from '../../../../helpers/host-process';
import { para, seedText } from '../../../../helpers/workspace';

const US = 'Ministry of Foreign Affairs';
const table: DataTableElement = {
  type: 'data-table', id: 'tq3x9k2m7p1aa', title: 'Мигранты по полу', source: 'Нацстатком', period: '2024', units: 'человек', notes: '',
  header: [['Region', 'Women', 'Men']],
  columns: [{ id: 'c1', kind: 'text' }, { id: 'c2', kind: 'integer' }, { id: 'c3', kind: 'integer' }],
  rows: [
    { id: 'r1', role: 'data', cells: ['Чуй', '1 200', '900'] },
    { id: 'r2', role: 'data', cells: ['Ош', '700', '650'] },
  ],
  chart: null,
  children: [{ text: '' }],
};
const content: AnswerContent = [...para('Before the table.'), table, ...para('После таблицы.')];

const chunkRows = (db: ReturnType<typeof openDatabase>) => db.prepare('SELECT id, hash, kind, words, json FROM chunk ORDER BY id').all();
const indexes = (db: ReturnType<typeof openDatabase>) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'chunk' ORDER BY name").pluck().all();

/** A workspace with answers, its chunk table taken back to the layout of version 10. */
function versionTen(): { path: string; rows: unknown[]; answers: unknown } {
  const path = join(tempDir(), 'v10.sqlite');
  const db = openDatabase(path);
  initWorkspace(db, {
    loiText: seedText, sourceName: 'seed.txt', institution: US, role: 'coordinator',
    now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
  });
  saveAnswer(db, '5', para('Flows are recorded.', 'Second paragraph.'), US, new Date('2026-01-06T09:00:00Z'));
  saveAnswer(db, '16', content, US, new Date('2026-01-06T10:00:00Z'));
  const rows = chunkRows(db);
  const answers = readAnswers(db, ['5', '16']);
  db.exec(`
    CREATE TABLE chunk_old (
      id INTEGER PRIMARY KEY,
      hash TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('block', 'table', 'row')),
      words INTEGER NOT NULL,
      json TEXT NOT NULL
    ) STRICT;
    INSERT INTO chunk_old SELECT id, hash, kind, words, json FROM chunk;
    DROP TABLE chunk;
    ALTER TABLE chunk_old RENAME TO chunk;
    PRAGMA user_version = 10;
  `);
  expect(indexes(db)).toEqual(['sqlite_autoindex_chunk_1']);
  db.close();
  return { path, rows, answers };
}

describe('migration 11: compact-chunk-index', () => {
  it('keeps every chunk and answer, and finds chunks through the 16-byte index', () => {
    const { path, rows, answers } = versionTen();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(11);
    expect(chunkRows(db)).toEqual(rows);
    expect(indexes(db)).toEqual(['chunk_key']);
    expect(readAnswers(db, ['5', '16'])).toEqual(answers);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT json FROM chunk WHERE ${sameChunk('', '@hash')}`).all({ hash: 'a'.repeat(64) }) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join()).toContain('USING INDEX chunk_key');
    // Saving again after the migration stores the new paragraph only, next to the old chunks.
    saveAnswer(db, '5', para('Flows are recorded monthly.', 'Second paragraph.'), US, new Date('2026-01-08T09:00:00Z'));
    expect(chunkRows(db).length).toBe(rows.length + 1);
    // The file needs no function newer SQLite tools lack (unhex, 3.41) to be read or checked.
    expect(db.prepare("SELECT name FROM sqlite_master WHERE sql LIKE '%unhex%'").all()).toEqual([]);
    db.close();
  });

  it('keeps a row whose hash the app would never write, and opens', () => {
    const path = join(tempDir(), 'odd.sqlite');
    const { path: v10 } = versionTen();
    copyFileSync(v10, path);
    const old = new Database(path);
    old.prepare("INSERT INTO chunk (hash, kind, words, json) VALUES (?, 'block', 0, '{}')").run('ABC'.repeat(21) + 'D');
    old.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(11);
    expect(db.prepare('SELECT key FROM chunk WHERE hash = ?').get('ABC'.repeat(21) + 'D')).toEqual({ key: null });
    expect(db.prepare('SELECT count(*) AS n FROM chunk WHERE key IS NOT NULL').get()).toEqual({ n: chunkRows(db).length - 1 });
    db.close();
  });

  it('refuses a different chunk whose name shares its first 128 bits, and keeps the stored one', () => {
    const { path } = versionTen();
    const db = openDatabase(path);
    const before = chunkRows(db);
    const stored = before[0] as Chunk & { id: number };
    // The same chunk again changes nothing.
    putChunks(db, [{ hash: stored.hash, kind: stored.kind, json: stored.json, words: stored.words }]);
    expect(chunkRows(db)).toEqual(before);
    const tail = stored.hash.slice(32) === 'f'.repeat(32) ? '0'.repeat(32) : 'f'.repeat(32);
    const twin: Chunk = { hash: stored.hash.slice(0, 32) + tail, kind: 'block', json: '{"type":"paragraph","children":[{"text":"x"}]}', words: 1 };
    expect(() => db.transaction(() => putChunks(db, [twin]))()).toThrow(/shares its first 128 bits with another chunk/);
    expect(chunkRows(db)).toEqual(before);
    db.close();
  });
});
