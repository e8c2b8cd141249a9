// `npm run serve -- --db <path> --port <n>`: browser mode on 127.0.0.1 over the same core.
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createDispatch } from '../core/api/dispatch';
import { createHandlers } from '../core/api/handlers/index';
import { rendererDir, seedPath } from '../core/paths';
import { openOrSeed } from '../core/services/workspace';
import { createHost } from './server';

function main(): void {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, institution: { type: 'string' } },
    strict: true,
  });
  const dbPath = values.db ?? 'treaty-desk.sqlite';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  const db = openOrSeed(dbPath, seedPath(), new Date(), randomUUID(), values.institution);
  const token = randomBytes(24).toString('hex');
  const dispatch = createDispatch(createHandlers({ db, now: () => new Date() }), (e) => console.error(e));
  const server = createHost({ dispatch, staticDir: rendererDir(), token });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Treaty Desk is serving ${dbPath} at http://127.0.0.1:${actual}/?token=${token}`);
  });
  const stop = () => {
    server.close();
    db.close();
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
