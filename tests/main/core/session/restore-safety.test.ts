// A restore replaces the workspace file: it must never do so under another process that has the
// file open (its confirmed saves would go into the replaced file and be lost), nor with a backup
// this app cannot open (every command, restore included, would fail afterwards). A backup whose
// name carries no milliseconds is a backup like any other.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../../../main/core/api/local-client';
import { listBackups } from '../../../../main/core/backup/backups';
import { openSession } from '../../../../main/core/session/workspace-session';
import { repoRoot, tempDir } from '../../../helpers/host-process';
import { holdWriteLock, otherProcess } from '../../../helpers/other-process';
import { ok, para, seededSession } from '../../../helpers/workspace';

const seedPath = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');

const session = seededSession;

const answerText = async (api: ReturnType<typeof session>['api'], ref: string) => ok(await api['question.get']({ ref })).answers[ref]?.content;

describe('restoring a backup', () => {
  it('is refused while another process has the workspace open, and works once it has closed it', async () => {
    const { s, api, dbPath, advance } = session();
    ok(await api['answer.save']({ ref: '5', content: para('In the backup.') }));
    const snapshot = ok(await api['backup.create']({}));
    advance(60_000);
    ok(await api['answer.save']({ ref: '5', content: para('Written after the backup.') }));
    const other = await otherProcess(dbPath);
    const refused = await api['backup.restore']({ name: snapshot.name });
    expect(refused).toMatchObject({ ok: false, code: 'rejected' });
    expect(refused.ok ? '' : refused.error).toMatch(/^The workspace is open in another window or program .*; close it there, then restore\. Nothing was changed\.$/);
    // Nothing was replaced: this session goes on reading and saving the same file.
    expect(await answerText(api, '5')).toEqual(para('Written after the backup.'));
    advance(60_000);
    ok(await api['answer.save']({ ref: '6', content: para('Saved after the refusal.') }));
    expect(readdirSync(join(dbPath, '..')).filter((f) => f.includes('.restoring') || f.endsWith('.replaced'))).toEqual([]);
    await other.stop();
    ok(await api['backup.restore']({ name: snapshot.name }));
    expect(await answerText(api, '5')).toEqual(para('In the backup.'));
    s.close();
  });

  it('keeps the earlier before-restore backups however often a restore is refused', async () => {
    const { s, api, dbPath, advance } = session();
    ok(await api['answer.save']({ ref: '5', content: para('Early text.') }));
    const early = ok(await api['backup.create']({}));
    advance(60_000);
    ok(await api['answer.save']({ ref: '5', content: para('A week of drafting.') }));
    advance(60_000);
    // A first restore keeps the week of drafting as a before-restore backup.
    const first = ok(await api['backup.restore']({ name: early.name }));
    const kept = async () => ok(await api['backup.list']({})).filter((b) => b.reason === 'before-restore').map((b) => b.name);
    expect(await kept()).toEqual([first.previous]);
    const other = await otherProcess(dbPath);
    for (let i = 0; i < 6; i++) {
      advance(60_000);
      expect((await api['backup.restore']({ name: early.name })).ok).toBe(false);
    }
    expect(await kept()).toEqual([first.previous]);
    await other.stop();
    s.close();
  });

  it('refuses a backup that passes the integrity check but lacks a column, and the workspace stays as it was', async () => {
    const { s, api, dbPath } = session();
    ok(await api['answer.save']({ ref: '5', content: para('Kept.') }));
    const good = ok(await api['backup.create']({}));
    // A copy of that backup with one column gone (another tool, a hand edit): intact for SQLite, current schema version.
    const dir = join(dbPath, '..', 'ws.sqlite.backups');
    const broken = '20260301T090000000Z-manual.sqlite';
    copyFileSync(join(dir, good.name), join(dir, broken));
    const raw = new Database(join(dir, broken));
    raw.pragma('journal_mode = DELETE');
    raw.exec('ALTER TABLE answer DROP COLUMN status');
    raw.close();
    const r = await api['backup.restore']({ name: broken });
    expect(r).toMatchObject({ ok: false, code: 'rejected' });
    expect(r.ok ? '' : r.error).toBe(`The backup ${broken} cannot be used: its table answer has no column status. Choose another one.`);
    expect(await answerText(api, '5')).toEqual(para('Kept.'));
    expect(existsSync(`${dbPath}.restoring`)).toBe(false);
    ok(await api['backup.restore']({ name: good.name }));
    s.close();
  });

  it('opens a workspace it cannot read in recovery mode, from which a restore still works', async () => {
    const { s, api, dbPath } = session();
    ok(await api['answer.save']({ ref: '5', content: para('Kept in the backup.') }));
    const good = ok(await api['backup.create']({}));
    s.close();
    const raw = new Database(dbPath);
    raw.exec('DROP TABLE workspace; CREATE TABLE workspace (x INTEGER)');
    raw.close();
    const again = openSession({ dbPath, seedPath, now: () => new Date('2026-03-02T08:00:00Z') });
    const api2 = localApi(again.dispatch);
    const health = ok(await api2['workspace.health']({}));
    expect(health.ok).toBe(false);
    expect(health.problem).toMatch(/^the workspace cannot be read: no such column: id$/);
    expect((await api2['question.get']({ ref: '5' })).ok).toBe(false);
    ok(await api2['backup.restore']({ name: good.name }));
    expect(ok(await api2['question.get']({ ref: '5' })).answers['5'].content).toEqual(para('Kept in the backup.'));
    again.close();
  });
});

describe('opening while another process writes', () => {
  it('says the workspace is busy instead of opening it in recovery mode', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'ws.sqlite');
    openSession({ dbPath, seedPath, now: () => new Date('2026-03-01T08:00:00Z') }).close();
    // Written by the previous version: one migration is pending, and it needs the write lock.
    const raw = new Database(dbPath);
    raw.pragma(`user_version = ${(raw.pragma('user_version', { simple: true }) as number) - 1}`);
    raw.close();
    const writer = await holdWriteLock(dbPath, 6500);
    expect(() => openSession({ dbPath, seedPath })).toThrow(/^The workspace is busy: another program is writing to it\. Try again when it has finished\.$/);
    await writer.done;
    const again = openSession({ dbPath, seedPath });
    expect(again.health().ok).toBe(true);
    again.close();
  }, 20_000);
});

describe('backup names', () => {
  it('lists a backup named without milliseconds, and skips a name with no real time in it', async () => {
    const { s, api, dbPath } = session();
    const made = ok(await api['backup.create']({}));
    const dir = join(dbPath, '..', 'ws.sqlite.backups');
    copyFileSync(join(dir, made.name), join(dir, '20260105T090000Z-manual.sqlite'));
    copyFileSync(join(dir, made.name), join(dir, '20261399T090000Z-manual.sqlite'));
    const list = listBackups(dir);
    expect(list.map((b) => [b.name, b.createdAt])).toContainEqual(['20260105T090000Z-manual.sqlite', '2026-01-05T09:00:00.000Z']);
    expect(list.map((b) => b.name)).not.toContain('20261399T090000Z-manual.sqlite');
    await s.dailyBackup();
    expect(ok(await api['backup.list']({})).some((b) => b.reason === 'daily')).toBe(true);
    ok(await api['backup.restore']({ name: '20260105T090000Z-manual.sqlite' }));
    s.close();
  });
});
