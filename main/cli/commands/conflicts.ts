// `conflicts <db> [--ref <paragraph>] [--json]`: the open merge conflicts, in document order. --json
// prints the full list (id, ref, kind, ancestor, mine, theirs with who wrote each side).
import { parseArgs } from 'node:util';
import type { ConflictSide, ConflictView } from '../../../shared/api/domains/merge';
import { UserError } from '../../../shared/result';
import { type Command, EXIT, excerpt } from '../command';
import { withCore } from '../open';

const short = (s: ConflictSide) => (s.content === null && s.value === null ? '(deleted)' : excerpt(s.text));
const who = (s: ConflictSide) => [...new Set(s.from.map((a) => a.institution))].join(', ') || 'unknown';
const where = (c: ConflictView) =>
  c.table ? `table "${c.table.title || c.table.id}" ${c.table.place}${c.table.row ? ` ${c.table.row}` : ''}${c.table.column ? ` / ${c.table.column}` : ''}` : 'text';

export const conflicts: Command = {
  name: 'conflicts',
  usage: 'conflicts <db> [--ref <paragraph>] [--json]',
  summary: 'List the open merge conflicts with both sides.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false }, ref: { type: 'string' } },
      allowPositionals: true,
    });
    if (!positionals[0]) throw new UserError(`usage: ${this.usage}`);
    const list = await withCore(positionals[0], io.now, async (api) => {
      const r = await api['conflict.list'](values.ref === undefined ? {} : { ref: values.ref });
      if (!r.ok) throw new UserError(r.error, r.code);
      return r.value;
    });
    if (values.json) {
      io.out(JSON.stringify(list));
      return EXIT.ok;
    }
    if (list.length === 0) io.out('No open conflicts.');
    for (const c of list) {
      io.out(`${c.id.slice(0, 12)}  paragraph ${c.label}, ${where(c)}`);
      io.out(`    mine   (${who(c.mine)}): ${short(c.mine)}`);
      io.out(`    theirs (${who(c.theirs)}): ${short(c.theirs)}`);
    }
    return EXIT.ok;
  },
};
