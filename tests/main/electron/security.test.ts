// Electron's security checklist, item by item, read from the main-process code and the packaging
// configuration, so that a change that weakens one of them fails here. Electron itself cannot run in
// this test (no binary), so the checks read the policy module and the source of the main process.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, appFilePath, isAppUrl, isSafeExternalUrl, webPreferences } from '../../../main/electron/policy';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import { repoRoot } from '../../helpers/host-process';

const dir = join(repoRoot, 'main', 'electron');
const source = (f: string) => readFileSync(join(dir, f), 'utf8');
const main = source('main.ts');
const security = source('security.ts');
const preload = source('preload.ts');

describe('Electron security checklist', () => {
  it('1-4: renderers are isolated and sandboxed, without Node integration or webviews', () => {
    expect(webPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
      webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false,
    });
    expect(main).toMatch(/new BrowserWindow\(\{[^}]*webPreferences: webPreferences\(/);
    for (const f of readdirSync(dir)) {
      const text = source(f);
      expect(text, f).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
    }
  });

  it('5: loads only its own content, from a private app:// scheme instead of file://', () => {
    expect(APP_ENTRY).toBe('app://treaty-desk/index.html');
    expect(main).toContain('win.loadURL(APP_ENTRY)');
    expect(main).not.toMatch(/loadFile\(|loadURL\((?!APP_ENTRY)/);
    expect(appFilePath('/r', 'app://treaty-desk/assets/x.js')).toBe('/r/assets/x.js');
    // URL parsing folds plain dot segments inside the root; encoded slashes must not climb out of it.
    expect(appFilePath('/r', 'app://treaty-desk/../index.html')).toBe('/r/index.html');
    expect(appFilePath('/r', 'app://treaty-desk/..%2f..%2fetc/passwd')).toBeNull();
    expect(appFilePath('/r', 'app://treaty-desk/assets/..%5c..%5c..%5csecret')).not.toMatch(/^\/secret/);
    expect(appFilePath('/r', 'app://evil/index.html')).toBeNull();
    expect(appFilePath('/r', 'file:///etc/passwd')).toBeNull();
  });

  it('7: a strict Content-Security-Policy with no remote origins, on every response and in the page', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(main).toContain("headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)");
    expect(security).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8'))![1];
    // A <meta> CSP cannot carry frame-ancestors; everything else is the same policy.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'$/, ''));
  });

  it('12-14: navigation, redirects, webviews and new windows are blocked; external links only when safe', () => {
    expect(security).toMatch(/'will-navigate', \(event, url\) => \{\s*if \(!isAppUrl\(url\)\) event\.preventDefault\(\);/);
    expect(security).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(security).toMatch(/setWindowOpenHandler\([\s\S]*return \{ action: 'deny' \};/);
    expect(main).toContain("app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))");
    const openExternal = [...readdirSync(dir).flatMap((f) => source(f).split('\n').filter((l) => l.includes('openExternal(')))];
    expect(openExternal).toEqual(['    if (isSafeExternalUrl(url)) void shell.openExternal(url);']);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'https://user:pw@host/', 'not a url']) expect(isSafeExternalUrl(bad), bad).toBe(false);
    for (const good of ['https://undocs.org/en/CMW/C/KGZ/CO/1', 'mailto:desk@example.org']) expect(isSafeExternalUrl(good)).toBe(true);
  });

  it('6: every permission request and check is denied', () => {
    expect(security).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/);
    expect(security).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(main).toContain('hardenSession(session.defaultSession)');
  });

  it('17: IPC answers only our own top frame, and the preload exposes only the contract', () => {
    expect(main).toMatch(/isTrustedSender\(event\.senderFrame\) \? open\.dispatch\(method, arg\) : fail\('rejected'/);
    expect(isAppUrl('app://treaty-desk/index.html')).toBe(true);
    expect(isAppUrl('https://treaty-desk/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(preload).toContain("contextBridge.exposeInMainWorld('treatyDesk', api satisfies Api)");
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b(?!\.invoke)/);
    expect(preload.match(/ipcRenderer\.\w+/g)).toEqual(['ipcRenderer.invoke']);
  });

  it('one instance at a time', () => {
    expect(main).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{\s*app\.quit\(\);/);
  });

  it('only main/electron imports electron', () => {
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /from 'electron'/.test(readFileSync(p, 'utf8'))) offenders.push(p.slice(repoRoot.length + 1));
      }
    };
    for (const top of ['main', 'shared', 'renderer']) walk(join(repoRoot, top));
    expect(offenders.every((p) => p.startsWith('main/electron/'))).toBe(true);
  });
});
