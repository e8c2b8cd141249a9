// The signed payload (docs/bundle-format.md): gzip of UTF-8 text. Version 3, written now, is a line
// with the header object, then one line per chunk, named by the hash of that line
// (payload-lines.ts); version 2, still read, was one JSON object holding the chunks. Decoding
// happens only after the signature held, and still trusts nothing: sizes are capped before and
// while inflating, nesting depth is checked before JSON.parse, and one strict schema decides.
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { QUESTION_REF, questionRef } from '../../../shared/api/refs';
import { displayName, oneLine } from '../../../shared/api/display-name';
import { CONTENT_HASH, isContentHash, isRecord } from '../../../shared/json-checks';
import { joinChunkLines, refuseRepeatedChunks, splitChunkLines } from './payload-lines';
import { BundleRejected, why } from './rejection';

export const FORMAT = 'treaty-desk-bundle';
export const VERSION = 3;
/** The one-object layout that came before (chunks inside, each with its hash): still read. */
export const ONE_OBJECT_VERSION = 2;

export const BUNDLE_LIMITS = {
  fileBytes: 16 * 1024 * 1024,
  payloadJsonBytes: 96 * 1024 * 1024,
  revisions: 50_000,
  chunks: 500_000,
  depth: 32,
  nodes: 5_000,
  paragraphs: 1_000,
} as const;

const hex64 = z.string().regex(CONTENT_HASH, 'must be 64 hex digits');
const keyId = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits');
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID');
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const iso = z.string().regex(ISO_UTC, 'must be an ISO time in UTC');
const text = (max: number) => z.string().max(max);

export const revisionSchema = z
  .object({
    id: hex64,
    ref: questionRef,
    parents: z.array(hex64).max(16),
    author: displayName,
    createdAt: iso,
    /** The names of the answer's blocks, in order; the id covers them (main/core/content/address.ts). */
    blocks: z.array(hex64).min(1).max(5000),
    /** Present for a revision written before workspace schema 7: its id covers the whole content's JSON. */
    idVersion: z.literal(1).optional(),
  })
  .strict();

/** A piece of answer content named by the SHA-256 of its JSON; the merge checks each new one in depth. */
export const chunkSchema = z.object({ hash: hex64, value: z.unknown() }).strict();

const institutionRef = z.object({ id: uuid, name: displayName }).strict();

const nodeSchema = z
  .object({
    ref: z.string().regex(/^(?:h\d{1,5}|\d{1,3}(?:[a-z]{1,2}(?:\.[a-z]{1,6})*)?)$/, 'must be a node reference'),
    parentRef: z.string().max(40).nullable(),
    kind: z.enum(['section', 'heading', 'articles', 'paragraph', 'subitem']),
    label: text(200),
    text: text(20_000),
    ord: z.number().int().min(0).max(1_000_000),
    articles: z.array(z.number().int().min(0).max(1000)).max(100),
    refs: z.array(text(200)).max(100),
    /** Set when a re-imported list no longer has this question; its answers stay. */
    retiredAt: iso.nullable(),
  })
  .strict();

export const documentSnapshotSchema = z
  .object({
    document: z
      .object({
        symbol: text(200).nullable(),
        committee: text(200).nullable(),
        stateParty: text(200).nullable(),
        title: text(2000).min(1),
        language: text(20),
        note: text(5000).nullable(),
        sourceName: text(300).nullable(),
        wordLimit: z.number().int().positive().max(10_000_000),
        wordsPerPage: z.number().int().positive().max(100_000),
      })
      .strict(),
    nodes: z.array(nodeSchema).min(1).max(BUNDLE_LIMITS.nodes),
    footnotes: z.array(z.object({ marker: text(20), text: text(20_000), nodeRef: z.string().max(40).nullable() }).strict()).max(BUNDLE_LIMITS.nodes),
    limits: z
      .array(
        z
          .object({
            scopeKind: z.enum(['document', 'section', 'paragraph']),
            scopeRef: text(40).nullable(),
            unit: z.enum(['words', 'pages']),
            value: z.number().int().positive().max(10_000_000),
            source: text(2000),
          })
          .strict(),
      )
      .max(500),
  })
  .strict();

const payloadObject = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(ONE_OBJECT_VERSION),
    kind: z.enum(['answers', 'invitation']),
    workspace: uuid,
    sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    createdAt: iso,
    app: text(100),
    signer: z.object({ keyId, publicKey: z.string().max(64), institution: institutionRef, role: z.enum(['coordinator', 'drafter']) }).strict(),
    revisions: z.array(revisionSchema).max(BUNDLE_LIMITS.revisions),
    /** Every chunk the revisions name, once. */
    chunks: z.array(chunkSchema).max(BUNDLE_LIMITS.chunks),
    /** The signer's head revision of each answer it sends. */
    heads: z.record(questionRef, hex64),
    invitation: z
      .object({
        institution: institutionRef,
        paragraphs: z.array(z.string().regex(/^\d{1,3}$/)).min(1).max(BUNDLE_LIMITS.paragraphs),
        snapshot: documentSnapshotSchema,
      })
      .strict()
      .optional(),
  })
  .strict();

const invitationOnly = (p: { kind: string; invitation?: unknown }, ctx: z.RefinementCtx) => {
  if ((p.kind === 'invitation') !== (p.invitation !== undefined)) ctx.addIssue({ code: 'custom', message: 'an invitation, and only an invitation, carries invitation details' });
};

export const payloadSchema = payloadObject.superRefine(invitationOnly);

// The same schema with the revision and chunk lists taken as they are: those hold nearly all of a
// bundle (tens of thousands of objects), so decodePayload checks them one by one with the
// written-out predicates below and asks the item schemas only about one that fails them.
const payloadEnvelope = payloadObject
  .extend({ revisions: z.array(z.unknown()).max(BUNDLE_LIMITS.revisions), chunks: z.array(z.unknown()).max(BUNDLE_LIMITS.chunks) })
  .superRefine(invitationOnly);

// Version 3's header line: the revisions name a chunk of the payload by its line's index, and
// `chunks` says how many lines follow.
const linesEnvelope = payloadObject
  .extend({
    version: z.literal(VERSION),
    revisions: z.array(z.unknown()).max(BUNDLE_LIMITS.revisions),
    chunks: z.number().int().min(0).max(BUNDLE_LIMITS.chunks),
  })
  .superRefine(invitationOnly);
/** A revision as version 3 writes it (payload-lines.ts): a block may be the index of a chunk line. */
export const lineRevisionSchema = revisionSchema.extend({ blocks: z.array(z.union([hex64, z.number().int().min(0)])).min(1).max(5000) });

const REVISION_KEYS = new Set(['id', 'ref', 'parents', 'author', 'createdAt', 'blocks', 'idVersion']);

/**
 * Accepts only what revisionSchema accepts; with `chunkLines` (version 3), a block may also be the
 * index of one of that many chunk lines instead of a name.
 */
export function isPlainRevision(v: unknown, chunkLines = 0): boolean {
  if (!isRecord(v) || !isContentHash(v.id) || typeof v.ref !== 'string' || !QUESTION_REF.test(v.ref)) return false;
  for (const k in v) if (!REVISION_KEYS.has(k)) return false;
  if (!Array.isArray(v.parents) || v.parents.length > 16 || !v.parents.every(isContentHash)) return false;
  if (typeof v.author !== 'string' || v.author.length < 1 || v.author.length > 200 || !oneLine(v.author)) return false;
  if (typeof v.createdAt !== 'string' || !ISO_UTC.test(v.createdAt)) return false;
  if (!Array.isArray(v.blocks) || v.blocks.length < 1 || v.blocks.length > 5000) return false;
  // A loop, not every() with a closure: a payload has thousands of revisions, and the closure (named
  // for stack traces by the build) cost more than the test.
  for (const b of v.blocks as unknown[]) {
    if (typeof b === 'number' ? !(Number.isInteger(b) && b >= 0 && b < chunkLines) : !isContentHash(b)) return false;
  }
  return !('idVersion' in v) || v.idVersion === 1;
}

/** Accepts only what chunkSchema accepts. */
export const isPlainChunk = (v: unknown): boolean => isRecord(v) && isContentHash(v.hash) && 'value' in v && Object.keys(v).length === 2;

/** A chunk as a payload carries it: its name, its value and, when known, the exact text its name is the hash of. */
export interface PayloadChunk {
  hash: string;
  value: unknown;
  /** Version 3 names a chunk by its line (the receiver hashed it); chunks read from the store have theirs. */
  json?: string;
}

export type Payload = Omit<z.infer<typeof payloadSchema>, 'version' | 'chunks'> & { version: number; chunks: PayloadChunk[] };
export type BundleRevision = z.infer<typeof revisionSchema>;
export type DocumentSnapshot = z.infer<typeof documentSnapshotSchema>;

/** Version 3 as chunk lines; a payload of another version (a test's) as one JSON object. */
export function encodePayload(p: Payload): Buffer {
  return gzipSync(Buffer.from(p.version === VERSION ? joinChunkLines(p) : JSON.stringify(p), 'utf8'), { level: 9 });
}

/** Inflates and validates a payload whose signature has already been verified. */
export function decodePayload(bytes: Buffer): Payload {
  return decodePayloadText(inflatePayload(bytes));
}

/** The payload's text, inflated within the limit. */
export function inflatePayload(bytes: Buffer): string {
  let json: Buffer;
  try {
    json = gunzipSync(bytes, { maxOutputLength: BUNDLE_LIMITS.payloadJsonBytes });
  } catch (e) {
    const tooBig = (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError;
    throw new BundleRejected(tooBig ? 'oversized' : 'malformed', tooBig ? why('inflatesTooMuch', { max: BUNDLE_LIMITS.payloadJsonBytes / 1024 / 1024 }) : why('notGzip', {}));
  }
  return strictUtf8(json);
}

/** Validates a payload's text (inflatePayload). */
export function decodePayloadText(textValue: string): Payload {
  // Version 3 is a header line and chunk lines; version 2, one JSON object (on one line, as written).
  const nl = textValue.indexOf('\n');
  const first = nl < 0 ? parseJsonLimited(textValue, BUNDLE_LIMITS.depth) : headerLine(textValue.slice(0, nl));
  // A later version keeps its header line first (docs/bundle-format.md, section 9): its version is read there.
  refuseUnknownVersion(first);
  if (isRecord(first) && first.format === FORMAT && first.version === VERSION) return decodeLines(first, nl < 0 ? null : textValue.slice(nl + 1));
  const value = nl < 0 ? first : parseJsonLimited(textValue, BUNDLE_LIMITS.depth);
  refuseUnknownVersion(value);
  const parsed = payloadEnvelope.safeParse(value);
  if (!parsed.success) throw new BundleRejected('malformed', describe(parsed.error));
  checkItems(parsed.data.revisions, 'revisions', isPlainRevision, revisionSchema);
  checkItems(parsed.data.chunks, 'chunks', isPlainChunk, chunkSchema);
  refuseRepeatedChunks(parsed.data.chunks as PayloadChunk[]);
  return parsed.data as Payload;
}

/** A payload of ours in a version this app does not read: the sender or the receiver must update. */
function refuseUnknownVersion(value: unknown): void {
  const version = isRecord(value) && value.format === FORMAT ? value.version : undefined;
  if (typeof version !== 'number' || version === VERSION || version === ONE_OBJECT_VERSION) return;
  throw new BundleRejected('unsupported_version', version < VERSION ? why('olderFormat', { version }) : why('newerFormat', { version }));
}

/** The first line as JSON, checked as the payload is; undefined when it is not JSON alone (a payload of version 2 written over lines). */
function headerLine(line: string): unknown {
  checkJsonText(line, BUNDLE_LIMITS.depth);
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function decodeLines(header: unknown, rest: string | null): Payload {
  const parsed = linesEnvelope.safeParse(header);
  if (!parsed.success) throw new BundleRejected('malformed', describe(parsed.error));
  const lines = parsed.data.chunks;
  const chunks = splitChunkLines(rest, lines);
  const revisions = parsed.data.revisions.map((r, i) => {
    if (!isPlainRevision(r, lines)) {
      const checked = lineRevisionSchema.safeParse(r);
      if (!checked.success) throw new BundleRejected('malformed', describe(checked.error, `revisions.${i}`));
      throw new BundleRejected('malformed', why('chunkLineMissing', { index: i, lines }));
    }
    return withBlockNames(r as LineRevision, chunks);
  });
  return { ...parsed.data, revisions, chunks };
}

/**
 * A version 3 payload's text that decodePayloadText has validated already, on the thread that
 * prepared the bundle (prepare.ts), read again here without its checks. `names`: the chunk lines'
 * hashes that thread computed, 64 hex digits each in line order; the lines are parsed only when
 * their values are read. Never for text that has not passed decodePayloadText.
 */
export function readValidatedText(textValue: string, names: string): Payload {
  const nl = textValue.indexOf('\n');
  const header = JSON.parse(nl < 0 ? textValue : textValue.slice(0, nl)) as Omit<Payload, 'revisions' | 'chunks'> & { revisions: LineRevision[]; chunks: number };
  const chunks = splitChunkLines(nl < 0 ? null : textValue.slice(nl + 1), header.chunks, names);
  return { ...header, revisions: header.revisions.map((r) => withBlockNames(r, chunks)), chunks };
}

/** A version 3 revision names a block of the payload by its chunk line's index. */
type LineRevision = Omit<BundleRevision, 'blocks'> & { blocks: Array<string | number> };

/** The revision with each block named by its hash, a line index replaced by that line's name. */
const withBlockNames = (r: LineRevision, chunks: readonly PayloadChunk[]): BundleRevision => ({
  ...r,
  blocks: r.blocks.map((b) => (typeof b === 'number' ? chunks[b].hash : b)),
});

function checkItems(items: unknown[], path: string, plain: (v: unknown) => boolean, schema: z.ZodType): void {
  items.forEach((item, i) => {
    if (plain(item)) return;
    const r = schema.safeParse(item);
    if (!r.success) throw new BundleRejected('malformed', describe(r.error, `${path}.${i}`));
  });
}

export function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new BundleRejected('malformed', why('payloadNotUtf8', {}));
  }
}

/**
 * The objects whose keys must be unique: the payload, its lists' items (revisions, chunk entries)
 * and the heads. A repeated key there (a decoy "revisions" before the real one) would make the
 * signed bytes mean one thing to this app, which takes the last, and another to a reader that
 * takes the first. Deeper objects are answer content, which is hashed and stored as JSON.parse
 * reads it, so a repetition there cannot make two readers disagree on what was imported.
 */
const KEYED_DEPTH = 3;

/** JSON.parse after checking nesting depth, so hostile input cannot exhaust the stack, and the keys of the outer objects. */
export function parseJsonLimited(textValue: string, maxDepth: number): unknown {
  checkJsonText(textValue, maxDepth);
  try {
    return JSON.parse(textValue);
  } catch {
    throw new BundleRejected('malformed', why('payloadNotJson', {}));
  }
}

/** The checks of parseJsonLimited without the parse: nesting depth, and no key repeated in the outer objects. */
export function checkJsonText(textValue: string, maxDepth: number): void {
  // One entry per open container: the keys seen so far (an object to check), 'o' (an object not
  // checked) or 'a' (an array); after '{' or ',' in an object the next string is a key.
  const open: Array<Set<string> | 'o' | 'a'> = [];
  let expectKey = false;
  for (let i = 0; i < textValue.length; i++) {
    const c = textValue.charCodeAt(i);
    if (c === 0x22) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes.
      let q = i;
      for (;;) {
        q = textValue.indexOf('"', q + 1);
        if (q < 0) break;
        let slashes = 0;
        while (textValue.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
      }
      if (q < 0) break;
      const keys = open[open.length - 1];
      if (expectKey && keys instanceof Set) {
        const raw = textValue.slice(i + 1, q);
        let key = raw;
        if (raw.includes('\\')) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            break; // not valid JSON: the parse says so
          }
        }
        if (keys.has(key)) throw new BundleRejected('malformed', why('repeatsKey', { key: key.slice(0, 40) }));
        keys.add(key);
      }
      expectKey = false;
      i = q;
    } else if (c === 0x7b || c === 0x5b) {
      if (open.length >= maxDepth) throw new BundleRejected('malformed', why('nestedTooDeep', { depth: maxDepth }));
      open.push(c === 0x5b ? 'a' : open.length < KEYED_DEPTH ? new Set() : 'o');
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      expectKey = false;
    } else if (c === 0x2c) expectKey = open[open.length - 1] !== 'a';
  }
}

export function describe(error: z.ZodError, under?: string): string {
  const first = error.issues[0];
  const parts = [...(under ? [under] : []), ...first.path.map(String)];
  const path = parts.length > 0 ? parts.join('.') : 'payload';
  return `${path} ${first.message}`.slice(0, 300);
}
