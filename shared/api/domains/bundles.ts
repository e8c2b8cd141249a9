// Signed answer bundles: our identity and key, the institutions of the reporting workspace and
// their keys (invite, trust, revoke), joining from an invitation, and exporting, verifying and
// importing bundles. Files travel as base64 so that every door (IPC, HTTP, CLI) passes them alike.
import { z } from 'zod';
import { type ExportResult, type IdentityView, type ImportReport, type InstitutionView, type InviteResult, type JoinResult, MANY_FILES, type VerifyReport } from '../bundle-types';
import { isBase64 } from '../../json-checks';

const none = z.object({}).strict();
const passphrase = z.string().min(1, 'a passphrase is needed').max(1024);
/** 16 MB of file is at most 22,369,624 base64 characters; anything else is not a bundle upload. */
const FILE_CHARS = 22_369_624;
const fileData = z
  .string()
  .min(1)
  .max(FILE_CHARS, 'the file is larger than 16 MB')
  .refine(isBase64, 'must be base64');
const institution = z.string().min(1).max(300);

export const bundleMethods = {
  'identity.get': none,
  'identity.create': z.object({ passphrase }).strict(),
  'identity.rotate': z.object({ passphrase, newPassphrase: passphrase.optional() }).strict(),
  /** The coordinator names its own institution, until a signed bundle carries the name out (main/core/identity/rename-self.ts). */
  'identity.rename': z.object({ name: z.string().min(1).max(1000) }).strict(),
  'institution.list': none,
  'institution.invite': z.object({ institution, paragraphs: z.string().min(1).max(1000), passphrase }).strict(),
  /** The checks of an invitation that need no key (the name, the paragraph list), before the passphrase is asked for. */
  'institution.checkInvite': z.object({ institution, paragraphs: z.string().min(1).max(1000) }).strict(),
  'institution.trust': z.object({ institution, fingerprint: z.string().min(1).max(200) }).strict(),
  'institution.revoke': z.object({ institution }).strict(),
  'workspace.join': z.object({ data: fileData, passphrase }).strict(),
  'bundle.export': z.object({ passphrase }).strict(),
  'bundle.verify': z.object({ data: fileData }).strict(),
  'bundle.import': z.object({ data: fileData, fileName: z.string().max(1000).optional() }).strict(),
  /**
   * Several files in one go, in order: one report each (see importBundles). A file's data is not
   * held to fileData here: an empty, oversized or damaged file is refused on its own, in its report,
   * instead of refusing the whole call.
   */
  'bundle.importMany': z
    .object({ files: z.array(z.object({ data: z.string().max(2 * FILE_CHARS), fileName: z.string().max(1000).optional() }).strict()).min(1).max(MANY_FILES) })
    .strict(),
} as const;

export interface BundleReturns {
  'identity.get': IdentityView;
  'identity.create': IdentityView;
  'identity.rotate': IdentityView & { previousFingerprint: string };
  'identity.rename': IdentityView & { previous: string };
  'institution.list': InstitutionView[];
  'institution.invite': InviteResult;
  'institution.checkInvite': { institution: string; paragraphs: string[] };
  'institution.trust': { institution: string; fingerprint: string; replaced: boolean };
  'institution.revoke': { institution: string; revoked: number };
  'workspace.join': JoinResult;
  'bundle.export': ExportResult;
  'bundle.verify': VerifyReport;
  'bundle.import': ImportReport;
  'bundle.importMany': ImportReport[];
}
