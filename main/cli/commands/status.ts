// `status <db> [--json]`: paragraphs, answered counts and word counts.
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { withCore } from '../open';

export const status: Command = {
  name: 'status',
  usage: 'status <db> [--json]',
  summary: 'Show paragraphs, answered counts and words against the limit.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    const result = await withCore(positionals[0], io.now, (api) => api['status.get']({}));
    if (!result.ok) throw new UserError(result.error, result.code);
    const s = result.value;
    if (values.json) io.out(JSON.stringify(s));
    else {
      io.out(`${s.symbol ?? ''} ${s.title}`.trim());
      io.out(`Paragraphs answered: ${s.answered.paragraphs}/${s.paragraphs}; sub-items answered: ${s.answered.subitems}/${s.subitems}`);
      io.out(`Words: ${s.words.total} of ${s.words.limit}${s.words.total > s.words.limit ? ' (over the limit)' : ''}`);
    }
    return EXIT.ok;
  },
};
