// Migration 4 on a workspace built at version 3 with answers in it: the answers stay, the bundle
// tables appear empty, and existing revisions are not sealed (they have never left the workspace).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import { legacyRevisionId } from '../../../../../main/core/content/address';
import { tempDir } from '../../../../helpers/host-process';
import { para, seedText } from '../../../../helpers/workspace';

describe('migration 4: add-bundle-identities', () => {
  it('upgrades a version-3 workspace with answers, keeping them and leaving them unsealed', () => {
    const path = join(tempDir(), 'v3.sqlite');
    const old = openDatabase(path, { upTo: 3 });
    initWorkspace(old, {
      loiText: seedText, sourceName: 'seed.txt', institution: 'Ministry of Labour', role: 'coordinator',
      now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
    });
    // Rows as version 3 wrote them (today's saveAnswer already expects the new tables).
    const content = JSON.stringify(para('Before the upgrade.'));
    const id = legacyRevisionId('5', [], content, 'Ministry of Labour', '2026-01-05T10:00:00.000Z');
    old.prepare("INSERT INTO revision (id, node_ref, parents, content, words, author, created_at, saved_at) VALUES (?, '5', '[]', ?, 3, 'Ministry of Labour', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')").run(id, content);
    old.prepare("INSERT INTO answer (node_ref, head, words, updated_at) VALUES ('5', ?, 3, '2026-01-05T10:00:00.000Z')").run(id);
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(4);
    expect(db.prepare('SELECT head FROM answer WHERE node_ref = ?').get('5')).toEqual({ head: id });
    for (const table of ['own_key', 'institution', 'institution_key', 'bundle_in', 'bundle_out']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    // Sealing is a column of the revision since migration 8: nothing sealed.
    expect(db.prepare('SELECT count(sealed_via) AS n FROM revision').get()).toEqual({ n: 0 });
    // A second own key cannot be current at the same time.
    const key = db.prepare("INSERT INTO own_key (key_id, public_key, secret, created_at) VALUES (?, ?, '{}', '2026-01-01')");
    key.run('0011223344556677', 'a');
    expect(() => key.run('8899aabbccddeeff', 'b')).toThrow(/UNIQUE/);
    db.close();
  });
});
