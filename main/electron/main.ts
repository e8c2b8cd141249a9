// The Electron main process: one window over the same core the CLI and browser mode use. Thin on
// purpose: it opens the workspace, registers one IPC handler per API method, and hardens the window.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, ipcMain, session, shell } from 'electron';
import { methodNames } from '../../shared/api/methods';
import { fail } from '../../shared/result';
import { createDispatch } from '../core/api/dispatch';
import { createHandlers } from '../core/api/handlers/index';
import { seedPath } from '../core/paths';
import type { Db } from '../core/store/database';
import { openOrSeed } from '../core/services/workspace';
import { channelFor } from './channels';
import { buildMenu } from './menu';
import { hardenSession, hardenWebContents, isTrustedSender, webPreferences } from './security';

const indexHtml = join(__dirname, '..', 'renderer', 'index.html');
let win: BrowserWindow | null = null;
let db: Db | null = null;

function workspacePath(argv: string[]): string {
  const at = argv.indexOf('--db');
  if (at >= 0 && argv[at + 1]) return argv[at + 1];
  const eq = argv.find((a) => a.startsWith('--db='));
  return eq ? eq.slice('--db='.length) : join(app.getPath('userData'), 'workspace.sqlite');
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Treaty Desk',
    show: false,
    webPreferences: webPreferences(join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win?.show());
  void win.loadFile(indexHtml);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, indexHtml));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    const dbPath = workspacePath(process.argv);
    db = openOrSeed(dbPath, seedPath([join(process.resourcesPath, 'seeds', 'CMW_C_KGZ_QPR_2.txt')]), new Date(), randomUUID());
    const dispatch = createDispatch(createHandlers({ db, now: () => new Date() }), (e) => console.error(e));
    for (const method of methodNames) {
      ipcMain.handle(channelFor(method), (event, arg: unknown) =>
        isTrustedSender(event.senderFrame, indexHtml) ? dispatch(method, arg) : fail('rejected', 'IPC from an untrusted frame.'),
      );
    }
    Menu.setApplicationMenu(buildMenu({ showWorkspaceFolder: () => shell.showItemInFolder(dbPath) }));
    createWindow();
  });

  app.on('window-all-closed', () => {
    db?.close();
    db = null;
    app.quit();
  });
}
