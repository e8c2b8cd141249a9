// Exporting answers as a signed bundle. A drafting institution sends the answers of its own
// paragraphs to its coordinator; the coordinator sends the merged state of every answer back.
import type { ExportResult } from '../../../shared/api/bundle-types';
import { UserError } from '../../../shared/result';
import { keysOf, listInstitutions, selfInstitution } from '../identity/institutions';
import { unlockSigner } from '../identity/own-keys';
import type { SecretProtector } from '../identity/protector';
import type { Db } from '../store/database';
import { audit, readWorkspace } from '../store/workspace-store';
import { collectRevisions } from './collect';
import { coordinatorSigner, fileSlug } from './invite';
import { paragraphOf } from './paragraphs';
import { signBundle } from './sign';

export function exportAnswers(db: Db, protector: SecretProtector, now: Date): ExportResult {
  return db.transaction((): ExportResult => {
    const ws = readWorkspace(db);
    let context;
    if (ws.role === 'coordinator') context = coordinatorSigner(db, protector, now);
    else {
      const self = selfInstitution(db);
      if (!self) throw new UserError('This workspace has not joined a reporting workspace: join from an invitation first.', 'rejected');
      context = { ws, self, signer: unlockSigner(db, protector) };
    }
    const { self, signer } = context;
    const mine = ws.role === 'drafter' ? self.paragraphs : undefined;
    // What came from the coordinator is the coordinator's already (and it takes from a drafter only
    // the drafter's own writing): a drafter's bundle leaves it out.
    const coordinatorKeys = new Set(
      ws.role === 'drafter' ? listInstitutions(db).filter((i) => i.role === 'coordinator').flatMap((i) => keysOf(db, i.id).map((k) => k.keyId)) : [],
    );
    const { revisions, heads, chunks } = collectRevisions(db, mine, coordinatorKeys);
    const notSent = mine
      ? (db.prepare('SELECT node_ref FROM answer WHERE words > 0').all() as Array<{ node_ref: string }>)
          .map((r) => r.node_ref)
          .filter((ref) => !mine.includes(paragraphOf(ref)))
      : [];
    const signed = signBundle(db, signer, self, ws.workspaceId, { kind: 'answers', revisions, heads, chunks }, now);
    audit(db, now, ws.institution, 'bundle.export', { sequence: signed.sequence, hash: signed.hash, answers: Object.keys(heads).length, revisions: revisions.length, bytes: signed.bytes.length });
    const stamp = signed.createdAt.slice(0, 10);
    return {
      fileName: `${fileSlug(self.name)}-${stamp}-${signed.sequence}.tdbundle`,
      data: signed.bytes.toString('base64'),
      bytes: signed.bytes.length,
      sequence: signed.sequence,
      revisions: revisions.length,
      answers: Object.keys(heads).length,
      fingerprint: signer.fingerprint,
      notSent,
    };
  })();
}
