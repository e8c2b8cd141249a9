// Electron hardening in one place, following Electron's security checklist: isolated, sandboxed
// renderers without Node, a strict CSP, no navigation, no new windows, no permissions, and IPC
// accepted only from our own page.
import { type Session, type WebContents, type WebFrameMain, type WebPreferences, shell } from 'electron';
import { pathToFileURL } from 'node:url';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
  };
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Only http(s) and mailto links may leave the app, and only to the system browser or mail client. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, indexHtml: string): void {
  const home = pathToFileURL(indexHtml).href;
  contents.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== home) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** IPC is answered only for the top frame of our own page. */
export function isTrustedSender(frame: WebFrameMain | null, indexHtml: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return frame.url.split('#')[0] === pathToFileURL(indexHtml).href;
}
