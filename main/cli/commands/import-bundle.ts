// `import-bundle <db> <file>... [--json]`: verifies and imports bundles, in the order given, in one
// session (a coordinator's inbox in one go), 50 to a transaction (see importBundles): few syncs,
// and the app, if open on the same file, never waits long for its own saves. --json prints the
// report ({fastForwarded, merged, conflicts, unchanged, rejected, outcome, …}); for several files,
// an array of them, each with its file. A refused bundle does not stop the others; the exit code
// is 1 when any was refused.
import { parseArgs } from 'node:util';
import type { ImportReport } from '../../../shared/api/bundle-types';
import { UserError } from '../../../shared/result';
import { InboxPreparer } from '../../core/bundle/inbox-preparer';
import { readBundleFile } from '../bundle-files';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

const PER_TRANSACTION = 50;

export const importBundle: Command = {
  name: 'import-bundle',
  usage: 'import-bundle <db> <file>... [--json]',
  summary: 'Verify bundles and merge their answers into this workspace, in the order given.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    const [dbPath, ...files] = positionals;
    if (!dbPath || files.length === 0) throw new UserError(`usage: ${this.usage}`);
    // The thread that reads an inbox ahead starts while the files are read and the workspace opens.
    if (files.length > 1) InboxPreparer.warm();
    // Every file is read before the workspace is opened: a mistyped name changes nothing.
    const bundles = files.map((file) => ({ file, bytes: readBundleFile(file) }));
    const reports = await withCore(dbPath, io.now, async (api) => {
      const out: Array<ImportReport & { file: string }> = [];
      for (let i = 0; i < bundles.length; i += PER_TRANSACTION) {
        const part = bundles.slice(i, i + PER_TRANSACTION);
        const got = unwrap(await api['bundle.importMany']({ files: part.map((b) => ({ data: b.bytes.toString('base64'), fileName: b.file })) }));
        got.forEach((r, k) => out.push({ file: part[k].file, ...r }));
      }
      return out;
    });
    if (values.json) io.out(JSON.stringify(reports.length === 1 ? withoutFile(reports[0]) : reports));
    for (const r of reports) {
      const prefix = reports.length > 1 ? `${r.file}: ` : '';
      if (r.outcome === 'rejected') io.err(`treaty-desk import-bundle: ${prefix}${r.message}`);
      else if (!values.json) {
        io.out(prefix + r.message);
        for (const [label, refs] of [['Updated', r.fastForwarded], ['Merged', r.merged], ['With conflicts', r.conflicts]] as const) {
          if (refs.length > 0) io.out(`  ${label}: ${refs.join(', ')}`);
        }
      }
    }
    return reports.some((r) => r.outcome === 'rejected') ? EXIT.failed : EXIT.ok;
  },
};

/** One file's report as the command has always printed it. */
function withoutFile({ file: _, ...r }: ImportReport & { file: string }): ImportReport {
  return r;
}
