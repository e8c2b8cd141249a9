// `trust <db> --institution "<name>" --fingerprint "<fp>"`: the coordinator binds an institution
// to the key whose fingerprint it confirmed by phone (the key of a bundle that was refused).
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const trust: Command = {
  name: 'trust',
  usage: 'trust <db> --institution "<name>" --fingerprint "<fp>"',
  summary: 'Trust an institution\'s key after comparing its fingerprint with them.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { institution: { type: 'string' }, fingerprint: { type: 'string' } }, allowPositionals: true });
    if (!positionals[0] || !values.institution || !values.fingerprint) throw new UserError(`usage: ${this.usage}`);
    const r = await withCore(positionals[0], io.now, async (api) =>
      unwrap(await api['institution.trust']({ institution: values.institution!, fingerprint: values.fingerprint! })),
    );
    io.out(`${r.institution} is now bound to the key ${r.fingerprint}${r.replaced ? '; its previous key is retired' : ''}.`);
    return EXIT.ok;
  },
};
