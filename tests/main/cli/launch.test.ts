// The built CLI starts from V8's code cache (main/cli/launch.ts). The cache may only ever save
// time: a damaged, foreign or unwritable cache must change nothing of what a command does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCached } from '../../../main/cli/launch';
import { distDir, tempDir } from '../../helpers/host-process';

/** A CommonJS file that requires a module relative to itself and exports what it read. */
function moduleFile(dir: string, answer: string): string {
  writeFileSync(join(dir, 'helper.js'), `module.exports = ${JSON.stringify(answer)};`);
  const file = join(dir, 'main.js');
  writeFileSync(file, `const helper = require('./helper');\nmodule.exports = { answer: helper, file: __filename, same: require.main === module };\n`);
  return file;
}

describe('requireCached', () => {
  it('runs a file as require() would and makes the cache once', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const file = moduleFile(dir, 'forty-two');
    const saves: Array<() => void> = [];
    const first = requireCached(file, cache, (s) => saves.push(s));
    expect(first).toMatchObject({ cache: 'made', exports: { answer: 'forty-two', file, same: false } });
    expect(saves).toHaveLength(1);
    saves[0]();
    expect(readdirSync(cache).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    // (Whether the file is then used shows only in a new process: V8 keeps compiled scripts in memory. See below.)
  });

  it('never runs the cached code of another source of the same length', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const file = moduleFile(dir, 'x');
    requireCached(file, cache, (s) => s());
    // V8 itself would take the cache for any source of this length: the key must tell them apart.
    writeFileSync(file, readFileSync(file, 'utf8').replace('module.exports = {', 'module.exports ={ '));
    const changed = requireCached(file, cache, () => {});
    expect(changed.cache).toBe('made');
    expect(changed.exports).toMatchObject({ answer: 'x' });
  });

  it('forgets the caches of other builds that no start made for a week, and keeps the others', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    for (const name of ['old.v8', 'crashed.v8.123.part', 'notes.txt']) {
      writeFileSync(join(cache, name), 'x');
      utimesSync(join(cache, name), weekAgo, weekAgo);
    }
    writeFileSync(join(cache, 'recent.v8'), 'x');
    requireCached(moduleFile(dir, 'new'), cache, (s) => s());
    const left = readdirSync(cache).sort();
    expect(left.filter((f) => !['notes.txt', 'recent.v8'].includes(f))).toHaveLength(1);
    expect(left).toEqual(expect.arrayContaining(['notes.txt', 'recent.v8']));
    expect(left).not.toContain('old.v8');
  });

  it('goes on when the cache folder cannot be made', () => {
    const dir = tempDir();
    const file = moduleFile(dir, 'still');
    const blocked = join(file, 'cannot-be-a-folder');
    const r = requireCached(file, blocked, (s) => expect(s).not.toThrow());
    expect(r).toMatchObject({ cache: 'made', exports: { answer: 'still' } });
  });
});

describe('the built CLI', () => {
  const cli = (args: string[], cache: string) =>
    spawnSync(process.execPath, [join(distDir, 'cli.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, TREATY_DESK_CODE_CACHE: cache, TREATY_DESK_DEBUG: '1' } });

  it('answers the same from a cold and a warm cache, with the same exit codes', () => {
    const cache = join(tempDir(), 'cache');
    const cold = cli(['--version'], cache);
    const warm = cli(['--version'], cache);
    expect([cold.status, cold.stdout, cold.stderr]).toEqual([0, '0.1.0\n', 'code cache: made\n']);
    expect([warm.status, warm.stdout, warm.stderr]).toEqual([0, '0.1.0\n', 'code cache: used\n']);
    const direct = spawnSync(process.execPath, [join(distDir, 'cli-main.cjs'), 'no-such-command'], { encoding: 'utf8' });
    const wrong = cli(['no-such-command'], cache);
    expect(direct.status).not.toBe(0);
    expect([wrong.status, wrong.stderr]).toEqual([direct.status, `code cache: used\n${direct.stderr}`]);
    expect(cli(['--version'], 'off').stderr).toBe('code cache: off\n');
  });

  it('takes a damaged cache file as no cache and replaces it', () => {
    const cache = join(tempDir(), 'cache');
    cli(['--version'], cache);
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name), Buffer.from('not a code cache at all'));
    const damaged = cli(['--version'], cache);
    expect([damaged.status, damaged.stdout, damaged.stderr]).toEqual([0, '0.1.0\n', 'code cache: rejected\n']);
    expect(cli(['--version'], cache).stderr).toBe('code cache: used\n');
  });
});
