// The Electron main process: one window over the same core the CLI and browser mode use. Thin on
// purpose: it opens the workspace, registers one IPC handler per API method, serves the renderer
// from a private app:// scheme, and hardens the window (security.ts, policy.ts).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, ipcMain, net, protocol, session, shell } from 'electron';
import { methodNames } from '../../shared/api/methods';
import { fail } from '../../shared/result';
import { seedPath } from '../core/paths';
import { bundleFilesFromArgv } from '../core/session/opened-files';
import { type WorkspaceSession, openSession } from '../core/session/workspace-session';
import { channelFor } from './channels';
import { buildMenu } from './menu';
import { APP_ENTRY, APP_SCHEME, CONTENT_SECURITY_POLICY, appFilePath, webPreferences } from './policy';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';

const rendererDir = join(__dirname, '..', 'renderer');
let win: BrowserWindow | null = null;
let workspace: WorkspaceSession | null = null;

// Must happen before 'ready': app:// behaves like https (standard, secure) for the CSP and fetch.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function workspacePath(argv: string[]): string {
  const at = argv.indexOf('--db');
  if (at >= 0 && argv[at + 1]) return argv[at + 1];
  const eq = argv.find((a) => a.startsWith('--db='));
  return eq ? eq.slice('--db='.length) : join(app.getPath('userData'), 'workspace.sqlite');
}

function createWindow(): void {
  win = new BrowserWindow({ width: 1280, height: 860, title: 'Treaty Desk', show: false, webPreferences: webPreferences(join(__dirname, 'preload.cjs')) });
  win.once('ready-to-show', () => win?.show());
  void win.loadURL(APP_ENTRY);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Double-clicking a bundle while the app runs starts a second instance, which quits at once and
  // hands its command line here; the window picks the files up when it gets focus.
  app.on('second-instance', (_event, argv, cwd) => {
    workspace?.openFiles(bundleFilesFromArgv(argv, cwd));
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    workspace?.openFiles(bundleFilesFromArgv([path], process.cwd()));
    win?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, async (request) => {
      const file = appFilePath(rendererDir, request.url);
      if (!file) return new Response('Not found', { status: 404 });
      const res = await net.fetch(pathToFileURL(file).href);
      const headers = new Headers(res.headers);
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(res.body, { status: res.status, headers });
    });
    const dbPath = workspacePath(process.argv);
    // The session checks integrity (a damaged file opens in recovery mode) and keeps daily backups.
    const open = openSession({ dbPath, seedPath: seedPath([join(process.resourcesPath, 'seeds', 'CMW_C_KGZ_QPR_2.txt')]), onInternalError: (e) => console.error(e) });
    workspace = open;
    open.openFiles(bundleFilesFromArgv(process.argv.slice(1), process.cwd()));
    void open.dailyBackup().catch((e: unknown) => console.error('daily backup failed', e));
    setInterval(() => void open.dailyBackup().catch(() => {}), 60 * 60 * 1000).unref();
    for (const method of methodNames) {
      ipcMain.handle(channelFor(method), (event, arg: unknown) =>
        isTrustedSender(event.senderFrame) ? open.dispatch(method, arg) : fail('rejected', 'IPC from an untrusted frame.'),
      );
    }
    Menu.setApplicationMenu(buildMenu({ showWorkspaceFolder: () => shell.showItemInFolder(dbPath) }));
    createWindow();
  });

  app.on('window-all-closed', () => {
    workspace?.close();
    workspace = null;
    app.quit();
  });
}
