// `export-bundle <db> --out <file>`: sign and write this workspace's answers as a bundle (a
// drafter: its own paragraphs, for its coordinator; the coordinator: the merged state, for all).
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { assertWritableFolder, passphrase, writeFileAtomic } from '../bundle-files';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const exportBundle: Command = {
  name: 'export-bundle',
  usage: 'export-bundle <db> --out <file>',
  summary: 'Sign this workspace\'s answers into a .tdbundle file.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
    if (!positionals[0] || !values.out) throw new UserError(`usage: ${this.usage}`);
    const pass = passphrase(io);
    assertWritableFolder(values.out);
    const r = await withCore(positionals[0], io.now, async (api) => unwrap(await api['bundle.export']({ passphrase: pass })));
    writeFileAtomic(values.out, Buffer.from(r.data, 'base64'));
    io.out(`Wrote ${values.out}: bundle #${r.sequence}, ${r.answers} answers, ${r.revisions} revisions, ${(r.bytes / 1024).toFixed(0)} KB, signed by key ${r.fingerprint}.`);
    if (r.notSent.length > 0) io.err(`Not sent, because those paragraphs are not assigned to you: ${r.notSent.join(', ')}.`);
    return EXIT.ok;
  },
};
