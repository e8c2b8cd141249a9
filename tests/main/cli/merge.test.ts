// Merge through the CLI with real signed bundles: two ministries rewrite the same answer, the
// coordinator imports both, lists the conflict with `conflicts` and settles it with `resolve`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { openDatabase } from '../../../main/core/store/database';
import { readAnswers } from '../../../main/core/store/answer-store';
import { plainText } from '../../../shared/editor/types';
import { repoRoot, tempDir } from '../../helpers/host-process';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const COORD = 'Ministry of Foreign Affairs';
const LABOUR = 'Ministry of Labour and Social Development';
const INTERIOR = 'Ministry of Internal Affairs';

let clock = new Date('2026-03-02T08:00:00Z').getTime();
function cli(who: string, ...argv: string[]) {
  clock += 10 * 60_000;
  return runCommand(argv, { env: { TREATY_DESK_PASSPHRASE: `${who} passphrase` }, now: new Date(clock) });
}

describe('conflicts and resolve', () => {
  it('merges two ministries’ bundles, lists the one conflict and resolves it', async () => {
    const dir = tempDir('treaty-desk-cli-merge-');
    const f = (name: string) => join(dir, name);
    const ok = async (who: string, ...argv: string[]) => {
      const r = await cli(who, ...argv);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      return r;
    };
    await ok(COORD, 'init', f('coord.sqlite'), '--loi', seed, '--institution', COORD);
    await ok(COORD, 'answer', f('coord.sqlite'), '--paragraph', '5', '--text', 'Data are collected.\n\nBy the migration service.\n\nEvery year.');
    const fp: Record<string, string> = {};
    for (const [who, file] of [[LABOUR, 'labour'], [INTERIOR, 'interior']] as const) {
      await ok(COORD, 'invite', f('coord.sqlite'), '--institution', who, '--paragraphs', '5', '--out', f(`${file}-invite.tdbundle`));
      fp[who] = (await ok(who, 'join', f(`${file}.sqlite`), '--invite', f(`${file}-invite.tdbundle`))).lines.at(-1)!;
    }
    await ok(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Data are collected monthly.\n\nBy the migration service, Labour.\n\nEvery year.');
    await ok(INTERIOR, 'answer', f('interior.sqlite'), '--paragraph', '5', '--text', 'Data are collected.\n\nBy the migration service, Interior.\n\nEvery year, since 2019.');
    await ok(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('labour-1.tdbundle'));
    await ok(INTERIOR, 'export-bundle', f('interior.sqlite'), '--out', f('interior-1.tdbundle'));
    // A first bundle from an unknown key is refused until its fingerprint is confirmed.
    for (const [who, file] of [[LABOUR, 'labour'], [INTERIOR, 'interior']] as const) {
      expect((await cli(COORD, 'import-bundle', f('coord.sqlite'), f(`${file}-1.tdbundle`))).code).toBe(1);
      await ok(COORD, 'trust', f('coord.sqlite'), '--institution', who, '--fingerprint', fp[who]);
    }

    const first = JSON.parse((await ok(COORD, 'import-bundle', f('coord.sqlite'), f('labour-1.tdbundle'), '--json')).out);
    expect(first).toMatchObject({ fastForwarded: ['5'], merged: [], conflicts: [], unchanged: [], rejected: [] });
    const second = JSON.parse((await ok(COORD, 'import-bundle', f('coord.sqlite'), f('interior-1.tdbundle'), '--json')).out);
    expect(second).toMatchObject({ fastForwarded: [], merged: [], conflicts: ['5'], unchanged: [], rejected: [] });

    const list = JSON.parse((await ok(COORD, 'conflicts', f('coord.sqlite'), '--json')).out) as Array<{
      id: string; ref: string; mine: { text: string; from: Array<{ institution: string }> }; theirs: { text: string; from: Array<{ institution: string }> };
    }>;
    expect(list).toHaveLength(1);
    expect(list[0].ref).toBe('5');
    expect([list[0].mine.text, list[0].theirs.text].sort()).toEqual(['By the migration service, Interior.', 'By the migration service, Labour.']);
    const human = await ok(COORD, 'conflicts', f('coord.sqlite'));
    expect(human.lines[0]).toBe(`${list[0].id.slice(0, 12)}  paragraph 5, text`);
    expect(human.out).toContain(INTERIOR);

    const bad = await cli(COORD, 'resolve', f('coord.sqlite'), '--conflict', list[0].id.slice(0, 10), '--keep', 'newest');
    expect(bad).toMatchObject({ code: 2, err: 'treaty-desk resolve: usage: resolve <db> --conflict <id> --keep mine|theirs|both [--json]' });
    const missing = await cli(COORD, 'resolve', f('coord.sqlite'), '--conflict', '00000000', '--keep', 'mine');
    expect(missing).toMatchObject({ code: 1, err: 'treaty-desk resolve: No open conflict 00000000: run "conflicts" for the list.' });
    // A bundle or a folder named where the workspace goes is said to be that, not a damaged workspace.
    const swapped = await cli(COORD, 'import-bundle', f('labour-1.tdbundle'), f('coord.sqlite'));
    expect(swapped).toMatchObject({ code: 1, err: `treaty-desk import-bundle: ${f('labour-1.tdbundle')} is not a Treaty Desk workspace: it is not an SQLite database file.` });
    expect(await cli(COORD, 'conflicts', dir)).toMatchObject({ code: 1, err: `treaty-desk conflicts: ${dir} is a folder, not a workspace file.` });
    // Another program writing to the workspace for longer than SQLite waits: said so, and nothing is resolved.
    const holder = openDatabase(f('coord.sqlite'));
    holder.exec('BEGIN IMMEDIATE');
    const busy = await cli(COORD, 'resolve', f('coord.sqlite'), '--conflict', list[0].id.slice(0, 10), '--keep', 'theirs');
    holder.exec('ROLLBACK');
    holder.close();
    expect(busy).toMatchObject({ code: 1, err: 'treaty-desk resolve: The workspace is busy: another program is writing to it. Try again when it has finished.' });
    expect(JSON.parse((await ok(COORD, 'conflicts', f('coord.sqlite'), '--json')).out)).toHaveLength(1);

    const theirs = list[0].theirs.from[0].institution;
    const done = await ok(COORD, 'resolve', f('coord.sqlite'), '--conflict', list[0].id.slice(0, 10), '--keep', 'theirs');
    expect(done.out).toBe(`Resolved ${list[0].id.slice(0, 12)} in paragraph 5 (kept theirs); 0 open conflict(s) left there.`);
    expect((await ok(COORD, 'conflicts', f('coord.sqlite'))).out).toBe('No open conflicts.');

    const db = openDatabase(f('coord.sqlite'));
    const text = plainText(readAnswers(db, ['5'])['5'].content);
    db.close();
    expect(text).toBe(
      `Data are collected monthly.\nBy the migration service, ${theirs === INTERIOR ? 'Interior' : 'Labour'}.\nEvery year, since 2019.`,
    );

    // Who wrote each paragraph of the merged answer, with the key each came signed with.
    const who = JSON.parse((await ok(COORD, 'provenance', f('coord.sqlite'), '--paragraph', '5', '--json')).out) as { blocks: Array<{ text: string; by: { institution: string; signerFingerprint: string } }> };
    expect(who.blocks.map((b) => [b.text, b.by.institution, b.by.signerFingerprint])).toEqual([
      ['Data are collected monthly.', LABOUR, fp[LABOUR]],
      [`By the migration service, ${theirs === INTERIOR ? 'Interior' : 'Labour'}.`, theirs, fp[theirs]],
      ['Every year, since 2019.', INTERIOR, fp[INTERIOR]],
    ]);
    const said = await ok(COORD, 'provenance', f('coord.sqlite'), '--paragraph', '5');
    expect(said.lines[0]).toMatch(new RegExp(`^Data are collected monthly\\.  \\(${LABOUR}, 2026-03-02 \\d\\d:\\d\\d UTC, key ${fp[LABOUR]}\\)$`));
    expect((await ok(COORD, 'provenance', f('coord.sqlite'), '--paragraph', '6')).out).toBe('Paragraph 6 has no answer yet.');
    expect(await cli(COORD, 'provenance', f('coord.sqlite'))).toMatchObject({ code: 2, err: 'treaty-desk provenance: usage: provenance <db> --paragraph <ref> [--json]' });
  }, 120_000);
});
