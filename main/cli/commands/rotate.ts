// `rotate <db>`: a drafting institution replaces its key (TREATY_DESK_PASSPHRASE opens the old
// one; TREATY_DESK_NEW_PASSPHRASE, if set, protects the new one). The coordinator must confirm
// the new fingerprint with `trust` before bundles signed with it are accepted.
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { passphrase } from '../bundle-files';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const rotate: Command = {
  name: 'rotate',
  usage: 'rotate <db>',
  summary: 'Replace this institution\'s signing key; prints the new fingerprint for the coordinator.',
  async run(argv, io) {
    const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
    if (!positionals[0]) throw new UserError(`usage: ${this.usage}`);
    const pass = passphrase(io);
    const next = io.env.TREATY_DESK_NEW_PASSPHRASE || undefined;
    const r = await withCore(positionals[0], io.now, async (api) => unwrap(await api['identity.rotate']({ passphrase: pass, newPassphrase: next })));
    io.out(`Replaced key ${r.previousFingerprint}. Read the new fingerprint to the coordinator, who confirms it with "trust":`);
    io.out(r.key!.fingerprint);
    return EXIT.ok;
  },
};
