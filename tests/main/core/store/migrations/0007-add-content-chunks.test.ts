// Migration 7 on a workspace built at version 6 with a history that includes a table: every
// revision keeps its id (marked as hashed over the whole content), reads back exactly as it was
// written, shares unchanged paragraphs and rows as one chunk, and still travels: another workspace
// takes the old revisions and checks their ids the old way.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyRevisionId } from '../../../../../main/core/content/address';
import { importRevisions } from '../../../../../main/core/revisions/import-revisions';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import { readAnswers, saveAnswer } from '../../../../../main/core/store/answer-store';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { readRevision } from '../../../../../main/core/store/revision-store';
import type { AnswerContent, DataTableElement } from '../../../../../shared/editor/types';
import { tempDir } from '../../../../helpers/host-process';
import { para, seedText, seededDb } from '../../../../helpers/workspace';
import { labour, storedRevisions } from '../../revisions/history';

const table = (cell: string): DataTableElement => ({
  type: 'data-table', id: 't1', title: 'Migrant workers by sex', source: 'State Migration Service', period: '2024', units: 'persons', notes: '',
  header: [['Year', 'Women', 'Men']],
  columns: [{ id: 'y', kind: 'text' }, { id: 'w', kind: 'integer' }, { id: 'm', kind: 'integer' }],
  rows: [{ id: 'r1', role: 'data', cells: ['2023', '11', '22'] }, { id: 'r2', role: 'data', cells: ['2024', cell, '41'] }],
  chart: null,
  children: [{ text: '' }],
});

const AUTHOR = 'Ministry of Labour';
const versions: AnswerContent[] = [
  [...para('Flows are recorded.'), table('30')],
  [...para('Flows are recorded.'), table('31'), ...para('Returns too.')],
];

function versionSix(): { path: string; ids: string[] } {
  const path = join(tempDir(), 'v6.sqlite');
  const old = openDatabase(path, { upTo: 6 });
  initWorkspace(old, {
    loiText: seedText, sourceName: 'seed.txt', institution: AUTHOR, role: 'coordinator',
    now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
  });
  const put = old.prepare('INSERT INTO revision (id, node_ref, parents, content, words, author, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const ids: string[] = [];
  versions.forEach((c, i) => {
    const at = `2026-01-0${i + 6}T09:00:00.000Z`;
    const parents = ids.slice(-1);
    const json = JSON.stringify(c);
    const id = legacyRevisionId('5', parents, json, AUTHOR, at);
    put.run(id, '5', JSON.stringify(parents), json, 3 + i * 2, AUTHOR, at, at);
    ids.push(id);
  });
  old.prepare("INSERT INTO answer (node_ref, head, words, updated_at) VALUES ('5', ?, 5, '2026-01-07T09:00:00.000Z')").run(ids[1]);
  old.close();
  return { path, ids };
}

describe('migration 7: add-content-chunks', () => {
  it('keeps every revision id and text, and stores what revisions share once', () => {
    const { path, ids } = versionSix();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(7);
    expect(db.prepare('SELECT id, id_version, words FROM revision ORDER BY created_at').all()).toEqual([
      { id: ids[0], id_version: 1, words: 3 },
      { id: ids[1], id_version: 1, words: 5 },
    ]);
    expect(readRevision(db, ids[0]).content).toEqual(versions[0]);
    expect(readAnswers(db, ['5'])['5']).toMatchObject({ revision: ids[1], content: versions[1] });
    // "Flows are recorded." and row r1 are stored once; each version has its own table shell and row r2.
    const kinds = Object.fromEntries((db.prepare('SELECT kind, count(*) AS n FROM chunk GROUP BY kind').all() as Array<{ kind: string; n: number }>).map((r) => [r.kind, r.n]));
    expect(kinds).toEqual({ block: 2, table: 2, row: 3 });
    // A save after the upgrade builds on the old head with an id of the new kind.
    const saved = saveAnswer(db, '5', [...versions[1], ...para('Later.')], AUTHOR, new Date('2026-02-01T09:00:00Z'));
    expect(db.prepare('SELECT parents, id_version FROM revision WHERE id = ?').get(saved.revision)).toEqual({ parents: JSON.stringify([ids[1]]), id_version: 2 });
    db.close();
  });

  it('sends old revisions that another workspace checks the old way, and refuses them altered', () => {
    const { path } = versionSix();
    const db = openDatabase(path);
    const sent = storedRevisions(db);
    db.close();
    expect(sent.map((r) => r.idVersion)).toEqual([1, 1]);

    const other = seededDb();
    const altered = sent.map((r) => ({ ...r, chunks: r.chunks!.map((c) => (JSON.stringify(c.value).includes('Returns too.') ? { ...c, value: para('Returns, altered.')[0] } : c)) }));
    expect(importRevisions(other, altered, labour).rejected).toMatchObject([{ ref: '5', reason: expect.stringMatching(/does not match its content hash/) }]);
    // Marked as new-style ids, the same revisions do not check either: the mark decides how an id is checked.
    expect(importRevisions(other, sent.map((r) => ({ ...r, idVersion: 2 as const })), labour).rejected).toHaveLength(1);
    expect(importRevisions(other, sent, labour)).toMatchObject({ fastForwarded: ['5'], rejected: [] });
    expect(readAnswers(other, ['5'])['5'].content).toEqual(versions[1]);
    expect(other.prepare('SELECT count(*) AS n FROM revision WHERE id_version = 1').get()).toEqual({ n: 2 });
    other.close();
  });
});
