// `npm start`: launches the Electron app from a source checkout.
// 1. Dependency install scripts are opt-in under npm 11 (allowScripts), so Electron's own binary is
//    fetched here, on first start, when it is missing.
// 2. `npm install` builds better-sqlite3 for Node, which the tests, the CLI and browser mode use;
//    Electron needs a build for its own ABI. That one is made once per Electron version into
//    .electron-native/ (a prebuilt binary, or compiled against Electron's headers) and handed to the
//    app through TREATY_DESK_SQLITE_BINDING, so node_modules keeps the Node build.
// Both steps need the network once; an offline machine uses browser mode (npm run serve).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Downloading the Electron runtime (first start only)…');
  if (!run(process.execPath, [join(electronDir, 'install.js')], root)) {
    console.error('Could not download Electron. On an offline machine use browser mode: npm run serve');
    process.exit(1);
  }
}

const binding = join(root, '.electron-native', electronVersion, 'better_sqlite3.node');
if (!existsSync(binding)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (first start only)…`);
  const work = join(root, '.electron-native', 'build');
  rmSync(work, { recursive: true, force: true });
  cpSync(dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true, filter: (p) => !p.includes('/better-sqlite3/build') });
  const prebuilt = run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', arch()], work);
  const built =
    prebuilt ||
    run(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch()}`, '--dist-url=https://electronjs.org/headers'], work);
  if (!built) {
    console.error('Could not build better-sqlite3 for Electron. Browser mode works without it: npm run serve');
    process.exit(1);
  }
  mkdirSync(dirname(binding), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
  rmSync(work, { recursive: true, force: true });
}

const electron = require('electron');
const r = spawnSync(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TREATY_DESK_SQLITE_BINDING: binding } });
process.exit(r.status ?? 1);
