// `rename-institution`: a coordinator whose workspace was made as "Lead ministry" names it; the
// invitation then carries the new name to the drafter; after it the name stays, and a drafter
// cannot rename itself. A refused rename leaves the workspace file as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { repoRoot, tempDir } from '../../helpers/host-process';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const MOL = 'Ministry of Labour, Social Security and Migration';
let clock = new Date('2026-03-02T08:00:00Z').getTime();
const cli = (who: string, ...argv: string[]) => runCommand(argv, { env: { TREATY_DESK_PASSPHRASE: `${who} passphrase` }, now: new Date((clock += 60_000)) });

describe('rename-institution', () => {
  it('names the coordinator before its first invitation, which carries the name; then refuses', async () => {
    const dir = tempDir('treaty-desk-cli-rename-');
    const f = (name: string) => join(dir, name);
    const coord = f('coord.sqlite');
    expect((await cli('coord', 'init', coord, '--loi', seed, '--institution', 'Lead ministry')).code).toBe(0);
    // An invitation that cannot be written is not signed: it takes nothing, the name included.
    const lost = await cli('coord', 'invite', coord, '--institution', 'Ministry of Health', '--paragraphs', '5', '--out', f('missing/invite.tdbundle'));
    expect(lost.code).not.toBe(0);
    expect(lost.err).toContain(`The folder ${f('missing')} does not exist.`);
    const renamed = await cli('coord', 'rename-institution', coord, '--name', `${MOL}  `);
    expect(renamed, renamed.err).toMatchObject({ code: 0, out: `Renamed Lead ministry to ${MOL}.` });

    expect((await cli('coord', 'invite', coord, '--institution', 'Ministry of Internal Affairs', '--paragraphs', '7', '--out', f('invite.tdbundle'))).code).toBe(0);
    const joined = await cli('interior', 'join', f('interior.sqlite'), '--invite', f('invite.tdbundle'));
    expect(joined, joined.err).toMatchObject({ code: 0 });
    expect(joined.out).toContain(`answering paragraphs 7, for ${MOL}.`);

    const file = readFileSync(coord);
    const refused = await cli('coord', 'rename-institution', coord, '--name', 'Ministry of Labour');
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain(`The name can no longer change: an invitation or bundle was signed as ${MOL} on 2026-03-02`);
    expect(readFileSync(coord).equals(file)).toBe(true);

    const drafter = await cli('interior', 'rename-institution', f('interior.sqlite'), '--name', 'Ministry of the Interior');
    expect(drafter.code).not.toBe(0);
    expect(drafter.err).toContain(`This workspace drafts for its coordinator, who named it Ministry of Internal Affairs in the invitation.`);
  }, 120_000);
});
