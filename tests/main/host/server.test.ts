// Browser mode's host: loopback only, token required for the API, no path escapes, security headers.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningHost, startHost } from '../../helpers/host-process';

let host: RunningHost;
beforeAll(async () => {
  host = await startHost();
});
afterAll(() => host.stop());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('loopback host', () => {
  it('listens on 127.0.0.1 and prints a URL with a per-run token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]{48}$/);
  });

  it('answers API calls with the token and refuses them without it (401)', async () => {
    const good = await post('/api/status.get', '{}', { 'x-treaty-desk-token': host.token });
    expect(good.status).toBe(200);
    expect(((await good.json()) as { value: { paragraphs: number } }).value.paragraphs).toBe(35);
    expect((await post('/api/status.get', '{}')).status).toBe(401);
    expect((await post('/api/status.get', '{}', { 'x-treaty-desk-token': 'wrong' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve) => {
      const req = request(`${host.origin}/api/status.get`, { method: 'POST', headers: { host: 'evil.example:80', 'x-treaty-desk-token': host.token } }, (res) => resolve(res.statusCode ?? 0));
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers malformed JSON with a one-line error', async () => {
    const res = await post('/api/status.get', '{not json', { 'x-treaty-desk-token': host.token });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, code: 'invalid_argument', error: 'The request body is not valid JSON.' });
  });

  it('answers a body over the limit with 413 and its reason, not a cut connection, and goes on serving', async () => {
    const res = await post('/api/status.get', 'x'.repeat(33 * 1024 * 1024), { 'x-treaty-desk-token': host.token });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ ok: false, code: 'invalid_argument', error: 'Request larger than 32 MB.' });
    expect((await post('/api/status.get', '{}', { 'x-treaty-desk-token': host.token })).status).toBe(200);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await fetch(`${host.origin}/`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<div id="root">');
    const escape = await fetch(`${host.origin}/..%2f..%2fpackage.json`);
    expect(await escape.text()).not.toContain('"name": "treaty-desk"');
  });
});
