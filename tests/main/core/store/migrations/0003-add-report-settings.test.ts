// Migration 3 on a workspace built at version 2 with answers in it: the answers stay, the settings
// table appears empty (so the report keeps its derived title), and saving settings then works.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportSettings, saveReportSettings } from '../../../../../main/core/export/settings-store';
import { legacyRevisionId } from '../../../../../main/core/content/address';
import { openDatabase, schemaVersion } from '../../../../../main/core/store/database';
import { initWorkspace } from '../../../../../main/core/services/workspace';
import { tempDir } from '../../../../helpers/host-process';
import { para, seedText } from '../../../../helpers/workspace';

describe('migration 3: add-report-settings', () => {
  it('upgrades a version-2 workspace with answers, keeping them, and starts with derived settings', () => {
    const path = join(tempDir(), 'v2.sqlite');
    const old = openDatabase(path, { upTo: 2 });
    initWorkspace(old, {
      loiText: seedText, sourceName: 'seed.txt', institution: 'Ministry of Labour', role: 'coordinator',
      now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
    });
    const content = JSON.stringify(para('Before the upgrade.'));
    const id = legacyRevisionId('5', [], content, 'Ministry of Labour', '2026-01-05T10:00:00.000Z');
    old.prepare("INSERT INTO revision (id, node_ref, parents, content, words, author, created_at, saved_at) VALUES (?, '5', '[]', ?, 3, 'Ministry of Labour', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')").run(id, content);
    old.prepare("INSERT INTO answer (node_ref, head, words, status, updated_at) VALUES ('5', ?, 3, 'approved', '2026-01-05T10:00:00.000Z')").run(id);
    expect(old.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'report_settings'").get()).toEqual({ n: 0 });
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(3);
    expect(db.prepare('SELECT head, status FROM answer WHERE node_ref = ?').get('5')).toEqual({ head: id, status: 'approved' });
    expect(db.prepare('SELECT count(*) AS n FROM report_settings').get()).toEqual({ n: 0 });
    expect(readReportSettings(db)).toMatchObject({ title: 'Second periodic report submitted by Kyrgyzstan under article 73 of the Convention', saved: false });
    saveReportSettings(db, { title: 'Second periodic report', dueYear: 2023, submittedYear: null, language: 'en', statisticalAnnex: true }, 'Ministry of Labour', new Date('2026-02-01T09:00:00Z'));
    expect(readReportSettings(db)).toEqual({ title: 'Second periodic report', dueYear: 2023, submittedYear: null, language: 'en', statisticalAnnex: true, saved: true });
    db.close();
  });

  it('refuses rows that break its rules in the table itself, not only at the API', () => {
    const db = openDatabase(join(tempDir(), 'v3.sqlite'));
    const put = db.prepare("INSERT INTO report_settings (id, title, due_year, submitted_year, language, statistical_annex, updated_at) VALUES (?, ?, ?, NULL, ?, 0, 'now')");
    expect(() => put.run(1, '  ', 2023, 'en')).toThrow(/CHECK/);
    expect(() => put.run(1, 'Title', 1800, 'en')).toThrow(/CHECK/);
    expect(() => put.run(1, 'Title', 2023, 'ky')).toThrow(/CHECK/);
    expect(() => put.run(2, 'Title', 2023, 'en')).toThrow(/CHECK/);
    put.run(1, 'Title', 2023, 'en');
    expect(db.prepare('SELECT count(*) AS n FROM report_settings').get()).toEqual({ n: 1 });
    db.close();
  });
});
