// `verify-bundle <file> --db <db> [--minisign-out <dir>] [--json]`: checks a bundle as import
// would, changing nothing. --minisign-out writes its payload, the payload's .minisig and the
// signer's .pub so that an auditor can check the signature with minisign itself.
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { minisignFiles, split } from '../../core/bundle/container';
import { readBundleFile, writeFileAtomic } from '../bundle-files';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const verifyBundle: Command = {
  name: 'verify-bundle',
  usage: 'verify-bundle <file> --db <db> [--minisign-out <dir>] [--json]',
  summary: 'Check a bundle\'s signature, signer and contents without importing it.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, 'minisign-out': { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const [file] = positionals;
    if (!file || !values.db) throw new UserError(`usage: ${this.usage}`);
    const bytes = readBundleFile(file);
    const dir = values['minisign-out'];
    if (dir) {
      // The split needs only the framing, so an altered bundle can be shown failing in minisign too.
      const parts = minisignFiles(split(bytes));
      const payload = join(dir, `${basename(file).replace(/[^\w.-]+/g, '_')}.payload`);
      writeFileAtomic(payload, parts.payload);
      writeFileAtomic(`${payload}.minisig`, parts.minisig);
      writeFileAtomic(join(dir, 'signer.pub'), parts.pub);
      io.err(`Wrote ${payload}, its .minisig and signer.pub; check with: minisign -Vm ${payload} -p ${join(dir, 'signer.pub')}`);
    }
    const r = await withCore(values.db, io.now, async (api) => unwrap(await api['bundle.verify']({ data: bytes.toString('base64') })));
    if (values.json) io.out(JSON.stringify(r));
    else {
      io.out(`Valid ${r.kind === 'invitation' ? 'invitation' : 'answer bundle'} #${r.sequence} from ${r.signer.institution ?? r.signer.institutionId}, signed ${r.createdAt}.`);
      io.out(`Signer key ${r.signer.fingerprint} (trusted here); ${r.answers} answers, ${r.revisions} revisions; workspace ${r.workspaceId}.`);
      if (r.importedAt) io.out(`Already imported on ${r.importedAt}.`);
      for (const x of r.refused) io.out(`Would not take answer ${x.ref}: ${x.reason}.`);
    }
    return EXIT.ok;
  },
};
