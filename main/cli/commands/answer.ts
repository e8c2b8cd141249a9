// `answer <db> --paragraph <5|5a> --text "<text>"`: saves an answer from plain text (a blank line
// starts a new paragraph), as the editor would.
import { parseArgs } from 'node:util';
import { contentFromPlainText } from '../../../shared/editor/types';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const answer: Command = {
  name: 'answer',
  usage: 'answer <db> --paragraph <5|5a> --text "<text>"',
  summary: 'Save the answer to a paragraph or sub-item (blank lines separate paragraphs).',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { paragraph: { type: 'string' }, text: { type: 'string' } }, allowPositionals: true });
    if (!positionals[0] || !values.paragraph || values.text === undefined) throw new UserError(`usage: ${this.usage}`);
    const r = await withCore(positionals[0], io.now, async (api) =>
      unwrap(await api['answer.save']({ ref: values.paragraph!, content: contentFromPlainText(values.text!) })),
    );
    io.out(`Saved the answer to ${r.ref}: ${r.words} words (report: ${r.budget.total} of ${r.budget.limit}).`);
    return EXIT.ok;
  },
};
