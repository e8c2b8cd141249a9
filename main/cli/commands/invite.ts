// `invite <db> --institution "<name>" --paragraphs 5,13-17 --out <file>`: the coordinator writes a
// signed invitation for one institution (its signing key is made on first use).
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { assertWritableFolder, passphrase, writeFileAtomic } from '../bundle-files';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const invite: Command = {
  name: 'invite',
  usage: 'invite <db> --institution "<name>" --paragraphs 5,13-17 --out <file>',
  summary: 'Write a signed invitation for an institution to answer those paragraphs.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { institution: { type: 'string' }, paragraphs: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: true,
    });
    if (!positionals[0] || !values.institution || !values.paragraphs || !values.out) throw new UserError(`usage: ${this.usage}`);
    const pass = passphrase(io);
    assertWritableFolder(values.out);
    const r = await withCore(positionals[0], io.now, async (api) =>
      unwrap(await api['institution.invite']({ institution: values.institution!, paragraphs: values.paragraphs!, passphrase: pass })),
    );
    writeFileAtomic(values.out, Buffer.from(r.data, 'base64'));
    io.out(`Wrote ${values.out}: invitation for ${r.institution} to answer paragraphs ${r.paragraphs.join(', ')} (${(r.bytes / 1024).toFixed(0)} KB).`);
    io.out(`Coordinator key fingerprint (the institution compares it when joining): ${r.coordinatorFingerprint}`);
    return EXIT.ok;
  },
};
