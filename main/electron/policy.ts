// The security policy of the desktop app as plain data and pure functions, so that a Node test can
// hold every item of Electron's security checklist without starting Electron.
import { isAbsolute, join, normalize, relative } from 'node:path';

/** The renderer is served from this private, standard, secure scheme instead of file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'treaty-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY } from '../../shared/security';

/** The renderer's web preferences: isolated, sandboxed, no Node, no webviews. */
export function webPreferences(preload: string) {
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
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/** Only http(s) and mailto links may leave the app, to the system browser or mail client. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** Whether a URL is one of our own pages (navigation and IPC are allowed only from those). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file an app:// request may read: inside the renderer folder, or nothing. */
export function appFilePath(rendererDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const path = decodeURIComponent(new URL(url).pathname);
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
  const rel = relative(rendererDir, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : file;
}
