// `npm start`: launches the Electron app. Dependency install scripts are off by default (npm 11
// allowScripts), so Electron's binary is fetched here, on first run, when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Downloading the Electron runtime (first start only)…');
  const r = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('Could not download Electron. On an offline machine use browser mode: npm run serve');
    process.exit(1);
  }
}
const electron = require('electron');
const r = spawnSync(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
