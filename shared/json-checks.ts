// Building blocks of the checks that parsed JSON from outside (bundle payloads, answer chunks, API
// arguments) goes through: content addresses and plain objects.

/** A content address as stored and sent: SHA-256 in lowercase hex (revision ids, chunk names, conflict ids). */
export const CONTENT_HASH = /^[0-9a-f]{64}$/;

export const isContentHash = (v: unknown): v is string => typeof v === 'string' && CONTENT_HASH.test(v);

/** A JSON object: not null, not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const BASE64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_CHAR[c.charCodeAt(0)] = 1;

/**
 * Standard base64 (A–Z a–z 0–9 + /, up to two '=' at the end), as the doors send files. A loop, not
 * /^[A-Za-z0-9+/]*={0,2}$/: that took about 0.5 ms per 100 KB of bundle, three times as long.
 */
export function isBase64(s: string): boolean {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 61) end--;
  if (s.charCodeAt(end - 1) === 61) end--;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || BASE64_CHAR[c] === 0) return false;
  }
  return true;
}
