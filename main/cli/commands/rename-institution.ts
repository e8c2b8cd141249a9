// `rename-institution <db> --name "<name>"`: the coordinating ministry names its own institution
// (a workspace made by the app starts as "Lead ministry"), until a signed bundle carries the name out.
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const renameInstitution: Command = {
  name: 'rename-institution',
  usage: 'rename-institution <db> --name "<name>"',
  summary: 'Name this coordinating workspace\'s institution (only before any invitation or bundle is sent).',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { name: { type: 'string' } }, allowPositionals: true });
    if (!positionals[0] || values.name === undefined) throw new UserError(`usage: ${this.usage}`);
    const name = values.name;
    const r = await withCore(positionals[0], io.now, async (api) => unwrap(await api['identity.rename']({ name })));
    io.out(r.previous === r.institution ? `The institution is already named ${r.institution}.` : `Renamed ${r.previous} to ${r.institution}.`);
    return EXIT.ok;
  },
};
