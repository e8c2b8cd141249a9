// The backup commands, including the way back from a damaged workspace: listing and restoring work
// on a damaged file, everything else refuses it with the way back.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers/host-process';
import { runCommand } from '../../helpers/cli';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const cli = (...argv: string[]) => runCommand(argv, { now: new Date() });

describe('backups, backup and restore', () => {
  it('back up, damage, list and restore a workspace from the command line', async () => {
    const db = join(tempDir(), 'ws.sqlite');
    expect((await cli('init', db, '--loi', seed, '--institution', 'Ministry of Labour')).code).toBe(0);
    expect((await cli('answer', db, '--paragraph', '5', '--text', 'Kept in the backup.')).code).toBe(0);
    const made = await cli('backup', db);
    expect(made.out).toMatch(/^Backed up to \d{8}T\d{9}Z-manual\.sqlite$/);
    const name = made.out.replace('Backed up to ', '');

    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
    closeSync(fd);

    const refused = await cli('status', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`restore ${db} --backup <name>`);
    const list = await cli('backups', db, '--json');
    expect(JSON.parse(list.out).map((b: { name: string }) => b.name)).toEqual([name]);
    const restored = await cli('restore', db, '--backup', name);
    expect(restored.out).toMatch(new RegExp(`^Restored .* from ${name}; the previous file is kept as .*damaged-`));
    expect(JSON.parse((await cli('status', db, '--json')).out).words.byRef).toEqual({ 5: 4 });
    expect((await cli('backups', join(tempDir(), 'missing.sqlite'))).code).toBe(2);
  });
});
