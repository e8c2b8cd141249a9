// Migration 6 on a workspace built at version 5 with an answer in it: every question is current
// (not retired), the import history starts empty, and a re-import can then retire and keep answers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import { legacyRevisionId } from '../../../../../main/core/content/address';
import { tempDir } from '../../../../helpers/host-process';
import { para, seedText } from '../../../../helpers/workspace';

describe('migration 6: add-loi-imports', () => {
  it('upgrades a version-5 workspace, keeping its questions and answers', () => {
    const path = join(tempDir(), 'v5.sqlite');
    const old = openDatabase(path, { upTo: 5 });
    initWorkspace(old, {
      loiText: seedText, sourceName: 'seed.txt', institution: 'Ministry of Labour', role: 'coordinator',
      now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
    });
    const content = JSON.stringify(para('Before the upgrade.'));
    const id = legacyRevisionId('35', [], content, 'Ministry of Labour', '2026-01-05T10:00:00.000Z');
    old.prepare("INSERT INTO revision (id, node_ref, parents, content, words, author, created_at, saved_at) VALUES (?, '35', '[]', ?, 3, 'Ministry of Labour', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')").run(id, content);
    old.prepare("INSERT INTO answer (node_ref, head, words, updated_at) VALUES ('35', ?, 3, '2026-01-05T10:00:00.000Z')").run(id);
    const nodes = old.prepare('SELECT count(*) FROM node').pluck().get();
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(6);
    expect(db.prepare('SELECT count(*) FROM node').pluck().get()).toBe(nodes);
    expect(db.prepare('SELECT count(*) FROM node WHERE retired_at IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT head FROM answer WHERE node_ref = ?').get('35')).toEqual({ head: id });
    expect(db.prepare('SELECT count(*) FROM loi_import').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM question_change').pluck().get()).toBe(0);
    // The new column takes a retirement, and the check constraints hold.
    db.prepare("UPDATE node SET retired_at = '2026-02-01T00:00:00.000Z' WHERE ref = '35'").run();
    expect(() => db.prepare("INSERT INTO loi_import (at, actor, source_name, language, mode, paragraphs, subitems) VALUES ('x', 'a', 's', 'en', 'other', 1, 1)").run()).toThrow(/CHECK/);
    db.close();
  });
});
