// The bundle file association: the command line of a (second) instance names .tdbundle files; the
// running session queues them and hands each to the window once, read, or with a reason.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../../../main/core/api/local-client';
import { bundleFilesFromArgv } from '../../../../main/core/session/opened-files';
import { openSession } from '../../../../main/core/session/workspace-session';
import { repoRoot, tempDir } from '../../../helpers/host-process';

describe('bundle files opened with the app', () => {
  it('picks .tdbundle paths out of a command line, relative to the caller', () => {
    const argv = ['/opt/Treaty Desk/treaty-desk', '--db', 'x.sqlite', 'Ministry of Health.TDBUNDLE', '/media/usb/labour.tdbundle', 'notes.docx', '--flag.tdbundle'];
    expect(bundleFilesFromArgv(argv, '/home/official/Desktop')).toEqual(['/home/official/Desktop/Ministry of Health.TDBUNDLE', '/media/usb/labour.tdbundle']);
  });

  it('hands each file from a second instance to the window once, read, or says why not', async () => {
    const dir = tempDir();
    const s = openSession({ dbPath: join(dir, 'ws.sqlite'), seedPath: join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt') });
    const api = localApi(s.dispatch);
    writeFileSync(join(dir, 'health.tdbundle'), Buffer.from([1, 2, 3, 250]));
    // What the Electron main process does with a second instance's argv and cwd:
    s.openFiles(bundleFilesFromArgv(['treaty-desk', 'health.tdbundle', 'gone.tdbundle'], dir));
    s.openFiles(bundleFilesFromArgv(['treaty-desk', join(dir, 'health.tdbundle')], '/'));
    const r = await api['app.takeOpenedFiles']({});
    expect(r).toEqual({
      ok: true,
      value: [
        { name: 'health.tdbundle', data: Buffer.from([1, 2, 3, 250]).toString('base64'), problem: null },
        { name: 'gone.tdbundle', data: null, problem: 'gone.tdbundle is no longer there.' },
      ],
    });
    expect(await api['app.takeOpenedFiles']({})).toEqual({ ok: true, value: [] });
    s.close();
  });
});
