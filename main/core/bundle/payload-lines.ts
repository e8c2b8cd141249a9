// Payload version 3 (docs/bundle-format.md, section 4): the header object on the first line, then
// one line per chunk, exactly the JSON text the chunk's name is the SHA-256 of. The receiver names
// each chunk by hashing its line, so nothing is serialised again to check it, and a revision names
// a chunk of the payload by its line's index instead of repeating the 64-digit name.
import { chunkHash } from '../content/address';
import type { ChunkVerdict } from '../revisions/chunk-verdict';
import type { Payload, PayloadChunk } from './payload';
import { BundleRejected, why } from './rejection';

/** The payload's text: the chunks' stored text where known (it hashes to their names), else their JSON. */
export function joinChunkLines(p: Payload): string {
  const lines = p.chunks.map((c) => c.json ?? JSON.stringify(c.value));
  const line = new Map(p.chunks.map((c, i) => [c.hash, i]));
  const header = { ...p, revisions: p.revisions.map((r) => ({ ...r, blocks: r.blocks.map((b) => line.get(b) ?? b) })), chunks: lines.length };
  return [JSON.stringify(header), ...lines].join('\n');
}

/**
 * A chunk line whose name was computed, and whose JSON was found valid, by the thread that read the
 * same text before (prepare.ts): parsed only when its value is read, which the verdict of its check
 * mostly spares.
 */
export class LineChunk implements PayloadChunk {
  private held: unknown;
  parsed = false;
  verdict?: ChunkVerdict;
  /** A valid table shell: where its row names stand in the line (main/core/content/shell-text.ts). */
  rowsAt?: number;

  constructor(
    readonly hash: string,
    readonly json: string,
  ) {}

  get value(): unknown {
    if (!this.parsed) {
      this.held = JSON.parse(this.json);
      this.parsed = true;
    }
    return this.held;
  }
}

/**
 * The chunk lines after the header (null: there were none), each parsed and named by its hash;
 * exactly `count` of them, each once. `names`: their hashes as computed before (readValidatedText).
 */
export function splitChunkLines(rest: string | null, count: number, names?: string): PayloadChunk[] {
  const lines = rest === null ? [] : rest.split('\n');
  if (lines.length !== count) throw new BundleRejected('malformed', why('chunkLineCount', { lines: lines.length, count }));
  if (names !== undefined) {
    if (names.length !== count * 64) throw new Error('chunk names do not match the chunk lines');
    // That thread refused a repeated line already, in this same text.
    return lines.map((json, i) => new LineChunk(names.slice(i * 64, i * 64 + 64), json));
  }
  const chunks = lines.map((json, i) => {
    let value: unknown;
    try {
      // JSON.parse reads deep nesting without recursion; the shape checks that follow look only a few levels down.
      value = JSON.parse(json);
    } catch {
      throw new BundleRejected('malformed', why('chunkLineNotJson', { line: i + 1 }));
    }
    return { hash: chunkHash(json), value, json };
  });
  refuseRepeatedChunks(chunks);
  return chunks;
}

/** A payload (of either version) carries each chunk once. */
export function refuseRepeatedChunks(chunks: ReadonlyArray<{ hash: string }>): void {
  const seen = new Set<string>();
  for (const { hash } of chunks) {
    if (seen.has(hash)) throw new BundleRejected('malformed', why('chunkTwice', { chunk: hash.slice(0, 12) }));
    seen.add(hash);
  }
}
