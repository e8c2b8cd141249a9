// Payload version 3 (docs/bundle-format.md, section 4): the header object on the first line, then
// one line per chunk, exactly the JSON text the chunk's name is the SHA-256 of. The receiver names
// each chunk by hashing its line, so nothing is serialised again to check it, and a revision names
// a chunk of the payload by its line's index instead of repeating the 64-digit name.
import { chunkHash } from '../content/address';
import type { Payload, PayloadChunk } from './payload';
import { BundleRejected, why } from './rejection';

/** The payload's text: the chunks' stored text where known (it hashes to their names), else their JSON. */
export function joinChunkLines(p: Payload): string {
  const lines = p.chunks.map((c) => c.json ?? JSON.stringify(c.value));
  const line = new Map(p.chunks.map((c, i) => [c.hash, i]));
  const header = { ...p, revisions: p.revisions.map((r) => ({ ...r, blocks: r.blocks.map((b) => line.get(b) ?? b) })), chunks: lines.length };
  return [JSON.stringify(header), ...lines].join('\n');
}

/** The chunk lines after the header (null: there were none), each parsed and named by its hash; exactly `count` of them, each once. */
export function splitChunkLines(rest: string | null, count: number): PayloadChunk[] {
  const lines = rest === null ? [] : rest.split('\n');
  if (lines.length !== count) throw new BundleRejected('malformed', why('chunkLineCount', { lines: lines.length, count }));
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
