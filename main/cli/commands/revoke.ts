// `revoke <db> --institution "<name>"`: the coordinator stops accepting an institution's key
// (lost or compromised); a new key is bound later with `trust`.
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const revoke: Command = {
  name: 'revoke',
  usage: 'revoke <db> --institution "<name>"',
  summary: 'Revoke an institution\'s key; its bundles are refused until a new key is trusted.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { institution: { type: 'string' } }, allowPositionals: true });
    if (!positionals[0] || !values.institution) throw new UserError(`usage: ${this.usage}`);
    const r = await withCore(positionals[0], io.now, async (api) => unwrap(await api['institution.revoke']({ institution: values.institution! })));
    io.out(`Revoked ${r.institution}'s key. Bundles it signs are refused until you trust a new key.`);
    return EXIT.ok;
  },
};
