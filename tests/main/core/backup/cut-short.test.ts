// A backup cut short (the process killed mid-copy, or the copy failing) must never pass for a backup:
// not listed, not counted as the backup before an import, cleaned up by the next one.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups } from '../../../../main/core/backup/backups';
import { localApi } from '../../../../main/core/api/local-client';
import { openSession } from '../../../../main/core/session/workspace-session';
import { openDatabase } from '../../../../main/core/store/database';
import { repoRoot, tempDir } from '../../../helpers/host-process';
import { ok, para, seededDb } from '../../../helpers/workspace';

const at = new Date('2026-03-01T08:00:00Z');
const later = new Date('2026-03-01T08:01:00Z');

/** A seeded workspace with enough pages (about 4 MB) that a backup takes several steps. */
function workspace(): { path: string; dir: string } {
  const path = join(tempDir(), 'ws.sqlite');
  const db = seededDb(path);
  db.exec('CREATE TABLE filler (b BLOB)');
  const insert = db.prepare('INSERT INTO filler VALUES (randomblob(65536))');
  for (let i = 0; i < 64; i++) insert.run();
  db.close();
  return { path, dir: `${path}.backups` };
}

function importBackupDue(path: string): boolean {
  const s = openSession({ dbPath: path, now: () => later });
  const due = s.importBackupDue();
  s.close();
  return due;
}

async function backup(path: string, dir: string, when = later) {
  const db = openDatabase(path);
  try {
    return await createBackup(db, dir, 'before-import', when);
  } finally {
    db.close();
  }
}

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('a backup cut short', () => {
  it('killed mid-copy: not listed, not taken for the backup before an import, and the next one is whole', async () => {
    const { path, dir } = workspace();
    // The child itself must die (tsx's own launcher would stand between), so it runs in node with tsx's loader.
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'cut-short-backup.ts'), path, dir], { cwd: repoRoot, encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(readdirSync(dir).length).toBeGreaterThan(0); // what the killed copy left behind

    expect(listBackups(dir)).toEqual([]);
    expect(importBackupDue(path)).toBe(true);

    const made = await backup(path, dir);
    expect(readdirSync(dir)).toEqual([made.name]);
    const s = openSession({ dbPath: path, now: () => later });
    const api = localApi(s.dispatch);
    ok(await api['answer.save']({ ref: '5', content: para('Written after the backup.') }));
    ok(await api['backup.restore']({ name: made.name }));
    expect(ok(await api['question.get']({ ref: '5' })).answers['5']).toBeUndefined();
    s.close();
  });

  it('left by an older version under a backup name with its journal: not listed, and removed by the next backup', async () => {
    const { path, dir } = workspace();
    const whole = await backup(path, dir, at);
    const cut = '20260301T080030000Z-before-import.sqlite';
    copyFileSync(join(dir, whole.name), join(dir, cut));
    truncateSync(join(dir, cut), 2 * 16384);
    writeFileSync(join(dir, `${cut}-journal`), 'rollback journal of the cut copy');

    expect(listBackups(dir).map((b) => b.name)).toEqual([whole.name]);
    const next = await backup(path, dir);
    expect(readdirSync(dir).sort()).toEqual([whole.name, next.name].sort());
  });

  it('a dead process\'s partial copy is removed, a running one\'s is left to finish', async () => {
    const { path, dir } = workspace();
    const whole = await backup(path, dir, at);
    const dead = `.20260301T080030000Z-daily.sqlite.${deadPid()}.partial`;
    const running = `.20260301T080040000Z-daily.sqlite.${process.ppid}.partial`;
    for (const name of [dead, `${dead}-journal`, running]) copyFileSync(join(dir, whole.name), join(dir, name));

    expect(listBackups(dir).map((b) => b.name)).toEqual([whole.name]);
    const next = await backup(path, dir);
    expect(existsSync(join(dir, dead))).toBe(false);
    expect(existsSync(join(dir, `${dead}-journal`))).toBe(false);
    expect(existsSync(join(dir, running))).toBe(true);
    expect(listBackups(dir).map((b) => b.name)).toEqual([next.name, whole.name]);
  });
});
