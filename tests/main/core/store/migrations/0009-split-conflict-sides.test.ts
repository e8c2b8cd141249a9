// Migration 9 on a workspace at version 8 holding an open conflict: its sides move to their own
// table unchanged, the conflict reads back whole through the view, and it can still be resolved.
// The version-8 workspace is made by taking a current one with a conflict back to the version-8
// layout (sides as columns of merge_conflict), as version 8 wrote it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleConflicts } from '../../../../../main/core/revisions/conflict-store';
import { importRevisions } from '../../../../../main/core/revisions/import-revisions';
import { resolveConflict } from '../../../../../main/core/revisions/resolve';
import { readAnswers, saveAnswer } from '../../../../../main/core/store/answer-store';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import { plainText } from '../../../../../shared/editor/types';
import { tempDir } from '../../../../helpers/host-process';
import { para, seedText } from '../../../../helpers/workspace';
import { chain, labour } from '../../revisions/history';

const US = 'Ministry of Foreign Affairs';
const SIDES = ['base', 'side_a', 'side_b', 'heads_a', 'heads_b'];

function versionEightWithConflict(): { path: string; row: unknown } {
  const path = join(tempDir(), 'v8.sqlite');
  const db = openDatabase(path);
  initWorkspace(db, {
    loiText: seedText, sourceName: 'seed.txt', institution: US, role: 'coordinator',
    now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
  });
  const base = saveAnswer(db, '5', para('Flows are recorded.'), US, new Date('2026-01-06T09:00:00Z'));
  db.prepare("UPDATE revision SET sealed_via = 'export', sealed_at = '2026-01-06T09:30:00.000Z' WHERE id = ?").run(base.revision);
  saveAnswer(db, '5', para('Flows are recorded yearly.'), US, new Date('2026-01-07T09:00:00Z'));
  const theirs = chain('5', base.revision, 'Ministry of Labour', '2026-01-06T12:00:00.000Z', para('Flows are recorded monthly.'));
  expect(importRevisions(db, theirs, labour).conflicts).toEqual(['5']);
  const row = db.prepare('SELECT * FROM merge_conflict_full').get();
  db.exec(`
    DROP VIEW merge_conflict_full;
    ${SIDES.map((c) => `ALTER TABLE merge_conflict ADD COLUMN ${c} TEXT NOT NULL DEFAULT '';`).join('\n')}
    UPDATE merge_conflict SET (${SIDES.join(', ')}) = (SELECT ${SIDES.join(', ')} FROM merge_conflict_sides s WHERE s.id = merge_conflict.id);
    DROP TABLE merge_conflict_sides;
    PRAGMA user_version = 8;
  `);
  db.close();
  return { path, row };
}

describe('migration 9: split-conflict-sides', () => {
  it('keeps an open conflict whole and resolvable', () => {
    const { path, row } = versionEightWithConflict();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(9);
    expect(db.prepare('SELECT * FROM merge_conflict_full').get()).toEqual(row);
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('merge_conflict') as string[]);
    expect(columns.filter((c) => SIDES.includes(c))).toEqual([]);
    const [open] = visibleConflicts(db, '5');
    expect(open).toEqual(row);
    resolveConflict(db, open.id, { keep: 'theirs' }, US, new Date('2026-01-08T09:00:00Z'));
    expect(plainText(readAnswers(db, ['5'])['5'].content)).toBe('Flows are recorded monthly.');
    db.close();
  });
});
