// Building blocks of the checks that parsed JSON from outside (bundle payloads, answer chunks, API
// arguments) goes through: content addresses and plain objects.

/** A content address as stored and sent: SHA-256 in lowercase hex (revision ids, chunk names, conflict ids). */
export const CONTENT_HASH = /^[0-9a-f]{64}$/;

export const isContentHash = (v: unknown): v is string => typeof v === 'string' && CONTENT_HASH.test(v);

/** A JSON object: not null, not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
