// Bundles the Node-side entry points (host, CLI, Electron main and preload) with esbuild, so that
// they start fast with plain `node` and the packaged app needs no TypeScript at run time.
import { build } from 'esbuild';

// TREATY_DESK_DIST lets parallel checkouts or test runs build side by side (default: dist).
const dist = process.env.TREATY_DESK_DIST ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Half the bytes to read and parse at every start (the CLI: 5.4 -> 2.7 MB); names kept for errors and stacks.
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  // Native and Electron modules, and pdfjs-dist (an ES module loaded on first PDF), load from node_modules at run time.
  external: ['better-sqlite3', 'electron', 'pdfjs-dist'],
};

await Promise.all([
  // cli.cjs is a small launcher that runs cli-main.cjs from V8's code cache (main/cli/launch.ts).
  build({ ...common, entryPoints: { host: 'main/host/main.ts', 'cli-main': 'main/cli/main.ts', cli: 'main/cli/launch.ts' }, outdir: dist, outExtension: { '.js': '.cjs' } }),
  // The thread that prepares an inbox's bundles (main/core/bundle/inbox-preparer.ts finds it beside the running bundle).
  build({ ...common, entryPoints: { 'bundle-worker': 'main/core/bundle/prepare-worker.ts' }, outdir: dist, outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { main: 'main/electron/main.ts' }, outdir: `${dist}/electron`, outExtension: { '.js': '.cjs' } }),
  // The sandboxed preload may only require 'electron': everything else is bundled in.
  build({ ...common, entryPoints: { preload: 'main/electron/preload.ts' }, outdir: `${dist}/electron`, outExtension: { '.js': '.cjs' }, platform: 'browser', format: 'cjs' }),
]);
