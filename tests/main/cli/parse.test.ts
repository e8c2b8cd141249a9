// The CLI doors of the importer: `parse --json` prints the structure the issue specifies and exits 1
// with one line for anything that is not a list of issues; `init` takes Word files; `reimport`
// keeps answers and reports changed questions.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { openDatabase } from '../../../main/core/store/database';
import { saveAnswer } from '../../../main/core/store/answer-store';
import { repoRoot, tempDir } from '../../helpers/host-process';
import { para } from '../../helpers/workspace';
import { makeDocx } from '../core/import/make-docx';
import { headContent } from '../../../main/core/store/content-store';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');

const cli = (...argv: string[]) => runCommand(argv, { now: new Date('2026-02-01T00:00:00Z') });

describe('parse', () => {
  it('prints the seed as one JSON object in the specified shape', async () => {
    const r = await cli('parse', seed, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['document', 'paragraphs', 'footnotes', 'limits', 'warnings']);
    expect(json.document).toMatchObject({ symbol: 'CMW/C/KGZ/QPR/2', committee: 'CMW', stateParty: 'Kyrgyzstan', language: 'en', title: 'List of issues prior to submission of the second periodic report of Kyrgyzstan' });
    expect(json.paragraphs).toHaveLength(35);
    expect(Object.keys(json.paragraphs[0])).toEqual(['number', 'text', 'headings', 'articles', 'subitems', 'footnotes', 'references']);
    expect(json.paragraphs[0].subitems[0]).toEqual({ label: 'a', text: expect.stringMatching(/^Steps taken to align national legislation/) });
    expect(json.paragraphs[6].footnotes).toEqual(['1']);
    expect(json.paragraphs[24].articles).toEqual([49, 51, 52, 53, 54]);
    expect(json.footnotes).toHaveLength(4);
    expect(json.limits).toHaveLength(2);
  });

  it('exits 1 with one line for what is not a list of issues', async () => {
    const dir = tempDir();
    const cases: Array<[string, string | Uint8Array, RegExp]> = [
      ['empty.txt', '', /^treaty-desk parse: empty\.txt is empty\.$/],
      ['minutes.txt', 'Minutes of the meeting.\nThe meeting opened at 10 a.m.', /^treaty-desk parse: minutes\.txt: No numbered paragraphs were found/],
      ['noise.bin', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256), /is not a text, Word \(\.docx\), PDF or HTML file/],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(dir, name), content);
      const r = await cli('parse', join(dir, name), '--json');
      expect(r).toMatchObject({ code: 1, out: '' });
      expect(r.err).toMatch(message);
      expect(r.err.split('\n')).toHaveLength(1);
    }
    expect((await cli('parse')).code).toBe(2);
  });
});

describe('init and reimport', () => {
  it('creates a workspace from a Word file, then re-imports the seed keeping an answer', async () => {
    const dir = tempDir();
    const docx = join(dir, 'list.docx');
    writeFileSync(docx, await makeDocx('CMW/C/KGZ/QPR/2', ['CMW/C/KGZ/QPR/2', 'List of issues prior to submission of the second periodic report of Kyrgyzstan'], [
      { kind: 'para', text: '1.\tPlease provide information on the legal framework.' },
      { kind: 'para', text: '2.\tPlease provide information on:' },
      { kind: 'item', text: 'Policies;', level: 0, list: 1 },
      { kind: 'item', text: 'Resources.', level: 0, list: 1 },
    ], {}));
    const db = join(dir, 'ws.sqlite');
    expect(await cli('init', db, '--loi', docx, '--institution', 'Ministry of Labour')).toMatchObject({ code: 0, out: `Created ${db}: CMW/C/KGZ/QPR/2, 2 paragraphs, 2 sub-items.` });
    const ws = openDatabase(db);
    saveAnswer(ws, '2b', para('Budget line 14.'), 'Ministry of Labour', new Date('2026-02-01T00:00:00Z'));
    ws.close();

    const dry = await cli('reimport', db, '--loi', seed, '--dry-run', '--json');
    expect(JSON.parse(dry.out)).toMatchObject({ mode: 'reimport', paragraphs: 35, subitems: 83, changed: [{ ref: '1' }, { ref: '2' }, { ref: '2a' }, { ref: '2b', answered: true }] });
    const done = await cli('reimport', db, '--loi', seed);
    expect(done.code).toBe(0);
    expect(done.out).toContain('35 paragraphs, 83 sub-items; 4 question texts changed (1 answered), 114 added, 0 retired with their answers');
    expect(done.out).toContain('changed 2b (answered): "Resources." -> "Resources allocated to the implementation of such policies and the results obtained;"');
    const after = openDatabase(db);
    expect(headContent(after, '2b')).toEqual(para('Budget line 14.'));
    after.close();
  });
});
