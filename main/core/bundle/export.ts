// Exporting answers as a signed bundle. A drafting institution sends the answers of its own
// paragraphs to its coordinator; the coordinator sends the merged state of every answer back.
import type { ExportResult } from '../../../shared/api/bundle-types';
import { coreError } from '../../../shared/core-messages';
import { keysOf, listInstitutions, selfInstitution } from '../identity/institutions';
import { unlockSigner } from '../identity/own-keys';
import type { SecretProtector } from '../identity/protector';
import type { Db } from '../store/database';
import { audit, readWorkspace } from '../store/workspace-store';
import { collectRevisions } from './collect';
import { coordinatorSigner, fileSlug } from './invite';
import { paragraphOf } from './paragraphs';
import { signBundle } from './sign';

/**
 * A drafter's answers outside its paragraphs that it changed and never sent: those whose history,
 * followed back to what it received, holds a revision of its own (not a merge the import wrote)
 * that no bundle carried. The coordinator's text it only received is not its to send, nor listed.
 */
function changedOutside(db: Db, mine: readonly string[]): string[] {
  const assigned = new Set(mine);
  const changed = db
    .prepare(
      `WITH RECURSIVE walk(id) AS (
         SELECT head FROM answer WHERE node_ref = ?
         UNION
         SELECT p.value FROM walk JOIN revision r ON r.id = walk.id, json_each(r.parents) p WHERE r.origin_institution IS NULL
       )
       SELECT EXISTS (SELECT 1 FROM walk JOIN revision r ON r.id = walk.id
         WHERE r.origin_institution IS NULL AND r.sealed_via IS NULL
           AND NOT EXISTS (SELECT 1 FROM merge_revision m WHERE m.revision_id = r.id AND m.kind = 'auto'))`,
    )
    .pluck();
  return (db.prepare('SELECT a.node_ref FROM answer a JOIN node n ON n.ref = a.node_ref ORDER BY n.ord').pluck().all() as string[])
    .filter((ref) => !assigned.has(paragraphOf(ref)) && changed.get(ref) === 1);
}

export function exportAnswers(db: Db, protector: SecretProtector, now: Date): ExportResult {
  return db.transaction((): ExportResult => {
    const ws = readWorkspace(db);
    let context;
    if (ws.role === 'coordinator') context = coordinatorSigner(db, protector, now);
    else {
      const self = selfInstitution(db);
      if (!self) throw coreError('bundles.notJoined', {}, 'rejected');
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
    const notSent = mine ? changedOutside(db, mine) : [];
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
  }).immediate();
}
