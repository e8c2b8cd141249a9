// Migration 5 on a workspace built at version 4 with a history of local saves: the answers stay,
// the merge tables appear empty, and an import right after the upgrade merges against that old
// history (generations of old revisions are worked out on first use).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRevisions } from '../../../../../main/core/revisions/import-revisions';
import { readAnswers } from '../../../../../main/core/store/answer-store';
import { legacyRevisionId } from '../../../../../main/core/content/address';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { plainText } from '../../../../../shared/editor/types';
import { tempDir } from '../../../../helpers/host-process';
import { para } from '../../../../helpers/workspace';
import { chain, labour } from '../../revisions/history';

describe('migration 5: add-merge-state', () => {
  it('upgrades a version-4 workspace with a history of saves, which the next import merges against', () => {
    const path = join(tempDir(), 'v4.sqlite');
    const old = openDatabase(path, { upTo: 4 });
    old.exec(`INSERT INTO node (ref, parent_ref, kind, label, text, ord) VALUES ('5', NULL, 'paragraph', '5', 'Please provide data.', 1)`);
    // Three saves as version 4 wrote them: parents by content hash, no generations.
    const put = old.prepare('INSERT INTO revision (id, node_ref, parents, content, words, author, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    let parents: string[] = [];
    const ids: string[] = [];
    for (const [i, texts] of [['A.', 'B.'], ['A.', 'B.', 'C.'], ['A, ours.', 'B.', 'C.']].entries()) {
      const at = `2026-01-0${i + 1}T09:00:00.000Z`;
      const content = JSON.stringify(para(...texts));
      const id = legacyRevisionId('5', parents, content, 'Ministry of Foreign Affairs', at);
      put.run(id, '5', JSON.stringify(parents), content, texts.length, 'Ministry of Foreign Affairs', at, at);
      ids.push(id);
      parents = [id];
    }
    old.prepare("INSERT INTO answer (node_ref, head, words, updated_at) VALUES ('5', ?, 3, '2026-01-03T09:00:00.000Z')").run(ids[2]);
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(db.prepare("SELECT head FROM answer WHERE node_ref = '5'").get()).toEqual({ head: ids[2] });
    for (const table of ['merge_revision', 'merge_conflict']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    // Generations and origins are columns since migration 8: none yet.
    expect(db.prepare('SELECT count(gen) AS g, count(origin_institution) AS o FROM revision').get()).toEqual({ g: 0, o: 0 });
    const theirs = chain('5', ids[1], 'Ministry of Labour', '2026-01-02T12:00:00.000Z', para('A.', 'B.', 'C, theirs.'));
    expect(importRevisions(db, theirs, labour)).toMatchObject({ merged: ['5'], rejected: [] });
    expect(plainText(readAnswers(db, ['5'])['5'].content)).toBe('A, ours.\nB.\nC, theirs.');
    expect(db.prepare('SELECT gen FROM revision WHERE id = ?').get(ids[2])).toEqual({ gen: 3 });
    db.close();
  });
});
