// `import-bundle <db> <file> [--json]`: verifies and imports a bundle; --json prints the report
// ({fastForwarded, merged, conflicts, unchanged, rejected, outcome, …}). Exit 1 when refused.
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { readBundleFile } from '../bundle-files';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

export const importBundle: Command = {
  name: 'import-bundle',
  usage: 'import-bundle <db> <file> [--json]',
  summary: 'Verify a bundle and merge its answers into this workspace.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    const [dbPath, file] = positionals;
    if (!dbPath || !file) throw new UserError(`usage: ${this.usage}`);
    const bytes = readBundleFile(file);
    const r = await withCore(dbPath, io.now, async (api) => unwrap(await api['bundle.import']({ data: bytes.toString('base64'), fileName: file })));
    if (values.json) io.out(JSON.stringify(r));
    else if (r.outcome !== 'rejected') {
      io.out(r.message);
      for (const [label, refs] of [['Updated', r.fastForwarded], ['Merged', r.merged], ['With conflicts', r.conflicts]] as const) {
        if (refs.length > 0) io.out(`  ${label}: ${refs.join(', ')}`);
      }
    }
    if (r.outcome === 'rejected') {
      io.err(`treaty-desk import-bundle: ${r.message}`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
};
