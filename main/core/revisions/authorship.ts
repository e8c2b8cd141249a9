// Who wrote a revision, as the conflict queue and provenance show it.
import type { Authorship } from '../../../shared/api/domains/merge';
import { stmt } from './statements';
import type { Db } from '../store/database';
import { keyById } from '../identity/institutions';
import { AUTO_MERGE_AUTHOR } from './heads';

export function authorshipReader(db: Db): (id: string) => Authorship {
  const self = (stmt(db, 'SELECT institution FROM workspace').get() as { institution: string } | undefined)?.institution ?? '';
  const get = stmt(
    db,
    `SELECT r.id, r.author, r.created_at, r.origin_institution AS institution, r.origin_key_id AS signer_key_id, m.kind FROM revision r
     LEFT JOIN merge_revision m ON m.revision_id = r.id WHERE r.id = ?`,
  );
  const cache = new Map<string, Authorship>();
  const fingerprints = new Map<string, string | null>();
  const fingerprintOf = (keyId: string | null) => {
    if (keyId === null) return null;
    if (!fingerprints.has(keyId)) fingerprints.set(keyId, keyById(db, keyId)?.fingerprint ?? null);
    return fingerprints.get(keyId) ?? null;
  };
  return (id) => {
    const hit = cache.get(id);
    if (hit) return hit;
    const r = get.get(id) as
      | { id: string; author: string; created_at: string; institution: string | null; signer_key_id: string | null; kind: string | null }
      | undefined;
    const a: Authorship = r
      ? {
          revision: r.id, author: r.author, institution: r.institution ?? self, signerKeyId: r.institution ? r.signer_key_id : null,
          signerFingerprint: r.institution ? fingerprintOf(r.signer_key_id) : null,
          createdAt: r.created_at, merge: r.kind === 'auto' || r.author === AUTO_MERGE_AUTHOR,
        }
      : { revision: id, author: '', institution: '', signerKeyId: null, signerFingerprint: null, createdAt: '', merge: false };
    cache.set(id, a);
    return a;
  };
}
