// `institutions <db> [--json]`: this workspace's key and the institutions it exchanges bundles
// with: paragraphs, trust state, fingerprints, keys waiting for confirmation, the last bundle.
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const institutions: Command = {
  name: 'institutions',
  usage: 'institutions <db> [--json]',
  summary: 'List institutions, key fingerprints, trust state and the last bundle from each.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    if (!positionals[0]) throw new UserError(`usage: ${this.usage}`);
    const { me, list } = await withCore(positionals[0], io.now, async (api) => ({
      me: unwrap(await api['identity.get']({})),
      list: unwrap(await api['institution.list']({})),
    }));
    if (values.json) {
      io.out(JSON.stringify({ identity: me, institutions: list }));
      return EXIT.ok;
    }
    io.out(`${me.institution} (${me.role}); key ${me.key ? me.key.fingerprint : 'not made yet'}`);
    for (const i of list.filter((x) => !x.self)) {
      const key = i.keys.find((k) => k.state === 'trusted');
      const last = i.lastBundle ? `last bundle #${i.lastBundle.sequence} imported ${i.lastBundle.importedAt.slice(0, 16).replace('T', ' ')}` : 'no bundle yet';
      io.out(`- ${i.name} [${i.role}] paragraphs ${i.paragraphs.join(', ') || '-'}: ${i.trust}${key ? ` ${key.fingerprint}` : ''}; ${last}`);
      for (const p of i.pending) io.out(`    waiting for confirmation: key ${p.fingerprint} seen ${p.seenAt.slice(0, 16).replace('T', ' ')}`);
    }
    return EXIT.ok;
  },
};
