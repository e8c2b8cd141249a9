// `npm run serve -- --db <path> --port <n>`: browser mode on 127.0.0.1 over the same core.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { rendererDir, seedPath } from '../core/paths';
import { bundleFilesFromArgv } from '../core/session/opened-files';
import { openSession } from '../core/session/workspace-session';
import { createHost } from './server';

function main(): void {
  const { values, positionals } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, institution: { type: 'string' }, open: { type: 'string', multiple: true } },
    strict: true,
    allowPositionals: true,
  });
  const dbPath = values.db ?? 'treaty-desk.sqlite';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  const session = openSession({ dbPath, seedPath: seedPath(), onInternalError: (e) => console.error(e), institution: values.institution });
  // Bundle files named on the command line open in the import dialog, as a double-click does in the desktop app.
  session.openFiles(bundleFilesFromArgv([...(values.open ?? []), ...positionals], process.cwd()));
  const health = session.health();
  if (!health.ok) console.error(`treaty-desk serve: ${dbPath} is damaged (${health.problem}); the app opens in recovery mode with its ${health.backups} backups.`);
  void session.dailyBackup().catch((e: unknown) => console.error(`daily backup failed: ${String(e)}`));
  const daily = setInterval(() => void session.dailyBackup().catch(() => {}), 60 * 60 * 1000);
  daily.unref();
  const token = randomBytes(24).toString('hex');
  const server = createHost({ dispatch: session.dispatch, staticDir: rendererDir(), token });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Treaty Desk is serving ${dbPath} at http://127.0.0.1:${actual}/?token=${token}`);
  });
  const stop = () => {
    server.close();
    session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  main();
} catch (e) {
  console.error(`treaty-desk serve: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
