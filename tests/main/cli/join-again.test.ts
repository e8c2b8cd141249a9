// `join` on a workspace that has joined: a newer invitation from the same coordinator (paragraphs
// moved) changes the paragraphs assigned and says what changed; another institution's is refused.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { repoRoot, tempDir } from '../../helpers/host-process';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const COORD = 'Ministry of Foreign Affairs';
const LABOUR = 'Ministry of Labour';
let clock = new Date('2026-03-02T08:00:00Z').getTime();
const cli = (who: string, ...argv: string[]) => runCommand(argv, { env: { TREATY_DESK_PASSPHRASE: `${who} passphrase` }, now: new Date((clock += 60_000)) });

describe('join with a newer invitation', () => {
  it('changes the paragraphs assigned, makes no new key, and refuses another institution\'s invitation', async () => {
    const dir = tempDir('treaty-desk-cli-join-again-');
    const f = (name: string) => join(dir, name);
    const coord = f('coord.sqlite');
    const labour = f('labour.sqlite');
    expect((await cli(COORD, 'init', coord, '--loi', seed, '--institution', COORD)).code).toBe(0);
    expect((await cli(COORD, 'invite', coord, '--institution', LABOUR, '--paragraphs', '5,13', '--out', f('first.tdbundle'))).code).toBe(0);
    const first = await cli(LABOUR, 'join', labour, '--invite', f('first.tdbundle'));
    expect(first.code).toBe(0);
    expect((await cli(COORD, 'invite', coord, '--institution', LABOUR, '--paragraphs', '13', '--out', f('again.tdbundle'))).code).toBe(0);
    const again = await cli(LABOUR, 'join', labour, '--invite', f('again.tdbundle'));
    expect(again, again.err).toMatchObject({ code: 0 });
    expect(again.out).toContain(`${LABOUR}: invitation from ${COORD} taken. Now assigned: 13 (was 5, 13).`);
    // No new key: nothing to read to the coordinator again.
    expect(again.out).not.toContain('Your key fingerprint');

    expect((await cli(COORD, 'invite', coord, '--institution', 'Ministry of Health', '--paragraphs', '20', '--out', f('health.tdbundle'))).code).toBe(0);
    const other = await cli(LABOUR, 'join', labour, '--invite', f('health.tdbundle'));
    expect(other.code).not.toBe(0);
    expect(other.err).toContain('it invites Ministry of Health; this workspace drafts for Ministry of Labour');
  }, 120_000);
});
