// The daily backup runs unseen: when it fails, the workspace's health says when and why until a
// backup succeeds, so that the screen can tell the user.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../../../main/core/api/local-client';
import { openSession } from '../../../../main/core/session/workspace-session';
import { repoRoot, tempDir } from '../../../helpers/host-process';
import { ok } from '../../../helpers/workspace';

describe('a failed backup', () => {
  it('is in the health, with its reason, until a backup succeeds; the workspace opens and works meanwhile', async () => {
    const dbPath = join(tempDir(), 'ws.sqlite');
    writeFileSync(`${dbPath}.backups`, 'a file where the folder should be');
    const s = openSession({ dbPath, seedPath: join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt'), now: () => new Date('2026-03-01T08:00:00Z') });
    const api = localApi(s.dispatch);
    expect(ok(await api['workspace.health']({})).backupFailure).toBeNull();
    await expect(s.dailyBackup()).rejects.toThrow(/EEXIST|ENOTDIR/);
    const health = ok(await api['workspace.health']({}));
    expect(health).toMatchObject({ ok: true, backups: 0, backupDir: `${dbPath}.backups`, backupFailure: { at: '2026-03-01T08:00:00.000Z', reason: 'not-a-folder' } });
    expect((await api['backup.create']({})).ok).toBe(false);
    rmSync(`${dbPath}.backups`);
    ok(await api['backup.create']({}));
    expect(ok(await api['workspace.health']({})).backupFailure).toBeNull();
    s.close();
  });
});
