// Migration 8 on a workspace built at version 7: generations, origins and seals move from their
// side tables into the revision row, unchanged, and the workspace goes on working with them: a
// sealed head is never rewritten by autosave coalescing, an unsealed one still is, and the next
// import builds on the stored generations.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revisionId } from '../../../../../main/core/content/address';
import { splitContent } from '../../../../../main/core/content/chunks';
import { importRevisions } from '../../../../../main/core/revisions/import-revisions';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import { readAnswers, saveAnswer } from '../../../../../main/core/store/answer-store';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { plainText } from '../../../../../shared/editor/types';
import { tempDir } from '../../../../helpers/host-process';
import { para, seedText } from '../../../../helpers/workspace';
import { chain, labour } from '../../revisions/history';

const US = 'Ministry of Foreign Affairs';

function versionSeven(): { path: string; imported: string; local: string } {
  const path = join(tempDir(), 'v7.sqlite');
  const old = openDatabase(path, { upTo: 7 });
  initWorkspace(old, {
    loiText: seedText, sourceName: 'seed.txt', institution: US, role: 'coordinator',
    now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
  });
  const put = old.prepare('INSERT INTO revision (id, node_ref, parents, blocks, words, author, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  // Chunks as version 7 stored them (no key column yet).
  const chunk = old.prepare('INSERT OR IGNORE INTO chunk (hash, kind, json, words) VALUES (?, ?, ?, ?)');
  const write = (ref: string, parents: string[], text: string, author: string, at: string) => {
    const { blocks, chunks } = splitContent(para(text));
    for (const c of chunks) chunk.run(c.hash, c.kind, c.json, c.words);
    const blocksJson = JSON.stringify(blocks);
    const id = revisionId(ref, parents, blocks, author, at);
    put.run(id, ref, JSON.stringify(parents), blocksJson, 3, author, at, at);
    return id;
  };
  // Paragraph 5: a revision that came in a bundle from the Ministry of Labour (origin, generation, sealed).
  const imported = write('5', [], 'Flows are recorded.', 'Ministry of Labour', '2026-01-06T09:00:00.000Z');
  old.prepare("INSERT INTO revision_origin VALUES (?, 'Ministry of Labour', 'aaaaaaaaaaaaaaaa', '2026-01-06T10:00:00.000Z')").run(imported);
  old.prepare('INSERT INTO revision_gen VALUES (?, 1)').run(imported);
  old.prepare("INSERT INTO sealed_revision VALUES (?, 'import', '2026-01-06T10:00:00.000Z')").run(imported);
  // Paragraph 6: the coordinator's own draft, never sent (no origin, no generation yet, not sealed).
  const local = write('6', [], 'Our own draft.', US, '2026-01-06T11:00:00.000Z');
  old.prepare("INSERT INTO answer (node_ref, head, words, updated_at) VALUES ('5', ?, 3, '2026-01-06T10:00:00.000Z'), ('6', ?, 3, '2026-01-06T11:00:00.000Z')").run(imported, local);
  old.close();
  return { path, imported, local };
}

describe('migration 8: fold-revision-facts', () => {
  it('moves generations, origins and seals into the revision row, and the workspace keeps to them', () => {
    const { path, imported, local } = versionSeven();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(8);
    const facts = db.prepare('SELECT gen, origin_institution, origin_key_id, received_at, sealed_via, sealed_at FROM revision WHERE id = ?');
    expect(facts.get(imported)).toEqual({
      gen: 1, origin_institution: 'Ministry of Labour', origin_key_id: 'aaaaaaaaaaaaaaaa', received_at: '2026-01-06T10:00:00.000Z',
      sealed_via: 'import', sealed_at: '2026-01-06T10:00:00.000Z',
    });
    expect(facts.get(local)).toEqual({ gen: null, origin_institution: null, origin_key_id: null, received_at: null, sealed_via: null, sealed_at: null });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name IN ('revision_gen', 'revision_origin', 'sealed_revision')").all();
    expect(tables).toEqual([]);

    // The sealed head is kept when the answer is saved again; so is the unsealed one, an answer's first text.
    const later = new Date('2026-01-06T11:01:00.000Z');
    const on5 = saveAnswer(db, '5', para('Flows are recorded monthly.'), US, later);
    const on6 = saveAnswer(db, '6', para('Our own draft, longer.'), US, later);
    expect(db.prepare('SELECT count(*) AS n FROM revision WHERE id = ?').get(imported)).toEqual({ n: 1 });
    expect(db.prepare('SELECT parents FROM revision WHERE id = ?').get(on5.revision)).toEqual({ parents: JSON.stringify([imported]) });
    expect(db.prepare('SELECT count(*) AS n FROM revision WHERE id = ?').get(local)).toEqual({ n: 1 });
    expect(db.prepare('SELECT parents FROM revision WHERE id = ?').get(on6.revision)).toEqual({ parents: JSON.stringify([local]) });

    // An import that builds on the migrated revision merges with the coordinator's edit.
    const theirs = chain('5', imported, 'Ministry of Labour', '2026-01-07T09:00:00.000Z', [...para('Flows are recorded.'), ...para('By sex.')]);
    expect(importRevisions(db, theirs, labour)).toMatchObject({ merged: ['5'], rejected: [] });
    expect(plainText(readAnswers(db, ['5'])['5'].content)).toBe('Flows are recorded monthly.\nBy sex.');
    expect(facts.get(theirs[0].id)).toMatchObject({ gen: 2, origin_institution: 'Ministry of Labour', sealed_via: 'import' });
    db.close();
  });
});
