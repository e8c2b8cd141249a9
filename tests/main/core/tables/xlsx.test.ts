// Reading a workbook leaves nothing behind in the temp folder, whether it is read, refused as too
// large or refused as damaged: a coordinator's app runs for days and imports many.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../main/core/tables/xlsx';
import { barePackage, bareWorkbook, rowsXml, workbook, worksheetXml } from './xlsx-files';

describe('readXlsx and the temp folder', () => {
  // os.tmpdir() reads these on every call, so anything a library writes there lands in a folder of this test's own.
  const vars = ['TMPDIR', 'TMP', 'TEMP'] as const;
  const saved = new Map<string, string | undefined>();
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-desk-xlsx-'));
    for (const v of vars) {
      saved.set(v, process.env[v]);
      process.env[v] = dir;
    }
  });
  afterEach(() => {
    for (const v of vars) {
      const old = saved.get(v);
      if (old === undefined) delete process.env[v];
      else process.env[v] = old;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('is left empty by a workbook that is read', async () => {
    expect(tmpdir()).toBe(dir);
    expect((await readXlsx(bareWorkbook(3))).grid).toHaveLength(3);
    const real = await workbook((ws) => {
      ws.addRow(['Region', 'Count']);
      ws.addRow(['Chui', 4]);
    });
    expect((await readXlsx(real)).grid).toEqual([[{ text: 'Region' }, { text: 'Count' }], [{ text: 'Chui' }, { text: '4' }]]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is left empty by a workbook refused as too large, whichever of its sheets is', async () => {
    await expect(readXlsx(bareWorkbook(20_100))).rejects.toThrow('Sheet "Raw" has more than 20,000 rows; a table holds at most 20,000.');
    const two = barePackage({ Summary: worksheetXml(rowsXml(3)), Raw: worksheetXml(rowsXml(20_100)), Notes: worksheetXml(rowsXml(3)) });
    await expect(readXlsx(two)).rejects.toThrow('Sheet "Raw" has more than 20,000 rows');
    const wide = Array.from({ length: 20 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`).join('');
    await expect(readXlsx(barePackage({ Wide: worksheetXml(wide) }))).rejects.toThrow('Sheet "Wide" has more than 100,000 cells; a table holds at most 100,000.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is left empty by a workbook whose sheet is damaged at the start or halfway through', async () => {
    const unclosed = barePackage({ Raw: worksheetXml('<row r="1"><c r="A1"><v>1</v></row>') });
    await expect(readXlsx(unclosed)).rejects.toThrow(/^The workbook could not be read \(.+\)\. Open it in Excel or LibreOffice and save it again\.$/);
    const halfway = barePackage({ Raw: worksheetXml(`${rowsXml(5000)}<row r="5001"><c r="A5001"><v>1</c></row>`) });
    await expect(readXlsx(halfway)).rejects.toThrow(/^The workbook could not be read/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
