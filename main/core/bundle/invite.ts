// The coordinator invites an institution: a signed file with the list of issues, the current
// answers, the paragraphs it is to answer and (in the signature block) the coordinator's key.
import { randomUUID } from 'node:crypto';
import type { InviteResult } from '../../../shared/api/bundle-types';
import { coreError } from '../../../shared/core-messages';
import { addInstitution, ensureSelf, listInstitutions, setParagraphs } from '../identity/institutions';
import { currentOwnKey, insertNewOwnKey, unlockSigner } from '../identity/own-keys';
import type { SecretProtector } from '../identity/protector';
import type { Db } from '../store/database';
import { audit, readWorkspace } from '../store/workspace-store';
import { collectRevisions } from './collect';
import { parseParagraphList } from './paragraphs';
import { checkedInstitutionName } from '../identity/institution-name';
import { signBundle } from './sign';
import { readSnapshot } from './snapshot';

export const fileSlug = (name: string) =>
  name.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60) || 'institution';

/** The coordinator's own row and key, made on first use with the passphrase given. The caller holds the transaction. */
export function coordinatorSigner(db: Db, protector: SecretProtector, now: Date) {
  const ws = readWorkspace(db);
  if (ws.role !== 'coordinator') throw coreError('bundles.coordinatorOnly', {}, 'rejected');
  const self = ensureSelf(db, ws.institution, 'coordinator', now);
  if (!currentOwnKey(db)) insertNewOwnKey(db, protector, now);
  return { ws, self, signer: unlockSigner(db, protector) };
}

/**
 * What an invitation would be for, checked before the key is unlocked: a mistyped paragraph list is
 * told before the passphrase is asked for, and not under its field as if the passphrase were wrong.
 */
export function checkInvitation(db: Db, input: { institution: string; paragraphs: string }): { institution: string; paragraphs: string[] } {
  const ws = readWorkspace(db);
  if (ws.role !== 'coordinator') throw coreError('bundles.coordinatorOnly', {}, 'rejected');
  const name = checkedInstitutionName(input.institution);
  if (name.toLocaleLowerCase() === ws.institution.toLocaleLowerCase()) throw coreError('bundles.inviteSelf', { name }, 'conflict');
  return { institution: name, paragraphs: parseParagraphList(db, input.paragraphs) };
}

export function createInvitation(db: Db, protector: SecretProtector, input: { institution: string; paragraphs: string }, now: Date): InviteResult {
  return db.transaction((): InviteResult => {
    const { institution: name, paragraphs } = checkInvitation(db, input);
    const { ws, self, signer } = coordinatorSigner(db, protector, now);
    const existing = listInstitutions(db).find((i) => i.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    // Inviting again (a lost file, changed paragraphs) keeps the institution and its keys.
    const institution = existing ?? addInstitution(db, { id: randomUUID(), name, role: 'drafter', paragraphs }, now);
    if (existing) setParagraphs(db, existing.id, paragraphs);
    const { revisions, heads, chunks } = collectRevisions(db);
    const signed = signBundle(db, signer, self, ws.workspaceId, {
      kind: 'invitation', revisions, heads, chunks, recipientId: institution.id,
      invitation: { institution: { id: institution.id, name: institution.name }, paragraphs, snapshot: readSnapshot(db) },
    }, now);
    audit(db, now, ws.institution, 'bundle.invite', { institution: institution.name, institutionId: institution.id, paragraphs, sequence: signed.sequence, hash: signed.hash });
    return {
      fileName: `invitation-${fileSlug(institution.name)}.tdbundle`,
      data: signed.bytes.toString('base64'),
      bytes: signed.bytes.length,
      institution: institution.name,
      paragraphs,
      coordinatorFingerprint: signer.fingerprint,
    };
  }).immediate();
}
