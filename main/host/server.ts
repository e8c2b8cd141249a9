// Browser mode: a loopback-only HTTP host that serves the renderer and mounts the core's API.
// Every API call needs the per-run token printed at start; other origins and hosts are refused.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../core/api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

export const TOKEN_HEADER = 'x-treaty-desk-token';
const MAX_BODY = 32 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

export interface HostOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
}

export function createHost({ dispatch, staticDir, token }: HostOptions): Server {
  return createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, { ok: false, code: 'internal', error: String(e) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    // A DNS-rebinding page would arrive with its own host name.
    if (!/^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/.test(host)) return send(res, 403, { ok: false, code: 'rejected', error: 'Forbidden host.' });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, code: 'rejected', error: 'Use POST.' });
      if (req.headers[TOKEN_HEADER] !== token) return send(res, 401, { ok: false, code: 'rejected', error: 'Missing or wrong access token.' });
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      if (body === null) return send(res, 413, { ok: false, code: 'invalid_argument', error: `Request larger than ${MAX_BODY / 1024 / 1024} MB.` });
      let arg: unknown;
      try {
        arg = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return send(res, 400, { ok: false, code: 'invalid_argument', error: 'The request body is not valid JSON.' });
      }
      return send(res, 200, await dispatch(method, arg));
    }
    return serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(staticDir, rel);
    if (!file.startsWith(staticDir + sep) && file !== staticDir) return void send(res, 404, { ok: false, code: 'not_found', error: 'Not found.' });
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit the rest is read and dropped rather than the connection cut, so that the
      // client gets the 413 and its one-line reason instead of a reset.
      if (size > MAX_BODY) chunks.length = 0;
      else chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
