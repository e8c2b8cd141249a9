// A bundle of an inbox prepared ahead, on a second thread (prepare-worker.ts, inbox-preparer.ts),
// while the import works on the bundle before it: everything the bytes alone decide. The thread
// checks the signature and, for a signer whose bundles the import reads at all, reads the payload
// (the same decodePayload, with its limits), judges each chunk's shape and words
// (chunk-verdict.ts) and recomputes each revision's id. The import then
// takes the verdicts instead of working them out again; what needs the workspace (who signed, what
// is stored here, the merge) it still does itself, in the same order. A bundle the thread could not
// read is read again by the import, which refuses it with its own reason.
//
// What crosses between the threads is kept to flat data that copies fast: the payload's text, the
// chunk names as one string, and typed arrays for the verdicts (structured clone of the parsed
// payload cost the import more than reading it).
import { readSeal, unseal } from './container';
import { type Payload, VERSION, decodePayloadText, inflatePayload, readValidatedText } from './payload';
import { LineChunk } from './payload-lines';
import { revisionId } from '../content/address';
import { type ChunkVerdict, judgeLikelyPlace } from '../revisions/chunk-verdict';
import type { Unsealed } from './container';
import { rowsTextAt } from '../content/shell-text';

/** A chunk's verdict as sent: 0 none (the import judges it), or valid as a text block, a table shell, a table row. */
const enum Judged {
  None = 0,
  Block = 1,
  Shell = 2,
  Row = 3,
}

/** What the thread sends back for one bundle. */
export type PreparedMessage =
  | { index: number; ok: true; text: string; names: string; judged: Uint8Array; words: Uint32Array; rowsAt: Uint32Array; idChecked: Uint8Array }
  | { index: number; ok: false };


/** The signers whose bundles the thread reads, as it is handed them: each raw public key in hex. */
export const signerSet = (keys: readonly Buffer[]): ReadonlySet<string> => new Set(keys.map((k) => k.toString('hex')));

/**
 * On the preparing thread: everything the bytes alone decide, or ok: false for the import to find
 * out why. Only bundles signed with one of `signers` (verify.ts, keysReadFrom) are read: the import
 * refuses any other before inflating its payload, so the thread leaves it unread too.
 */
export function prepareBundle(index: number, bytes: Buffer, signers: ReadonlySet<string>): PreparedMessage {
  try {
    const sealed = unseal(bytes);
    if (!signers.has(sealed.key.raw.toString('hex'))) return { index, ok: false };
    const text = inflatePayload(sealed.payload);
    const payload = decodePayloadText(text);
    // Version 2 (one object) carries values, not lines: the import reads it as before.
    if (payload.version !== VERSION) return { index, ok: false };
    const names = new Set(payload.chunks.map((c) => c.hash));
    const judged = new Uint8Array(payload.chunks.length);
    const words = new Uint32Array(payload.chunks.length);
    // For a valid table shell: where its row names stand in its line (shell-text.ts), 0 if not as JSON writes them.
    const rowsAt = new Uint32Array(payload.chunks.length);
    payload.chunks.forEach((c, i) => {
      const v = judgeLikelyPlace(c.value, (h) => names.has(h));
      if (v.row === null) judged[i] = Judged.Row;
      else if (v.top?.problem === null) {
        judged[i] = v.top.table ? Judged.Shell : Judged.Block;
        if (v.top.table) rowsAt[i] = c.json === undefined ? 0 : rowsTextAt(c.json, (c.value as { rows: string[] }).rows);
        else words[i] = v.top.words;
      }
    });
    const idChecked = Uint8Array.from(payload.revisions, (r) => (r.idVersion === undefined && revisionId(r.ref, r.parents, r.blocks, r.author, r.createdAt) === r.id ? 1 : 0));
    return { index, ok: true, text, names: payload.chunks.map((c) => c.hash).join(''), judged, words, rowsAt, idChecked };
  } catch {
    return { index, ok: false };
  }
}

/** Revisions whose ids the thread recomputed from their own fields (never anything read from a file). */
const idsChecked = new WeakSet<object>();

export const idWasChecked = (revision: object): boolean => idsChecked.has(revision);

function verdictOf(judged: number, words: number): ChunkVerdict | undefined {
  if (judged === Judged.Block) return { top: { table: false, problem: null, words } };
  if (judged === Judged.Shell) return { top: { table: true, problem: null } };
  if (judged === Judged.Row) return { row: null };
  return undefined;
}

/**
 * On the import's thread: a bundle as the thread read it. Made only by Prepared.from, from the
 * very bytes the thread was given: their signature held there, so the seal is read without checking
 * it again, and only for those bytes. The payload is read from the thread's text when the import
 * gets that far: a bundle refused before (an unknown signer, one already imported) is never read.
 */
export class Prepared {
  private read?: Payload;

  private constructor(
    private readonly bytes: Buffer,
    private readonly m: Extract<PreparedMessage, { ok: true }>,
  ) {}

  static from(bytes: Buffer, m: Extract<PreparedMessage, { ok: true }>): Prepared {
    return new Prepared(bytes, m);
  }

  /** The seal of `bytes` when they are the bytes the thread checked; null otherwise (check them yourself). */
  sealOf(bytes: Buffer): Unsealed | null {
    return bytes === this.bytes ? readSeal(bytes) : null;
  }

  /** The payload, the thread's verdicts on its chunks and ids attached. */
  payload(): Payload {
    if (this.read) return this.read;
    const m = this.m;
    const payload = readValidatedText(m.text, m.names);
    payload.chunks.forEach((c, i) => {
      (c as LineChunk).verdict = verdictOf(m.judged[i], m.words[i]);
      if (m.judged[i] === Judged.Shell && m.rowsAt[i] > 0) (c as LineChunk).rowsAt = m.rowsAt[i];
    });
    payload.revisions.forEach((r, i) => {
      if (m.idChecked[i] === 1) idsChecked.add(r);
    });
    return (this.read = payload);
  }
}
