// The built CLI's entry (dist/cli.cjs): runs the bundled command line (cli-main.cjs) from V8's code
// cache when one was made for exactly that file, so a start does not parse and compile 2.7 MB of
// script again (about 30 ms of a 110 ms start). The cache only ever saves time: one that cannot be
// read, written or used is ignored, and it is keyed by a hash of the whole source, since V8 itself
// checks only that the cached code's source has the same length.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

export type CacheUse = 'used' | 'made' | 'rejected' | 'off';

/** Loads a CommonJS file as require() would, through the code cache in `cacheDir`; returns its exports. */
export function requireCached(file: string, cacheDir: string | null, onExit: (save: () => void) => void): { exports: unknown; cache: CacheUse } {
  const source = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest('hex').slice(0, 32);
  const cachePath = cacheDir && join(cacheDir, `${key}.v8`);
  let cachedData: Buffer | undefined;
  try {
    if (cachePath) cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const cache: CacheUse = !cachePath ? 'off' : !cachedData ? 'made' : script.cachedDataRejected ? 'rejected' : 'used';
  // Made after the run, the cache holds the functions the command compiled too, not only the top level.
  if (cachePath && cache !== 'used') onExit(() => save(cachePath, () => script.createCachedData()));
  const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dir: string) => void;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, cache };
}

/** Writes the cache file whole or not at all (another process may read it at the same time). */
function save(path: string, data: () => Buffer): void {
  const part = `${path}.${process.pid}.part`;
  quietly(() => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(part, data());
    renameSync(part, path);
  });
  quietly(() => rmSync(part, { force: true }));
  forgetOld(dirname(path), path);
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Each build leaves a cache of its own: those no start has made for a week go (another install's may come back). */
function forgetOld(dir: string, kept: string): void {
  quietly(() => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (file !== kept && /\.(v8|part)$/.test(name)) quietly(() => statSync(file).mtimeMs < Date.now() - WEEK_MS && rmSync(file, { force: true }));
    }
  });
}

/** The cache only ever saves time: a folder that cannot be read or written means compiling again, nothing more. */
function quietly(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // See above.
  }
}

/** Where the cache lives: TREATY_DESK_CODE_CACHE, "off" for none, or a folder in the temporary directory. */
export const cacheDirFor = (env: NodeJS.ProcessEnv): string | null =>
  env.TREATY_DESK_CODE_CACHE === 'off' ? null : (env.TREATY_DESK_CODE_CACHE ?? join(tmpdir(), 'treaty-desk-code-cache'));

if (require.main === module) {
  const { exports, cache } = requireCached(join(__dirname, 'cli-main.cjs'), cacheDirFor(process.env), (fn) => process.once('exit', fn));
  if (process.env.TREATY_DESK_DEBUG) process.stderr.write(`code cache: ${cache}\n`);
  (exports as typeof import('./main')).startCli();
}
