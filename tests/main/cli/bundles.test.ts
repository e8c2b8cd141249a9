// The bundle round trip through the CLI, as two ministries and their coordinator would run it:
// init, two invitations, two joins, answers, bundles refused until trusted, import, the merged
// state sent back; minisign checks an exported bundle and refuses an altered one; key management.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { repoRoot, tempDir } from '../../helpers/host-process';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const COORD = 'Ministry of Foreign Affairs';
const LABOUR = 'Ministry of Labour and Social Development';
const INTERIOR = 'Ministry of Internal Affairs';
const secret = (who: string) => `${who} passphrase`;

let clock = new Date('2026-03-02T08:00:00Z').getTime();
function cli(who: string, ...argv: string[]) {
  clock += 60_000;
  return runCommand(argv, { env: { TREATY_DESK_PASSPHRASE: secret(who) }, now: new Date(clock) });
}
const json = (r: { out: string }) => JSON.parse(r.out) as Record<string, unknown>;

async function setUp() {
  const dir = tempDir('treaty-desk-cli-bundles-');
  const f = (name: string) => join(dir, name);
  expect((await cli(COORD, 'init', f('coord.sqlite'), '--loi', seed, '--institution', COORD)).code).toBe(0);
  const inv1 = await cli(COORD, 'invite', f('coord.sqlite'), '--institution', LABOUR, '--paragraphs', '5,13-17', '--out', f('labour-invite.tdbundle'));
  expect(inv1).toMatchObject({ code: 0 });
  expect(inv1.out).toContain('paragraphs 5, 13, 14, 15, 16, 17');
  expect((await cli(COORD, 'invite', f('coord.sqlite'), '--institution', INTERIOR, '--paragraphs', '7', '--out', f('interior-invite.tdbundle'))).code).toBe(0);
  const j1 = await cli(LABOUR, 'join', f('labour.sqlite'), '--invite', f('labour-invite.tdbundle'));
  const j2 = await cli(INTERIOR, 'join', f('interior.sqlite'), '--invite', f('interior-invite.tdbundle'));
  expect(j1.code).toBe(0);
  expect(j2.code).toBe(0);
  const fp = { labour: j1.lines.at(-1)!, interior: j2.lines.at(-1)! };
  expect(fp.labour).toMatch(/^\d{5} \d{5} \d{5} \d{5} \d{5}$/);
  expect(fp.interior).toMatch(/^\d{5} \d{5} \d{5} \d{5} \d{5}$/);
  expect(fp.labour).not.toBe(fp.interior);
  // The coordinator's fingerprint printed by invite is the one both institutions see on joining.
  const coordFp = /fingerprint.*: (\d{5}(?: \d{5}){4})/.exec(inv1.out)![1];
  expect(j1.out).toContain(coordFp);
  return { dir, f, fp };
}

describe('bundles through the CLI', () => {
  it('runs the whole round trip: invite, join, answer, export, trust, import, send back', async () => {
    const { f, fp } = await setUp();
    expect((await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded monthly.\n\nBy the State Migration Service.')).code).toBe(0);
    expect((await cli(INTERIOR, 'answer', f('interior.sqlite'), '--paragraph', '7c', '--text', 'Legal aid is free.')).code).toBe(0);
    expect((await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('labour-1.tdbundle'))).out).toMatch(/bundle #1, 1 answers/);
    expect((await cli(INTERIOR, 'export-bundle', f('interior.sqlite'), '--out', f('interior-1.tdbundle'))).code).toBe(0);

    const refused = await cli(COORD, 'import-bundle', f('coord.sqlite'), f('labour-1.tdbundle'), '--json');
    expect(refused.code).toBe(1);
    expect(json(refused)).toMatchObject({ outcome: 'rejected', reason: 'unknown_signer', signer: { fingerprint: fp.labour, institution: LABOUR } });
    expect((await cli(COORD, 'verify-bundle', f('labour-1.tdbundle'), '--db', f('coord.sqlite'))).code).toBe(1);

    const wrongFp = fp.interior;
    expect((await cli(COORD, 'trust', f('coord.sqlite'), '--institution', LABOUR, '--fingerprint', wrongFp)).code).toBe(1);
    expect((await cli(COORD, 'trust', f('coord.sqlite'), '--institution', LABOUR, '--fingerprint', fp.labour)).code).toBe(0);
    const verified = await cli(COORD, 'verify-bundle', f('labour-1.tdbundle'), '--db', f('coord.sqlite'));
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(`Valid answer bundle #1 from ${LABOUR}`);

    const imported = await cli(COORD, 'import-bundle', f('coord.sqlite'), f('labour-1.tdbundle'), '--json');
    expect(imported.code).toBe(0);
    expect(json(imported)).toMatchObject({ outcome: 'accepted', fastForwarded: ['5'], merged: [], conflicts: [], unchanged: [], rejected: [] });
    expect(json(await cli(COORD, 'import-bundle', f('coord.sqlite'), f('labour-1.tdbundle'), '--json'))).toMatchObject({ outcome: 'unchanged' });

    await cli(INTERIOR, 'import-bundle', f('coord.sqlite'), f('interior-1.tdbundle'));
    expect((await cli(COORD, 'trust', f('coord.sqlite'), '--institution', INTERIOR, '--fingerprint', fp.interior.replaceAll(' ', '-'))).code).toBe(0);
    expect(json(await cli(COORD, 'import-bundle', f('coord.sqlite'), f('interior-1.tdbundle'), '--json'))).toMatchObject({ outcome: 'accepted', fastForwarded: ['7c'] });

    expect((await cli(COORD, 'export-bundle', f('coord.sqlite'), '--out', f('merged.tdbundle'))).code).toBe(0);
    expect(json(await cli(LABOUR, 'import-bundle', f('labour.sqlite'), f('merged.tdbundle'), '--json'))).toMatchObject({ outcome: 'accepted', fastForwarded: ['7c'], unchanged: ['5'] });
    expect(json(await cli(INTERIOR, 'import-bundle', f('interior.sqlite'), f('merged.tdbundle'), '--json'))).toMatchObject({ outcome: 'accepted', fastForwarded: ['5'] });
    const status = json(await cli(LABOUR, 'status', f('labour.sqlite'), '--json')) as { words: { byRef: Record<string, number> } };
    expect(status.words.byRef).toEqual({ '5': 9, '7c': 4 });

    // A drafter takes bundles only from its coordinator.
    const sideways = await cli(LABOUR, 'import-bundle', f('labour.sqlite'), f('interior-1.tdbundle'), '--json');
    expect(json(sideways)).toMatchObject({ outcome: 'rejected', reason: 'unknown_signer' });

    const list = json(await cli(COORD, 'institutions', f('coord.sqlite'), '--json')) as { institutions: Array<{ name: string; trust: string; lastBundle: { sequence: number } | null }> };
    expect(list.institutions.map((i) => [i.name, i.trust, i.lastBundle?.sequence ?? null])).toEqual([
      [COORD, 'trusted', null], [INTERIOR, 'trusted', 1], [LABOUR, 'trusted', 1],
    ]);
  }, 120_000);

  it('imports an inbox of bundles in one command, in order, past a refused one', async () => {
    const { f, fp } = await setUp();
    await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded monthly.');
    await cli(INTERIOR, 'answer', f('interior.sqlite'), '--paragraph', '7c', '--text', 'Legal aid is free.');
    await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('labour-1.tdbundle'));
    await cli(INTERIOR, 'export-bundle', f('interior.sqlite'), '--out', f('interior-1.tdbundle'));
    await cli(COORD, 'export-bundle', f('coord.sqlite'), '--out', f('own.tdbundle'));
    for (const [name, file] of [[LABOUR, 'labour-1'], [INTERIOR, 'interior-1']] as const) {
      await cli(COORD, 'import-bundle', f('coord.sqlite'), f(`${file}.tdbundle`));
      expect((await cli(COORD, 'trust', f('coord.sqlite'), '--institution', name, '--fingerprint', name === LABOUR ? fp.labour : fp.interior)).code).toBe(0);
    }
    const status = async () => (await cli(COORD, 'status', f('coord.sqlite'), '--json')).out;
    const before = await status();

    // A name that is not there: refused before the workspace is opened, nothing imported.
    const missing = await cli(COORD, 'import-bundle', f('coord.sqlite'), f('labour-1.tdbundle'), f('nowhere.tdbundle'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('nowhere.tdbundle');
    expect(await status()).toBe(before);

    // An empty file in the inbox (a failed download) is refused on its own too.
    writeFileSync(f('empty.tdbundle'), '');
    const inbox = await cli(COORD, 'import-bundle', f('coord.sqlite'), f('labour-1.tdbundle'), f('own.tdbundle'), f('empty.tdbundle'), f('interior-1.tdbundle'), '--json');
    expect(inbox.code).toBe(1);
    expect(json(inbox)).toMatchObject([
      { file: f('labour-1.tdbundle'), outcome: 'accepted', fastForwarded: ['5'] },
      // The coordinator's own bundle is taken back as its own: all of it is here already.
      { file: f('own.tdbundle'), outcome: 'unchanged', own: true },
      { file: f('empty.tdbundle'), outcome: 'rejected' },
      { file: f('interior-1.tdbundle'), outcome: 'accepted', fastForwarded: ['7c'] },
    ]);
    expect(inbox.err.trim().split('\n')).toEqual([expect.stringMatching(/^treaty-desk import-bundle: .*empty\.tdbundle: /)]);
    const text = await cli(COORD, 'import-bundle', f('coord.sqlite'), f('labour-1.tdbundle'), f('interior-1.tdbundle'));
    expect(text.code).toBe(0);
    expect(text.lines).toEqual([expect.stringMatching(/labour-1\.tdbundle: Already imported/), expect.stringMatching(/interior-1\.tdbundle: Already imported/)]);
  }, 120_000);

  it('writes the parts for minisign, which verifies the bundle and refuses an altered copy', async () => {
    const { dir, f } = await setUp();
    await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '13', '--text', 'Bilateral agreements.');
    await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('b.tdbundle'));
    const bytes = readFileSync(f('b.tdbundle'));
    expect((await cli(COORD, 'verify-bundle', f('b.tdbundle'), '--db', f('coord.sqlite'), '--minisign-out', dir)).err).toContain('minisign -Vm');
    const ok = spawnSync('minisign', ['-Vm', f('b.tdbundle.payload'), '-p', f('signer.pub')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/trusted comment: treaty-desk-bundle v1 kind=answers .* seq=1 /i);

    const altered = Buffer.from(bytes);
    altered[altered.length - 30] ^= 0x01;
    writeFileSync(f('altered.tdbundle'), altered);
    const refused = await cli(COORD, 'verify-bundle', f('altered.tdbundle'), '--db', f('coord.sqlite'), '--minisign-out', dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('altered or damaged');
    const bad = spawnSync('minisign', ['-Vm', f('altered.tdbundle.payload'), '-p', f('signer.pub')], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Signature verification failed');
  }, 120_000);

  it('revokes a key, refuses its bundles, and accepts a rotated key once trusted', async () => {
    const { f, fp } = await setUp();
    await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'First.');
    await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('1.tdbundle'));
    await cli(COORD, 'import-bundle', f('coord.sqlite'), f('1.tdbundle'));
    await cli(COORD, 'trust', f('coord.sqlite'), '--institution', LABOUR, '--fingerprint', fp.labour);
    expect((await cli(COORD, 'import-bundle', f('coord.sqlite'), f('1.tdbundle'))).code).toBe(0);

    expect((await cli(COORD, 'revoke', f('coord.sqlite'), '--institution', LABOUR)).code).toBe(0);
    await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Second.');
    await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('2.tdbundle'));
    expect(json(await cli(COORD, 'import-bundle', f('coord.sqlite'), f('2.tdbundle'), '--json'))).toMatchObject({ outcome: 'rejected', reason: 'revoked_key' });

    const rotated = await cli(LABOUR, 'rotate', f('labour.sqlite'));
    expect(rotated.code).toBe(0);
    const newFp = rotated.lines.at(-1)!;
    expect(newFp).not.toBe(fp.labour);
    await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('3.tdbundle'));
    expect(json(await cli(COORD, 'import-bundle', f('coord.sqlite'), f('3.tdbundle'), '--json'))).toMatchObject({ outcome: 'rejected', reason: 'unknown_signer' });
    // A revoked key is never trusted again, even with its right fingerprint.
    expect((await cli(COORD, 'trust', f('coord.sqlite'), '--institution', LABOUR, '--fingerprint', fp.labour)).code).toBe(1);
    expect((await cli(COORD, 'trust', f('coord.sqlite'), '--institution', LABOUR, '--fingerprint', newFp)).code).toBe(0);
    expect(json(await cli(COORD, 'import-bundle', f('coord.sqlite'), f('3.tdbundle'), '--json'))).toMatchObject({ outcome: 'accepted', fastForwarded: ['5'] });
    expect(json(await cli(COORD, 'import-bundle', f('coord.sqlite'), f('2.tdbundle'), '--json'))).toMatchObject({ reason: 'revoked_key' });
  }, 120_000);

  it('explains what is missing: no passphrase, a wrong one, a drafter inviting', async () => {
    const { f } = await setUp();
    const none = await runCommand(['export-bundle', f('labour.sqlite'), '--out', f('x.tdbundle')]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('TREATY_DESK_PASSPHRASE');
    const wrong = await cli('someone else', 'export-bundle', f('labour.sqlite'), '--out', f('x.tdbundle'));
    expect(wrong).toMatchObject({ code: 1, err: 'treaty-desk export-bundle: Wrong passphrase: the signing key could not be unlocked.' });
    expect((await cli(LABOUR, 'invite', f('labour.sqlite'), '--institution', 'X', '--paragraphs', '1', '--out', f('x.tdbundle'))).err).toContain('Only the coordinating ministry');
    expect((await cli(COORD, 'invite', f('coord.sqlite'), '--institution', 'X', '--paragraphs', '99', '--out', f('x.tdbundle'))).err).toContain('no paragraph 99');
    expect((await cli(COORD, 'join', f('new.sqlite'), '--invite', f('coord.sqlite'))).code).toBe(1);
  }, 120_000);
});
