// Handlers of the bundles domain: thin over main/core/bundle and main/core/identity.
import type { bundleMethods } from '../../../../shared/api/domains/bundles';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { coreError } from '../../../../shared/core-messages';
import { exportAnswers } from '../../bundle/export';
import { importBundle, importBundles } from '../../bundle/import';
import { checkInvitation, coordinatorSigner, createInvitation } from '../../bundle/invite';
import { joinFromInvitation } from '../../bundle/join';
import { identityView, institutionViews } from '../../bundle/overview';
import { revokeInstitution, rotateOwnKey, trustInstitution } from '../../bundle/trust';
import { verifyBundle } from '../../bundle/verify';
import { currentOwnKey } from '../../identity/own-keys';
import { renameSelf } from '../../identity/rename-self';
import { passphraseProtector } from '../../identity/protector';
import type { CoreContext } from '../context';

const bytes = (base64: string) => Buffer.from(base64, 'base64');

export const bundleHandlers = ({ db, now, workspace }: CoreContext): DomainHandlers<keyof typeof bundleMethods> => ({
  'identity.get': () => identityView(db),
  'identity.create': ({ passphrase }) => {
    if (currentOwnKey(db)) throw coreError('bundles.keyExists', {}, 'conflict');
    db.transaction(() => coordinatorSigner(db, passphraseProtector(passphrase), now())).immediate();
    return identityView(db);
  },
  'identity.rotate': ({ passphrase, newPassphrase }) => {
    const r = rotateOwnKey(db, passphraseProtector(passphrase), passphraseProtector(newPassphrase ?? passphrase), now());
    return { ...identityView(db), previousFingerprint: r.previous };
  },
  'identity.rename': ({ name }) => {
    const { previous } = renameSelf(db, name, now());
    return { ...identityView(db), previous };
  },
  'institution.list': () => institutionViews(db),
  'institution.invite': ({ institution, paragraphs, passphrase }) => createInvitation(db, passphraseProtector(passphrase), { institution, paragraphs }, now()),
  'institution.checkInvite': ({ institution, paragraphs }) => checkInvitation(db, { institution, paragraphs }),
  'institution.trust': ({ institution, fingerprint }) => trustInstitution(db, institution, fingerprint, now()),
  'institution.revoke': ({ institution }) => revokeInstitution(db, institution, now()),
  'workspace.join': ({ data, passphrase }) => joinFromInvitation(db, bytes(data), passphraseProtector(passphrase), now()),
  'bundle.export': ({ passphrase }) => exportAnswers(db, passphraseProtector(passphrase), now()),
  'bundle.verify': ({ data }) => verifyBundle(db, bytes(data)),
  'bundle.import': async ({ data, fileName }) => {
    const file = bytes(data);
    // A backup before an import that will change something, so that it can be undone (Backups →
    // Restore); imports within a few minutes of it share it. A bundle that verification refuses, or
    // one already imported, changes nothing: importBundle below says why and writes the audit entry.
    if (workspace?.importBackupDue() && willImport(db, file)) await workspace.backup('before-import');
    return importBundle(db, file, now(), fileName);
  },
  'bundle.importMany': async ({ files }) => {
    const list = files.map((f) => ({ bytes: bytes(f.data), fileName: f.fileName }));
    if (workspace?.importBackupDue() && list.some((f) => willImport(db, f.bytes))) await workspace.backup('before-import');
    return importBundles(db, list, now());
  },
});

function willImport(db: CoreContext['db'], file: Buffer): boolean {
  try {
    return verifyBundle(db, file).importedAt === null;
  } catch {
    return false;
  }
}
