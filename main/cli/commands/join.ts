// `join <db> --invite <file>`: an institution creates its workspace from an invitation. The last
// line is the new key's fingerprint alone, to read to the coordinator. On a workspace that has
// joined, a newer invitation from the same coordinator changes the paragraphs assigned.
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { createDispatch } from '../../core/api/dispatch';
import { createHandlers } from '../../core/api/handlers/index';
import { localApi } from '../../core/api/local-client';
import { describeReassignment as reassignmentLine } from '../../core/bundle/reinvite';
import { openDatabase } from '../../core/store/database';
import { passphrase, readBundleFile } from '../bundle-files';
import { type Command, EXIT } from '../command';
import { unwrap } from '../open';

export const join: Command = {
  name: 'join',
  usage: 'join <db> --invite <file>',
  summary: 'Create a drafting workspace from a coordinator\'s invitation (or take a newer one); prints your key\'s fingerprint.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { invite: { type: 'string' } }, allowPositionals: true });
    const [dbPath] = positionals;
    if (!dbPath || !values.invite) throw new UserError(`usage: ${this.usage}`);
    const pass = passphrase(io);
    const data = readBundleFile(values.invite).toString('base64');
    const fresh = !existsSync(dbPath);
    const db = openDatabase(dbPath);
    let r;
    try {
      r = unwrap(await localApi(createDispatch(createHandlers({ db, now: io.now })))['workspace.join']({ data, passphrase: pass }));
    } catch (e) {
      db.close();
      // Leave nothing half-made behind when the file is ours.
      if (fresh) for (const suffix of ['', '-wal', '-shm']) if (existsSync(dbPath + suffix)) rmSync(dbPath + suffix);
      throw e;
    }
    db.close();
    if (r.reassignment) {
      io.out(`${r.institution}: invitation from ${r.coordinator} taken. ${reassignmentLine(r.reassignment)}.`);
      io.out('Your answers to paragraphs no longer assigned stay in this workspace; your bundles no longer send them.');
      return EXIT.ok;
    }
    io.out(`Joined as ${r.institution}, answering paragraphs ${r.paragraphs.join(', ')}, for ${r.coordinator}.`);
    io.out(`${r.coordinator}'s key fingerprint (compare it with them by phone): ${r.coordinatorFingerprint}`);
    io.out('Your key fingerprint (read it to the coordinator, who confirms it with "trust"):');
    io.out(r.fingerprint);
    return EXIT.ok;
  },
};
