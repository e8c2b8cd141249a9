// `resolve <db> --conflict <id> --keep mine|theirs|both [--json]`: settles one merge conflict. The id may be
// shortened to any unique prefix of at least 8 characters, as `conflicts` prints it.
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { withCore } from '../open';

const KEEP = ['mine', 'theirs', 'both'] as const;

export const resolve: Command = {
  name: 'resolve',
  usage: 'resolve <db> --conflict <id> --keep mine|theirs|both [--json]',
  summary: 'Resolve a merge conflict by keeping one side or both.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { conflict: { type: 'string' }, keep: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const keep = KEEP.find((k) => k === values.keep);
    if (!positionals[0] || !values.conflict || !keep) throw new UserError(`usage: ${this.usage}`);
    const prefix = values.conflict.toLowerCase();
    if (!/^[0-9a-f]{8,64}$/.test(prefix)) throw new UserError('A conflict id is 8 to 64 hex digits, as "conflicts" prints it.');
    const done = await withCore(positionals[0], io.now, async (api) => {
      const list = await api['conflict.list']({});
      if (!list.ok) throw new UserError(list.error, list.code);
      const hits = list.value.filter((c) => c.id.startsWith(prefix));
      if (hits.length === 0) throw new UserError(`No open conflict ${prefix}: run "conflicts" for the list.`, 'not_found');
      if (hits.length > 1) throw new UserError(`${prefix} matches ${hits.length} conflicts; give more of the id.`);
      const r = await api['conflict.resolve']({ id: hits[0].id, keep });
      if (!r.ok) throw new UserError(r.error, r.code);
      return { ...r.value, label: hits[0].label, id: hits[0].id };
    });
    if (values.json) io.out(JSON.stringify(done));
    else io.out(`Resolved ${done.id.slice(0, 12)} in paragraph ${done.label} (kept ${keep}); ${done.remaining} open conflict(s) left there.`);
    return EXIT.ok;
  },
};
