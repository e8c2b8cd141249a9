// Backups and recovery: daily and manual backups rotate; a damaged workspace opens in recovery mode
// where only backups answer; restoring brings back the data and keeps what was there before.
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP, createBackup, listBackups } from '../../../../main/core/backup/backups';
import { localApi } from '../../../../main/core/api/local-client';
import { openSession } from '../../../../main/core/session/workspace-session';
import { openDatabase } from '../../../../main/core/store/database';
import { repoRoot, tempDir } from '../../../helpers/host-process';
import { reportingWorkspace } from '../bundle/fixture';
import { ok, para, seededSession } from '../../../helpers/workspace';

const seedPath = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const session = seededSession;

/** Overwrites pages in the middle of the file, as a failing disk or a half-copied USB stick would. */
function damage(path: string): void {
  const fd = openSync(path, 'r+');
  const junk = Buffer.alloc(4096 * 3, 0xab);
  writeSync(fd, junk, 0, junk.length, 4096 * 2);
  closeSync(fd);
}

describe('backups', () => {
  it('takes one daily backup a day and rotates each kind separately', async () => {
    const { s, api, advance } = session();
    await s.dailyBackup();
    await s.dailyBackup();
    expect(ok(await api['backup.list']({})).map((b) => b.reason)).toEqual(['daily']);
    for (let i = 0; i < KEEP.daily + 2; i++) {
      advance(24 * 3600 * 1000);
      await s.dailyBackup();
    }
    for (let i = 0; i < 3; i++) {
      advance(1000);
      ok(await api['backup.create']({}));
    }
    const list = ok(await api['backup.list']({}));
    expect(list.filter((b) => b.reason === 'daily')).toHaveLength(KEEP.daily);
    expect(list.filter((b) => b.reason === 'manual')).toHaveLength(3);
    expect(list[0].reason).toBe('manual');
    s.close();
  });

  it('restores a backup: the data comes back and the replaced state is kept as a backup', async () => {
    const { s, api, advance } = session();
    ok(await api['answer.save']({ ref: '5', content: para('Before the backup.') }));
    const snapshot = ok(await api['backup.create']({}));
    advance(60_000);
    ok(await api['answer.save']({ ref: '5', content: para('After the backup, to be undone.') }));
    advance(60_000);
    const r = ok(await api['backup.restore']({ name: snapshot.name }));
    expect(r.previous).toMatch(/before-restore\.sqlite$/);
    const q = ok(await api['question.get']({ ref: '5' }));
    expect(q.answers['5'].content).toEqual(para('Before the backup.'));
    // The state before the restore is itself restorable.
    ok(await api['backup.restore']({ name: r.previous! }));
    expect(ok(await api['question.get']({ ref: '5' })).answers['5'].content).toEqual(para('After the backup, to be undone.'));
    s.close();
  });

  it('refuses unknown, path-like or damaged backup names and changes nothing', async () => {
    const { s, api } = session();
    ok(await api['answer.save']({ ref: '5', content: para('Keep me.') }));
    for (const name of ['../ws.sqlite', '/etc/passwd', 'nope.sqlite', '20260301T080000000Z-manual.sqlite']) {
      const r = await api['backup.restore']({ name });
      expect(r.ok, name).toBe(false);
    }
    const made = ok(await api['backup.create']({}));
    damage(join(s.backupDir, made.name));
    const r = await api['backup.restore']({ name: made.name });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/damaged too|cannot be read/) });
    expect(ok(await api['question.get']({ ref: '5' })).answers['5'].content).toEqual(para('Keep me.'));
    s.close();
  });

  it('opens a damaged workspace in recovery mode and restores it from a backup', async () => {
    const { s, api, dir } = session();
    ok(await api['answer.save']({ ref: '7', content: para('Text that must survive.') }));
    const good = ok(await api['backup.create']({}));
    s.close();
    const path = join(dir, 'ws.sqlite');
    damage(path);

    const again = openSession({ dbPath: path, seedPath });
    const rapi = localApi(again.dispatch);
    const health = ok(await rapi['workspace.health']({}));
    expect(health).toMatchObject({ ok: false, backups: 1 });
    expect(health.problem).toBeTruthy();
    const refused = await rapi['outline.get']({});
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^The workspace file is damaged .* Restore a backup to continue\.$/) });
    expect(ok(await rapi['backup.list']({})).map((b) => b.name)).toEqual([good.name]);

    // The damaged file's write-ahead log (recent work may be only there) goes with it.
    writeFileSync(`${path}-wal`, 'log of the damaged file');
    const r = ok(await rapi['backup.restore']({ name: good.name }));
    expect(r.previous).toMatch(/ws\.sqlite\.damaged-/);
    expect(existsSync(r.previous!)).toBe(true);
    expect(readFileSync(`${r.previous}-wal`, 'utf8')).toBe('log of the damaged file');
    expect(ok(await rapi['workspace.health']({})).ok).toBe(true);
    expect(ok(await rapi['question.get']({ ref: '7' })).answers['7'].content).toEqual(para('Text that must survive.'));
    again.close();
    const db = openDatabase(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a workspace is one file: a copy opens elsewhere with everything in it', async () => {
    const { s, api } = session();
    ok(await api['answer.save']({ ref: '9a', content: para('Portable.') }));
    const made = ok(await api['backup.create']({}));
    s.close();
    const elsewhere = join(tempDir(), 'usb-stick.sqlite');
    copyFileSync(join(s.backupDir, made.name), elsewhere);
    const other = openSession({ dbPath: elsewhere });
    expect(ok(await localApi(other.dispatch)['question.get']({ ref: '9' })).answers['9a'].content).toEqual(para('Portable.'));
    other.close();
    expect(readdirSync(s.backupDir).length).toBeGreaterThan(0);
    expect(listBackups(s.backupDir)[0].bytes).toBeGreaterThan(10_000);
  });

  it('names backups so that two in the same second do not collide', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.sqlite'));
    const at = new Date('2026-03-01T08:00:00.000Z');
    await createBackup(db, join(dir, 'b'), 'manual', at);
    await createBackup(db, join(dir, 'b'), 'manual', new Date(at.getTime() + 1));
    expect(listBackups(join(dir, 'b'))).toHaveLength(2);
    writeFileSync(join(dir, 'b', 'not-a-backup.txt'), 'x');
    expect(listBackups(join(dir, 'b'))).toHaveLength(2);
    db.close();
  });
});

describe('backup before a bundle import', () => {
  it('is not taken for a bundle that verification refuses', async () => {
    const { s, api } = session();
    ok(await api['answer.save']({ ref: '5', content: para('State before the import.') }));
    const garbage = Buffer.from('not a bundle at all').toString('base64');
    const r = await api['bundle.import']({ data: garbage });
    expect(r.ok ? r.value.outcome : 'refused').not.toBe('accepted');
    expect(ok(await api['backup.list']({})).filter((b) => b.reason === 'before-import')).toHaveLength(0);
    s.close();
  });

  it('is taken before a bundle that will be imported, shared by imports in the next minutes, and restorable', async () => {
    const w = reportingWorkspace();
    const health = w.joinAs('Ministry of Health', w.invite('Ministry of Health', '18-19'));
    w.answer(health.db, '19a', 'Emergency care is free for all migrants.', 'Ministry of Health');
    expect(w.enroll(health, w.exportFrom(health.db, 'Ministry of Health')).outcome).toBe('accepted');
    w.answer(health.db, '19b', 'Children of migrants attend school.', 'Ministry of Health');
    const second = w.exportFrom(health.db, 'Ministry of Health');
    w.answer(health.db, '19c', 'Birth registration does not depend on documents.', 'Ministry of Health');
    const third = w.exportFrom(health.db, 'Ministry of Health');
    const path = w.coordinator.name;
    w.coordinator.close();

    const s = openSession({ dbPath: path, now: w.time.now });
    const api = localApi(s.dispatch);
    const beforeImport = async () => ok(await api['backup.list']({})).filter((b) => b.reason === 'before-import');
    expect(ok(await api['bundle.import']({ data: second.toString('base64') })).outcome).toBe('accepted');
    expect(ok(await api['bundle.import']({ data: second.toString('base64') })).outcome).toBe('unchanged');
    expect(ok(await api['bundle.import']({ data: third.toString('base64') })).outcome).toBe('accepted');
    // One backup for the run of imports: it holds the state before the first of them.
    const backups = await beforeImport();
    expect(backups).toHaveLength(1);

    w.time.tick(6 * 60_000);
    w.answer(health.db, '18a', 'Labour inspectors check equal pay.', 'Ministry of Health');
    expect(ok(await api['bundle.import']({ data: w.exportFrom(health.db, 'Ministry of Health').toString('base64') })).outcome).toBe('accepted');
    expect(await beforeImport()).toHaveLength(2);

    ok(await api['backup.restore']({ name: backups[0].name }));
    const q = ok(await api['question.get']({ ref: '19' }));
    expect(q.answers['19a']).toBeDefined();
    expect(q.answers['19b']).toBeUndefined();
    expect(q.answers['19c']).toBeUndefined();
    s.close();
  });

});

describe('the before-import backup window', () => {
  it('is read from the backups on disk, so separate processes share it', async () => {
    const dir = tempDir();
    session(dir).s.close();
    // A second session on the same file (another CLI process) sees a recent before-import backup.
    const db = openDatabase(join(dir, 'ws.sqlite'));
    await createBackup(db, join(dir, 'ws.sqlite.backups'), 'before-import', new Date('2026-03-01T08:00:00Z'));
    db.close();
    let now = new Date('2026-03-01T08:03:00Z');
    const second = openSession({ dbPath: join(dir, 'ws.sqlite'), now: () => now });
    expect(second.importBackupDue()).toBe(false);
    now = new Date('2026-03-01T08:06:00Z');
    expect(second.importBackupDue()).toBe(true);
    second.close();
  });
});
