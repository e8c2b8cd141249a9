// Builds bundles that a real key signed but whose contents are hostile or broken, the way a buggy
// or compromised institution could: the signature holds, so everything after it must refuse them.
import { gzipSync } from 'node:zlib';
import { seal, unseal } from '../../../../main/core/bundle/container';
import { type Payload, VERSION, decodePayload } from '../../../../main/core/bundle/payload';
import { type Claims, formatClaims } from '../../../../main/core/bundle/trusted-comment';
import { type Signer, unlockSigner } from '../../../../main/core/identity/own-keys';
import type { Db } from '../../../../main/core/store/database';
import { pass } from './fixture';

export interface Forger {
  signer: Signer;
  /** A genuine payload of this signer to start from. */
  genuine: Payload;
  /**
   * Signs `payload` (or raw payload bytes) with claims that agree with it unless overridden: a
   * payload of the current version as the app writes it (chunk lines), anything else as one JSON object.
   */
  sign: (payload: unknown, claims?: Partial<Claims>, raw?: Buffer) => Buffer;
}

export function forger(db: Db, name: string, genuineBundle: Buffer): Forger {
  const signer = unlockSigner(db, pass(name));
  const genuine = decodePayload(unseal(genuineBundle).payload);
  return {
    signer,
    genuine,
    sign(payload, claims = {}, raw) {
      const p = payload as Partial<Payload>;
      const c: Claims = {
        kind: p.kind ?? 'answers', workspace: p.workspace ?? genuine.workspace, institution: genuine.signer.institution.id,
        keyId: signer.keyId, sequence: p.sequence ?? genuine.sequence, createdAt: p.createdAt ?? genuine.createdAt, ...claims,
      };
      const body = raw ?? gzipSync(Buffer.from(p.version === VERSION && Array.isArray(p.chunks) ? asLines(p) : JSON.stringify(payload), 'utf8'));
      return seal(body, signer, formatClaims(c), 'forged in a test');
    },
  };
}

/** The payload laid out as the app writes it (payload-lines.ts), whatever its header holds. */
function asLines(p: Partial<Payload>): string {
  const chunks = p.chunks as Array<{ hash?: string; value?: unknown; json?: string }>;
  const line = new Map(chunks.map((c, i) => [c?.hash, i]));
  const revisions = Array.isArray(p.revisions)
    ? p.revisions.map((r: unknown) => {
        const blocks = (r as { blocks?: unknown } | null)?.blocks;
        return Array.isArray(blocks) ? { ...(r as object), blocks: blocks.map((b) => line.get(b as string) ?? b) } : r;
      })
    : p.revisions;
  return [JSON.stringify({ ...p, revisions, chunks: chunks.length }), ...chunks.map((c) => c?.json ?? JSON.stringify(c?.value))].join('\n');
}

/** A copy of the genuine payload with a new sequence number and the given changes. */
export const variant = (f: Forger, sequence: number, change: (p: Payload) => void = () => {}): Payload => {
  const p = structuredClone(f.genuine);
  p.sequence = sequence;
  change(p);
  return p;
};
