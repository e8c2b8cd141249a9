// The Word export opens in LibreOffice: headless conversion to PDF succeeds, and the rendered first
// page shows the title, the first reply heading and the numbered reply text.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/host-process';
import { richCore } from './fixture';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);

describe('LibreOffice renders the report', () => {
  it('converts the .docx to PDF without error, with the title on the first page and the annex on its own page', async () => {
    // .ci/run installs libreoffice-writer and poppler-utils; a machine without them fails here loudly.
    expect(SOFFICE, 'LibreOffice (Debian package libreoffice-writer) is needed for this test').toBeDefined();
    const { api } = await richCore();
    await api['report.saveSettings']({ title: 'Second periodic report submitted by Kyrgyzstan under article 73 of the Convention', dueYear: 2023, submittedYear: 2024, language: 'en', statisticalAnnex: true });
    const r = await api['report.export']({ format: 'docx', draft: true });
    if (!r.ok) throw new Error(r.error);
    const dir = tempDir('treaty-desk-lo-');
    const docx = join(dir, r.value.fileName);
    writeFileSync(docx, Buffer.from(r.value.base64, 'base64'));
    // A private profile, so a LibreOffice the user has open (or another test run) does not interfere.
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
    const pdf = join(dir, r.value.fileName.replace(/\.docx$/, '.pdf'));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const first = page(1);
    expect(first).toContain('Committee on the Protection of the Rights of All Migrant Workers');
    expect(first).toContain('Second periodic report submitted by Kyrgyzstan under article 73 of the Convention, due in 2023');
    expect(first).toContain('[Year of submission: 2024]');
    expect(first).toContain('Draft — not for submission');
    expect(first).toContain('Reply to paragraph 1 of the list of issues');
    expect(first).toMatch(/1\. The Law on External Labour Migration of 2006/);
    expect(first).toMatch(/3\. The State party has concluded agreements with/);

    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const last = page(pages);
    expect(last).toMatch(/Annex Statistical tables Table 1 Labour migrants registered abroad, by sex and age/);
    expect(last).toContain('Russian Federation 41 120 63 402 626');
  }, 180_000);
});
