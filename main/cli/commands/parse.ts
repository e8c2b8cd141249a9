// `parse <file> [--json]`: reads a list of issues (text, .docx, .pdf or .html) and prints its
// structure; nothing is written anywhere. Exits 1 with a one-line reason for anything else.
import { parseArgs } from 'node:util';
import type { ParsedLoi, SubItem } from '../../../shared/loi/types';
import { countSubitems } from '../../../shared/loi/parse';
import { UserError } from '../../../shared/result';
import { readLoiPath } from '../../core/import/read-file';
import { type Command, EXIT } from '../command';

const item = (s: SubItem): object => ({ label: s.label, text: s.text, ...(s.subitems.length > 0 ? { subitems: s.subitems.map(item) } : {}) });

/** The JSON the issue specifies: document, paragraphs with headings, articles, sub-items and footnotes, footnotes, limits. */
export function loiJson(loi: ParsedLoi, format: string): object {
  const { symbol, committee, stateParty, title, language, report, note, adoption } = loi.document;
  return {
    document: { symbol, committee, stateParty, title, language, report, note, adoption, format },
    paragraphs: loi.paragraphs.map((p) => ({
      number: p.number, text: p.text, headings: p.headings, articles: p.articles, subitems: p.subitems.map(item), footnotes: p.footnotes, references: p.references,
    })),
    footnotes: loi.footnotes,
    limits: loi.limits,
    warnings: loi.warnings,
  };
}

export const parse: Command = {
  name: 'parse',
  usage: 'parse <file> [--json]',
  summary: 'Read a list of issues (text, .docx, .pdf, .html) and print its structure.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UserError(`usage: ${this.usage}`);
    const { loi, format, name } = await readLoiPath(positionals[0]);
    if (values.json) {
      io.out(JSON.stringify(loiJson(loi, format)));
      return EXIT.ok;
    }
    const d = loi.document;
    const items = loi.paragraphs.reduce((n, p) => n + countSubitems(p), 0);
    io.out(`${d.symbol ?? name}: ${d.title} [${d.committee ?? 'committee unknown'}, ${d.language}, ${format}]`);
    io.out(`${loi.paragraphs.length} paragraphs, ${items} sub-items, ${loi.footnotes.length} footnotes, ${loi.limits.length} limits, ${loi.warnings.length} warnings`);
    for (const w of loi.warnings) io.out(`  warning${w.line ? ` (line ${w.line})` : ''}: ${w.message}`);
    return EXIT.ok;
  },
};
