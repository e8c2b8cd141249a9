// `provenance <db> --paragraph <ref> [--json]`: who wrote each part of an answer, as the app's "Who
// wrote this?" panel says it: every block with its writer and time, and each table cell an
// institution wrote (this workspace's own cells counted per table). --json prints the whole record.
import { parseArgs } from 'node:util';
import type { Authorship, ProvenanceEntry } from '../../../shared/api/domains/merge';
import { UserError } from '../../../shared/result';
import { type Command, EXIT, excerpt } from '../command';
import { withCore } from '../open';

const writer = (by: Authorship) =>
  `${by.merge ? 'automatic merge' : by.institution}, ${by.createdAt.slice(0, 16).replace('T', ' ')} UTC${by.signerFingerprint ? `, key ${by.signerFingerprint}` : ''}`;

export const provenance: Command = {
  name: 'provenance',
  usage: 'provenance <db> --paragraph <ref> [--json]',
  summary: 'Say who wrote each paragraph and table cell of an answer, and when.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { paragraph: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (!positionals[0] || !values.paragraph) throw new UserError(`usage: ${this.usage}`);
    const ref = values.paragraph;
    const who = await withCore(positionals[0], io.now, async (api) => {
      const r = await api['answer.provenance']({ ref });
      if (!r.ok) throw new UserError(r.error, r.code);
      return r.value;
    });
    if (values.json) {
      io.out(JSON.stringify(who));
      return EXIT.ok;
    }
    if (who.blocks.length === 0 && who.cells.length === 0) {
      io.out(`Paragraph ${ref} has no answer yet.`);
      return EXIT.ok;
    }
    for (const b of who.blocks) io.out(`${excerpt(b.text)}  (${writer(b.by)})`);
    for (const t of who.tables) {
      io.out(`Table ${t.number}${t.title ? ` "${t.title}"` : ''}:`);
      const cells = who.cells.filter((c) => c.table === t.id);
      const own = new Map<string, ProvenanceEntry[]>();
      for (const c of cells) {
        if (c.by.signerKeyId === null) own.set(c.by.institution, [...(own.get(c.by.institution) ?? []), c]);
        else io.out(`    ${c.rowLabel ?? c.row} / ${c.columnLabel ?? c.column}: ${excerpt(c.text)}  (${writer(c.by)})`);
      }
      for (const [institution, list] of own) io.out(`    ${list.length} cell(s) by ${institution}`);
    }
    return EXIT.ok;
  },
};
