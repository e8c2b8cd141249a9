// `init <db> --loi <file> --institution "<name>"`: the coordinating ministry creates the workspace.
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { openDatabase } from '../../core/store/database';
import { initWorkspace } from '../../core/services/workspace';
import { readLoiPath } from '../../core/import/read-file';
import { buildStatus } from '../../core/services/outline';
import { type Command, EXIT } from '../command';

export const init: Command = {
  name: 'init',
  usage: 'init <db> --loi <file> --institution "<name>"',
  summary: 'Create a coordinator workspace from a list of issues.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { loi: { type: 'string' }, institution: { type: 'string' } },
      allowPositionals: true,
    });
    const [dbPath] = positionals;
    if (!dbPath || !values.loi || !values.institution) throw new UserError(`usage: ${this.usage}`);
    if (existsSync(dbPath)) throw new UserError(`${dbPath} already exists; init never overwrites a workspace.`, 'conflict');
    // Any format the import module reads: text, .docx, .pdf, .html.
    const loi = await readLoiPath(values.loi);
    const db = openDatabase(dbPath);
    try {
      initWorkspace(db, { loiText: loi.text, loi: loi.loi, sourceName: loi.name, institution: values.institution, role: 'coordinator', now: io.now(), workspaceId: randomUUID() });
      const s = buildStatus(db);
      io.out(`Created ${dbPath}: ${s.symbol ?? s.title}, ${s.paragraphs} paragraphs, ${s.subitems} sub-items.`);
    } catch (e) {
      db.close();
      // Leave nothing half-made behind: the file did not exist before this command.
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(dbPath + suffix)) rmSync(dbPath + suffix);
      throw e;
    }
    db.close();
    return EXIT.ok;
  },
};
