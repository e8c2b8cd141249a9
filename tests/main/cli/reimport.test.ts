// `reimport` of a list that renumbers approved answers: it says which answers go back to drafting,
// names a move only where it is certain, and `export-report --check` then lists the answers to read
// against their new question.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/store/database';
import { setStatus } from '../../../main/core/store/workflow-store';
import { runCommand } from '../../helpers/cli';
import { repoRoot, tempDir } from '../../helpers/host-process';
import { seedText } from '../../helpers/workspace';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const cli = (...argv: string[]) => runCommand(argv, { now: new Date('2026-02-01T00:00:00Z') });

// The revised list drops paragraph 3, so the old 4 to 35 become 3 to 34.
const dropped = seedText
  .replace(/^3\. Please provide updated information on the ministry[\s\S]*?(?=^4\. )/m, '')
  .replace(/^(\d{1,2})\. (?=Please|With|The )/gm, (_w, n: string) => `${Number(n) > 3 ? Number(n) - 1 : n}. `);

describe('reimport over approved answers', () => {
  it('says which answers go back to drafting, and the check names them', async () => {
    const dir = tempDir();
    const db = join(dir, 'ws.sqlite');
    const revised = join(dir, 'revised.txt');
    writeFileSync(revised, dropped);
    expect((await cli('init', db, '--loi', seed, '--institution', 'Ministry of Labour')).code).toBe(0);
    for (const p of ['1', '3', '4', '6', '7']) expect((await cli('answer', db, '--paragraph', p, '--text', `Answer to the question originally numbered ${p}.`)).code).toBe(0);
    const ws = openDatabase(db);
    for (const p of ['1', '3', '4', '6']) setStatus(ws, p, 'approved', 'Ministry of Labour', new Date('2026-02-01T00:00:00Z'));
    ws.close();

    const dry = await cli('reimport', db, '--loi', revised, '--dry-run');
    expect(dry.out).toContain('3 ready or approved answers go back to drafting, their question having changed: 3 (was approved), 4 (was approved), 6 (was approved).');
    // Old 4 is now 3, certainly; old 6 ("Please provide information on:") opens several paragraphs, so no move is claimed.
    expect(dry.out).toContain('changed 4 (answered) (its old text is now 3):');
    expect(dry.out).not.toMatch(/changed 6 \(answered\) \(its old text is now/);

    const done = await cli('reimport', db, '--loi', revised);
    expect(done.out).toContain('3 ready or approved answers went back to drafting, their question having changed: 3 (was approved), 4 (was approved), 6 (was approved).');
    expect(done.out).toContain('Read each against its new question and approve it again.');

    const check = await cli('export-report', db, '--check');
    expect(check.code).toBe(1);
    expect(check.lines).toContain('Question changed by a re-import, check the answer against it: 3, 4, 6, 7');
  });
});
