// Making a bundle: the next sequence number, the payload, the signature, and the bookkeeping that
// must happen with it (the bundle_out row, sealing every revision it carries), in one transaction.
import { createHash } from 'node:crypto';
import { coreError } from '../../../shared/core-messages';
import type { Institution } from '../identity/institutions';
import type { Signer } from '../identity/own-keys';
import type { Db } from '../store/database';
import { seal } from './container';
import { BUNDLE_LIMITS, FORMAT, type Payload, VERSION, encodePayload } from './payload';
import { sealRevisions } from './seal';
import { formatClaims } from './trusted-comment';

export const APP = 'Treaty Desk 0.1.0';

export interface SignInput {
  kind: Payload['kind'];
  revisions: Payload['revisions'];
  chunks: Payload['chunks'];
  heads: Payload['heads'];
  invitation?: Payload['invitation'];
  /** The institution an invitation is for. */
  recipientId?: string;
}

export interface Signed {
  bytes: Buffer;
  sequence: number;
  hash: string;
  createdAt: string;
}

export const payloadHash = (payload: Uint8Array) => createHash('blake2b512').update(payload).digest('hex');

/** One line, safe for a minisign comment. */
const oneLine = (s: string) => s.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ').slice(0, 300);

export function signBundle(db: Db, signer: Signer, self: Institution, workspace: string, input: SignInput, now: Date): Signed {
  return db.transaction((): Signed => {
    const { last } = db.prepare('SELECT coalesce(max(seq), 0) AS last FROM bundle_out').get() as { last: number };
    const sequence = last + 1;
    const createdAt = now.toISOString();
    const payload: Payload = {
      format: FORMAT, version: VERSION, kind: input.kind, workspace, sequence, createdAt, app: APP,
      signer: { keyId: signer.keyId, publicKey: signer.publicKey.toString('base64'), institution: { id: self.id, name: self.name }, role: self.role },
      revisions: input.revisions,
      chunks: input.chunks,
      heads: input.heads,
      ...(input.invitation ? { invitation: input.invitation } : {}),
    };
    const body = encodePayload(payload);
    const claims = formatClaims({ kind: input.kind, workspace, institution: self.id, keyId: signer.keyId, sequence, createdAt });
    const what = input.kind === 'invitation' ? 'invitation' : 'answer bundle';
    const bytes = seal(body, signer, claims, oneLine(`Treaty Desk ${what} #${sequence} from ${self.name}`));
    if (bytes.length > BUNDLE_LIMITS.fileBytes) throw coreError('bundles.tooLarge', { mb: bytes.length / 1024 / 1024, max: BUNDLE_LIMITS.fileBytes / 1024 / 1024 });
    const hash = payloadHash(body);
    db.prepare('INSERT INTO bundle_out (seq, kind, key_id, institution_id, hash, revisions, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      sequence, input.kind, signer.keyId, input.recipientId ?? null, hash, input.revisions.length, bytes.length, createdAt,
    );
    sealRevisions(db, input.revisions.map((r) => r.id), 'export', now);
    return { bytes, sequence, hash, createdAt };
  }).immediate();
}
