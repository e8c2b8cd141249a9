// `backups <db> [--json]`, `backup <db>` and `restore <db> --backup <name>`: the workspace's rotating
// backups from the command line, including the way back from a damaged file.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const backups: Command = {
  name: 'backups',
  usage: 'backups <db> [--json]',
  summary: 'List the workspace backups, newest first.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    if (!positionals[0] || !existsSync(positionals[0])) throw new UserError(`usage: ${this.usage}`);
    // Listing works on a damaged workspace too: that is when it is needed most.
    await withCore(
      positionals[0],
      io.now,
      async (api, session) => {
        const list = unwrap(await api['backup.list']({}));
        if (values.json) io.out(JSON.stringify(list));
        else if (list.length === 0) io.out(`No backups yet in ${session.backupDir}`);
        else for (const b of list) io.out(`${b.name}  ${b.reason.padEnd(14)} ${(b.bytes / 1024).toFixed(0)} KB`);
      },
      { damaged: 'allow' },
    );
    return EXIT.ok;
  },
};

export const backup: Command = {
  name: 'backup',
  usage: 'backup <db>',
  summary: 'Take a backup of the workspace now.',
  async run(argv, io) {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true });
    const made = await withCore(positionals[0], io.now, async (api) => unwrap(await api['backup.create']({})));
    io.out(`Backed up to ${made.name}`);
    return EXIT.ok;
  },
};

export const restore: Command = {
  name: 'restore',
  usage: 'restore <db> --backup <name>',
  summary: 'Replace the workspace with one of its backups (the current file is kept as a backup).',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { backup: { type: 'string' } }, allowPositionals: true });
    const path = positionals[0];
    if (!path || !values.backup) throw new UserError(`usage: ${this.usage}`);
    const r = await withCore(path, io.now, async (api) => unwrap(await api['backup.restore']({ name: values.backup! })), { damaged: 'allow' });
    io.out(`Restored ${path} from ${r.restored}${r.previous ? `; the previous file is kept as ${r.previous}` : ''}.`);
    return EXIT.ok;
  },
};
