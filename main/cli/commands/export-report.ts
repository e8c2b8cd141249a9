// `export-report <db> --out <file.docx|file.html|file.json> [--draft] [--review] [--json]`: compiles
// the State party report (or, with --review, the list of issues with the replies interleaved); with
// --check, prints the pre-export check instead. A report that fails the check needs --draft. While
// merge conflicts are open, every export warns on stderr (and --json says so in `conflicts`).
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Api } from '../../../shared/api/methods';
import { refLabel } from '../../../shared/export/refs';
import type { ExportFormat, ExportedFile, ReportCheck } from '../../../shared/export/types';
import { UserError } from '../../../shared/result';
import { type Command, EXIT, type Io } from '../command';
import { withCore } from '../open';

const FORMATS: Record<string, ExportFormat> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.json': 'json' };

function checkLines(c: ReportCheck): string[] {
  const blocking = c.unanswered.filter((u) => !u.covered);
  const lines = [c.ready ? 'Ready for a final export.' : 'Not ready: a final export is refused; --draft exports a marked draft.'];
  lines.push(`Unanswered: ${blocking.length ? blocking.map((u) => (u.subitems ? `${refLabel(u.ref)} (with ${u.subitems} sub-items)` : refLabel(u.ref))).join(', ') : 'none'}`);
  const covered = c.unanswered.filter((u) => u.covered);
  if (covered.length) lines.push(`Sub-items without their own reply, covered by their paragraph's reply: ${covered.length}`);
  lines.push(`Open conflicts: ${c.conflicts.length ? c.conflicts.map((x) => `${refLabel(x.ref)} (${x.count})`).join(', ') : 'none'}`);
  lines.push(`Not approved: ${c.notApproved.length ? c.notApproved.map((n) => `${refLabel(n.ref)} (${n.status.replace('_', ' ')})`).join(', ') : 'none'}`);
  if (c.questionChanged.length) lines.push(`Question changed by a re-import, check the answer against it: ${c.questionChanged.map((q) => refLabel(q.ref)).join(', ')}`);
  for (const w of c.words) lines.push(`${w.scope === 'total' ? 'Words' : `Section ${w.scope} words`}: ${w.words} of ${w.limit}${w.over ? ' (over the limit)' : ''}`);
  const k = c.compiled;
  lines.push(`Whole document as compiled (title page, headings, tables in the text): ${k.words} words of ${k.limit}${k.over ? ' (over the limit as a secretariat counting the file would see it; tables in the statistical annex are not counted)' : ''}`);
  return lines;
}

async function printCheck(api: Api, io: Io, json: boolean): Promise<number> {
  const r = await api['report.check']({});
  if (!r.ok) throw new UserError(r.error, r.code);
  if (json) io.out(JSON.stringify(r.value));
  else checkLines(r.value).forEach((l) => io.out(l));
  return r.value.ready ? EXIT.ok : EXIT.failed;
}

/** The warning while merge conflicts are open: where they are and how the file shows them. */
function conflictWarning(file: ExportedFile, format: ExportFormat): string | null {
  if (file.conflicts.length === 0) return null;
  const total = file.conflicts.reduce((a, c) => a + c.count, 0);
  const where = file.conflicts.map((c) => `${refLabel(c.ref)} (${c.count})`).join(', ');
  const how = format === 'json' ? 'the file lists them under "conflicts"' : 'the file shows both versions of each, marked as a conflict';
  return `Warning: ${total} open merge conflict${total === 1 ? '' : 's'} in paragraphs ${where}; ${how}. Resolve them (conflicts, resolve) before the final report.`;
}

/** Writes beside the target and renames, so a failed export never leaves half a file. */
function writeAtomically(path: string, bytes: Buffer): void {
  const dir = dirname(path);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`No folder ${dir} to write ${path} into.`, 'not_found');
  const tmp = `${path}.${process.pid}.part`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export const exportReport: Command = {
  name: 'export-report',
  usage: 'export-report <db> --out <file.docx|file.html|file.json> [--draft] [--review] [--json] | --check [--json]',
  summary: 'Compile the State party report (or the review copy); --check lists what is missing.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        draft: { type: 'boolean', default: false },
        review: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    const [dbPath] = positionals;
    if (!dbPath || positionals.length > 1) throw new UserError(`usage: ${this.usage}`);
    if (values.check) return withCore(dbPath, io.now, (api) => printCheck(api, io, values.json));
    if (!values.out) throw new UserError(`usage: ${this.usage}`);
    const out = values.out;
    const format = FORMATS[extname(out).toLowerCase()];
    if (!format) throw new UserError(`usage: --out must name a .docx, .html or .json file (got "${out}").`);
    return withCore(dbPath, io.now, async (api) => {
      const r = await api['report.export']({ format, layout: values.review ? 'review' : 'report', draft: values.draft });
      if (!r.ok) throw new UserError(r.error, r.code);
      writeAtomically(out, Buffer.from(r.value.base64, 'base64'));
      const kind = values.review ? 'Review copy' : r.value.draft ? 'Draft report' : 'Report';
      const warning = conflictWarning(r.value, format);
      if (warning) io.err(warning);
      if (values.json) {
        io.out(JSON.stringify({ out, layout: values.review ? 'review' : 'report', format, draft: r.value.draft, bytes: r.value.bytes, conflicts: r.value.conflicts }));
      } else io.out(`${kind} written to ${out} (${r.value.bytes} bytes).`);
      return EXIT.ok;
    });
  },
};
