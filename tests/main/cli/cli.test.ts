// The CLI door: init and status over the same core, clear one-line errors, and nothing left
// behind when init is refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { repoRoot, tempDir } from '../../helpers/host-process';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');

const cli = (...argv: string[]) => runCommand(argv, { now: new Date('2026-02-01T00:00:00Z') });

describe('cli', () => {
  it('lists its commands with --help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('init <db> --loi <file> --institution "<name>"');
    expect(r.out).toContain('status <db> [--json]');
  });

  it('gives a command’s own usage with --help, and names an unknown option with that usage', async () => {
    expect(await cli('resolve', '--help')).toMatchObject({
      code: 0, out: 'Usage: npm run --silent cli -- resolve <db> --conflict <id> --keep mine|theirs|both [--json]\n  Resolve a merge conflict by keeping one side or both.', err: '',
    });
    expect(await cli('resolve', 'ws.sqlite', '--bogus')).toMatchObject({
      code: 2, err: 'treaty-desk resolve: unknown option --bogus; usage: resolve <db> --conflict <id> --keep mine|theirs|both [--json]',
    });
  });

  it('creates a workspace with init and reports it with status --json', async () => {
    const db = join(tempDir(), 'ws.sqlite');
    const init = await cli('init', db, '--loi', seed, '--institution', 'Ministry of Labour');
    expect(init).toMatchObject({ code: 0, out: `Created ${db}: CMW/C/KGZ/QPR/2, 35 paragraphs, 83 sub-items.` });
    const status = await cli('status', db, '--json');
    expect(JSON.parse(status.out)).toMatchObject({ symbol: 'CMW/C/KGZ/QPR/2', paragraphs: 35, subitems: 83, answered: { paragraphs: 0, subitems: 0 }, words: { total: 0, limit: 21200 } });
  });

  it('refuses to overwrite an existing workspace', async () => {
    const db = join(tempDir(), 'ws.sqlite');
    await cli('init', db, '--loi', seed, '--institution', 'A');
    const again = await cli('init', db, '--loi', seed, '--institution', 'B');
    expect(again.code).toBe(1);
    expect(again.err).toBe(`treaty-desk init: ${db} already exists; init never overwrites a workspace.`);
  });

  it('refuses a file that is not a list of issues, leaving no file behind', async () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'Minutes of the meeting.\nNothing numbered here.\n');
    const r = await cli('init', join(dir, 'ws.sqlite'), '--loi', junk, '--institution', 'A');
    expect(r).toMatchObject({ code: 1, err: 'treaty-desk init: junk.txt: No numbered paragraphs were found: this does not look like a list of issues.' });
    expect(existsSync(join(dir, 'ws.sqlite'))).toBe(false);
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await cli('init')).code).toBe(2);
    expect((await cli('status', 'x.sqlite', '--bogus')).code).toBe(2);
    expect((await cli('nonsense')).err).toContain('unknown command "nonsense"');
  });

  it('runs through npm as documented', () => {
    const db = join(tempDir(), 'ws.sqlite');
    execFileSync('npm', ['run', '--silent', 'cli', '--', 'init', db, '--loi', seed, '--institution', 'Ministry'], { cwd: repoRoot });
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'status', db, '--json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).paragraphs).toBe(35);
  });
});
