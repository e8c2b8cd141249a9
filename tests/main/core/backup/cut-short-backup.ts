// Child process of cut-short.test.ts: starts a backup of the workspace given and kills itself with
// SIGKILL once part of it is copied, as a user's kill -9 or a power cut during an import would.
import { createBackup } from '../../../../main/core/backup/backups';
import { openDatabase } from '../../../../main/core/store/database';

const [dbPath, backupDir] = process.argv.slice(2);
const db = openDatabase(dbPath);
void createBackup(db, backupDir, 'before-import', new Date('2026-03-01T08:00:00Z'), (fraction) => {
  if (fraction > 0.5) process.kill(process.pid, 'SIGKILL');
});
