// Text that pasting brings in must not break the Word file: control characters and unpaired
// surrogates are invalid XML (Word refuses such a file outright), line breaks stay line breaks.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../shared/export/clean-text';
import { seededCore } from '../../../helpers/workspace';
import { migrationTable } from './fixture';

/** Characters XML 1.0 forbids: C0 controls other than tab, LF and CR; U+FFFE/U+FFFF; unpaired surrogates. */
function invalidXmlChars(xml: string): string[] {
  const bad: string[] = [];
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (high && i + 1 < xml.length && xml.charCodeAt(i + 1) >= 0xdc00 && xml.charCodeAt(i + 1) <= 0xdfff) i++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff || high || low) bad.push(`U+${c.toString(16).padStart(4, '0')}`);
  }
  return bad;
}

const hostile = 'Bell\u0007 tab\t VT\u000B nul\u0000 end\uFFFF lone\uD800 pair😀 done';

describe('text in the Word file', () => {
  it('drops what XML cannot hold and keeps everything else', () => {
    expect(invalidXmlChars(hostile)).toEqual(['U+0007', 'U+000b', 'U+0000', 'U+ffff', 'U+d800']);
    expect(cleanText(hostile)).toBe('Bell tab\t VT  nul end lone pair😀 done');
    expect(invalidXmlChars(cleanText(hostile))).toEqual([]);
  });

  it('leaves every part of the .docx well-formed whatever an answer, a footnote or a table holds', async () => {
    const { api } = seededCore();
    const saved = await api['answer.save']({
      ref: '5',
      content: [
        { type: 'paragraph', children: [{ text: hostile }, { type: 'footnote', note: `note ${hostile}`, children: [{ text: '' }] }, { text: '' }] },
        { ...migrationTable, title: `T ${hostile}`, rows: [{ id: 'r1', role: 'data', cells: [hostile, '1', '2', '3', '4', '10'] }] },
      ],
    });
    expect(saved.ok).toBe(true);
    await api['report.saveSettings']({ title: `Report ${hostile}`, dueYear: null, submittedYear: null, language: 'en', statisticalAnnex: false });
    for (const format of ['docx', 'html'] as const) {
      const r = await api['report.export']({ format, draft: true });
      if (!r.ok) throw new Error(r.error);
      const bytes = Buffer.from(r.value.base64, 'base64');
      if (format === 'html') {
        expect(bytes.toString('utf8')).toContain('Bell tab\t VT  nul end lone pair😀 done');
        continue;
      }
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
        const xml = await zip.file(name)!.async('string');
        expect(invalidXmlChars(xml), name).toEqual([]);
      }
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Bell tab\t VT  nul end lone pair😀 done');
    }
  });

  it('turns a line break inside a paragraph into a Word line break', async () => {
    const { api } = seededCore();
    await api['answer.save']({ ref: '5', content: [{ type: 'paragraph', children: [{ text: 'First line\nSecond line' }] }] });
    const r = await api['report.export']({ format: 'docx', draft: true });
    if (!r.ok) throw new Error(r.error);
    const xml = await (await JSZip.loadAsync(Buffer.from(r.value.base64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/First line<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">Second line/);
  });
});
