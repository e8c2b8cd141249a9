// Migration 10 on a workspace at version 9 holding an open conflict over list items, stored the way
// version 9 stored them (every list's first item marked `first`): the marks that were not splits are
// cleared, the conflict is found in the answer again and resolves; a real split stays marked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleConflicts } from '../../../../../main/core/revisions/conflict-store';
import { importRevisions } from '../../../../../main/core/revisions/import-revisions';
import { resolveConflict } from '../../../../../main/core/revisions/resolve';
import { readAnswers, saveAnswer } from '../../../../../main/core/store/answer-store';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import { type AnswerContent, plainText } from '../../../../../shared/editor/types';
import { tempDir } from '../../../../helpers/host-process';
import { seedText } from '../../../../helpers/workspace';
import { type Unit, contentKey, toUnits } from '../../../../../shared/merge/units';
import { chain, labour } from '../../revisions/history';

const US = 'Ministry of Foreign Affairs';
const list = (...items: string[]): AnswerContent => [
  { type: 'paragraph', children: [{ text: 'Measures:' }] },
  { type: 'bulleted-list', children: items.map((t) => ({ type: 'list-item' as const, children: [{ text: t }] })) },
];
type Stored = Array<{ kind: string; first?: boolean }>;

function versionNineWithListConflict(): string {
  const path = join(tempDir(), 'v9.sqlite');
  const db = openDatabase(path);
  initWorkspace(db, {
    loiText: seedText, sourceName: 'seed.txt', institution: US, role: 'coordinator',
    now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
  });
  const base = saveAnswer(db, '5', list('Hotlines.', 'Centres.'), US, new Date('2026-01-06T09:00:00Z'));
  db.prepare("UPDATE revision SET sealed_via = 'export', sealed_at = '2026-01-06T09:30:00.000Z' WHERE id = ?").run(base.revision);
  saveAnswer(db, '5', list('Hotlines in 7 regions.', 'Centres.'), US, new Date('2026-01-07T09:00:00Z'));
  expect(importRevisions(db, chain('5', base.revision, 'Ministry of Labour', '2026-01-06T12:00:00.000Z', list('Free hotlines.', 'Centres.')), labour).conflicts).toEqual(['5']);
  // Version 9 marked every list's first item, and a side of two adjacent lists twice.
  const mark = (json: string, at: number[]) => JSON.stringify((JSON.parse(json) as Stored).map((u, i) => (at.includes(i) ? { ...u, first: true } : u)));
  const row = db.prepare('SELECT id, base, side_a, side_b FROM merge_conflict_sides').get() as { id: string; base: string; side_a: string; side_b: string };
  expect((JSON.parse(row.side_a) as Stored).map((u) => u.kind)).toEqual(['item']);
  db.prepare('UPDATE merge_conflict_sides SET base = ?, side_a = ?, side_b = ? WHERE id = ?').run(mark(row.base, [0]), mark(row.side_a, [0]), mark(row.side_b, [0]), row.id);
  db.prepare('INSERT INTO merge_conflict (id, node_ref, kind, mine, found_in, found_at) SELECT ?, node_ref, kind, mine, found_in, found_at FROM merge_conflict WHERE id = ?').run('f'.repeat(64), row.id);
  db.prepare("INSERT INTO merge_conflict_sides (id, base, side_a, side_b, heads_a, heads_b) VALUES (?, '[]', ?, '[]', '[]', '[]')").run(
    'f'.repeat(64), JSON.stringify([{ kind: 'item', list: 'bulleted-list', first: true, block: {} }, { kind: 'item', list: 'bulleted-list', first: true, block: {} }]),
  );
  // As stored, the side names a list start that the answer's text no longer marks: not found.
  const [side] = JSON.parse(db.prepare('SELECT side_a FROM merge_conflict_sides WHERE id = ?').pluck().get(row.id) as string) as Unit[];
  expect(toUnits(readAnswers(db, ['5'])['5'].content).map(contentKey)).not.toContain(contentKey(side));
  db.pragma('user_version = 9');
  db.close();
  return path;
}

describe('migration 10: list-splits-only', () => {
  it('clears the marks that began a list after a paragraph, keeps a split, and the conflict resolves', () => {
    const db = openDatabase(versionNineWithListConflict());
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(10);
    const second = JSON.parse(db.prepare('SELECT side_a FROM merge_conflict_sides WHERE id = ?').pluck().get('f'.repeat(64)) as string) as Stored;
    expect(second.map((u) => u.first)).toEqual([false, true]);
    const [open] = visibleConflicts(db, '5');
    expect(open).toBeDefined();
    resolveConflict(db, open.id, { keep: 'theirs' }, US, new Date('2026-01-08T09:00:00Z'));
    expect(plainText(readAnswers(db, ['5'])['5'].content)).toBe('Measures:\nFree hotlines.\nCentres.');
    db.close();
  });
});
