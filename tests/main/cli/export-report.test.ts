// The CLI door onto the report: export-report (with its check, draft and review options) and
// report-settings, with one-line errors and nothing written when refused.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { repoRoot, tempDir } from '../../helpers/host-process';
import { conflictedCore } from '../core/export/conflicted';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');

const cli = (...argv: string[]) => runCommand(argv, { now: new Date('2026-02-01T00:00:00Z') });

async function workspace() {
  const dir = tempDir();
  const db = join(dir, 'ws.sqlite');
  expect((await cli('init', db, '--loi', seed, '--institution', 'Ministry of Labour')).code).toBe(0);
  expect((await cli('answer', db, '--paragraph', '5', '--text', 'Labour migration flows are recorded by the State Migration Service.')).code).toBe(0);
  return { dir, db };
}

describe('export-report', () => {
  it('refuses a report that is not ready, writing nothing, and writes a marked draft with --draft', async () => {
    const { dir, db } = await workspace();
    const out = join(dir, 'report.docx');
    const refused = await cli('export-report', db, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      'treaty-desk export-report: The report is not ready: Paragraphs or sub-items without a reply: 34 (first: paragraph 1); Replies not yet approved: 1 (first: paragraph 5). Resolve these, or export it as a draft.',
    );
    expect(readdirSync(dir).filter((f) => !f.startsWith('ws.sqlite'))).toEqual([]);
    const draft = await cli('export-report', db, '--out', out, '--draft');
    expect(draft.code).toBe(0);
    expect(draft.out).toMatch(/^Draft report written to .*report\.docx \(\d+ bytes\)\.$/);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('takes the format from the file name: .html, .json, and the review copy', async () => {
    const { dir, db } = await workspace();
    expect((await cli('export-report', db, '--out', join(dir, 'r.html'), '--draft')).code).toBe(0);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('Reply to paragraph 5 of the list of issues');
    expect((await cli('export-report', db, '--out', join(dir, 'r.json'), '--draft')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).paragraphs[4].answers[0].ref).toBe('5');
    const review = await cli('export-report', db, '--out', join(dir, 'review.docx'), '--review');
    expect(review).toMatchObject({ code: 0, out: expect.stringMatching(/^Review copy written to/) });
  });

  it('prints the check, exiting 1 while the report is not ready', async () => {
    const { db } = await workspace();
    const r = await cli('export-report', db, '--check');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'Not ready: a final export is refused; --draft exports a marked draft.',
      expect.stringMatching(/^Unanswered: 1 \(with 3 sub-items\), 2 \(with 3 sub-items\), 3, 4 \(with 3 sub-items\), 6 /),
      'Open conflicts: none',
      'Not approved: 5 (drafting)',
      'Words: 10 of 21200',
      'Section II words: 0 of 1500',
      expect.stringMatching(/^Whole document as compiled \(title page, headings, tables in the text\): \d+ words of 21200$/),
    ]);
    const json = await cli('export-report', db, '--check', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ ready: false, notApproved: [{ ref: '5', status: 'drafting' }] });
  });

  it('warns on stderr, and in --json, whenever merge conflicts are open, in every layout and format', async () => {
    const dir = tempDir();
    const { db, path } = await conflictedCore(dir);
    db.close();
    const warning =
      'Warning: 2 open merge conflicts in paragraphs 5 (1), 7 (1); the file shows both versions of each, marked as a conflict. Resolve them (conflicts, resolve) before the final report.';
    const review = await cli('export-report', path, '--out', join(dir, 'review.docx'), '--review');
    expect(review).toMatchObject({ code: 0, err: warning, out: expect.stringMatching(/^Review copy written to/) });
    expect(await cli('export-report', path, '--out', join(dir, 'draft.html'), '--draft')).toMatchObject({ code: 0, err: warning });
    const json = await cli('export-report', path, '--out', join(dir, 'review.json'), '--review', '--json');
    expect(json.err).toBe(warning.replace('the file shows both versions of each, marked as a conflict', 'the file lists them under "conflicts"'));
    expect(JSON.parse(json.out)).toEqual({
      out: join(dir, 'review.json'), layout: 'review', format: 'json', draft: false, bytes: expect.any(Number),
      conflicts: [{ ref: '5', count: 1 }, { ref: '7', count: 1 }],
    });
    // The final report is still refused while they are open.
    const refused = await cli('export-report', path, '--out', join(dir, 'final.docx'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Open merge conflicts: 2 (first: paragraph 5)');
    expect(existsSync(join(dir, 'final.docx'))).toBe(false);
    // Without conflicts: no warning, and --json says so with an empty list.
    const { db: plain } = await workspace();
    const clean = await cli('export-report', plain, '--out', join(dir, 'clean.docx'), '--review', '--json');
    expect(clean.err).toBe('');
    expect(JSON.parse(clean.out).conflicts).toEqual([]);
  });

  it('reports wrong usage with exit 2 and a missing folder with exit 1, writing nothing', async () => {
    const { dir, db } = await workspace();
    expect(await cli('export-report', db, '--out', join(dir, 'report.pdf'), '--draft')).toMatchObject({
      code: 2, err: `treaty-desk export-report: usage: --out must name a .docx, .html or .json file (got "${join(dir, 'report.pdf')}").`,
    });
    expect((await cli('export-report', db)).code).toBe(2);
    expect((await cli('export-report')).code).toBe(2);
    const missing = join(dir, 'nowhere', 'report.docx');
    expect(await cli('export-report', db, '--out', missing, '--draft')).toMatchObject({ code: 1, err: `treaty-desk export-report: No folder ${join(dir, 'nowhere')} to write ${missing} into.` });
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(readdirSync(dir).filter((f) => !f.startsWith('ws.sqlite'))).toEqual([]);
    expect((await cli('export-report', join(dir, 'none.sqlite'), '--check')).code).toBe(1);
  });

  it('runs through npm as documented', () => {
    const dir = tempDir();
    const db = join(dir, 'ws.sqlite');
    execFileSync('npm', ['run', '--silent', 'cli', '--', 'init', db, '--loi', seed, '--institution', 'Ministry'], { cwd: repoRoot });
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'export-report', db, '--out', join(dir, 'report.docx'), '--draft'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/^Draft report written to/);
    expect(existsSync(join(dir, 'report.docx'))).toBe(true);
  });
});

describe('report-settings', () => {
  it('shows the derived defaults, then saves changes that the export uses', async () => {
    const { dir, db } = await workspace();
    expect((await cli('report-settings', db)).out).toBe(
      'Title: Second periodic report submitted by Kyrgyzstan under article 73 of the Convention (derived from the list of issues)\nDue: -; submitted: -; language: en; statistical annex: no',
    );
    const set = await cli('report-settings', db, '--due-year', '2023', '--submitted-year', '2024', '--annex', 'yes', '--json');
    expect(JSON.parse(set.out)).toEqual({
      title: 'Second periodic report submitted by Kyrgyzstan under article 73 of the Convention', dueYear: 2023, submittedYear: 2024, language: 'en', statisticalAnnex: true, saved: true,
    });
    await cli('export-report', db, '--out', join(dir, 'r.html'), '--draft');
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('under article 73 of the Convention, due in 2023</h1>');
    expect((await cli('report-settings', db, '--due-year', 'none', '--json')).out).toContain('"dueYear":null');
  });

  it('keeps a suggested title in the report language when only --language changes, and a typed title as typed', async () => {
    const { dir, db } = await workspace();
    await cli('report-settings', db, '--language', 'ru', '--due-year', '2023');
    expect((await cli('report-settings', db)).out).toBe(
      'Title: Второй периодический доклад государства-участника, представленный в соответствии со статьей 73 Конвенции (derived from the list of issues)\n' +
        'Due: 2023; submitted: -; language: ru; statistical annex: no',
    );
    await cli('export-report', db, '--out', join(dir, 'r.html'), '--draft');
    const h1 = /<h1 class="title">(.*?)<\/h1>/.exec(readFileSync(join(dir, 'r.html'), 'utf8'))?.[1];
    expect(h1).toBe('Второй периодический доклад государства-участника, представленный в соответствии со статьей 73 Конвенции, подлежащий представлению в 2023 году');
    const back = JSON.parse((await cli('report-settings', db, '--language', 'en', '--json')).out);
    expect(back.title).toBe('Second periodic report submitted by Kyrgyzstan under article 73 of the Convention');
    await cli('report-settings', db, '--title', 'Second periodic report of Kyrgyzstan, simplified procedure');
    const typed = JSON.parse((await cli('report-settings', db, '--language', 'ru', '--json')).out);
    expect(typed).toMatchObject({ title: 'Second periodic report of Kyrgyzstan, simplified procedure', language: 'ru' });
  });

  it('suggests a Russian title for a Russian list, and an English one without the State when switched to English', async () => {
    const dir = tempDir();
    const db = join(dir, 'ws.sqlite');
    expect((await cli('init', db, '--loi', join(repoRoot, 'tests', 'fixtures', 'loi', 'cmw-tjk-ru.txt'), '--institution', 'Министерство труда')).code).toBe(0);
    expect(JSON.parse((await cli('report-settings', db, '--json')).out)).toMatchObject({
      title: 'Третий периодический доклад Таджикистана, представленный в соответствии со статьей 73 Конвенции',
      language: 'ru',
      saved: false,
    });
    expect(JSON.parse((await cli('report-settings', db, '--language', 'en', '--json')).out)).toMatchObject({
      title: 'Third periodic report submitted by the State party under article 73 of the Convention',
      language: 'en',
      saved: true,
    });
  });

  it('refuses bad values with one line and leaves the settings as they were', async () => {
    const { db } = await workspace();
    await cli('report-settings', db, '--title', 'Second periodic report', '--due-year', '2023');
    const before = (await cli('report-settings', db, '--json')).out;
    expect(await cli('report-settings', db, '--due-year', '23')).toMatchObject({ code: 2, err: 'treaty-desk report-settings: usage: --due-year takes a four-digit year or "none" (got "23").' });
    expect((await cli('report-settings', db, '--annex', 'maybe')).code).toBe(2);
    expect((await cli('report-settings', db, '--language', 'ky')).code).toBe(2);
    const blank = await cli('report-settings', db, '--title', '   ');
    expect(blank).toMatchObject({ code: 1, err: 'treaty-desk report-settings: report.saveSettings: title: the report needs a title' });
    expect((await cli('report-settings', db, '--due-year', '1900')).code).toBe(1);
    expect((await cli('report-settings', db, '--json')).out).toBe(before);
  });
});
