// Workbooks built to make readXlsx spend far more memory than a table needs, refused in a line
// before exceljs loads them whole or before a grid is built: a part hidden from the size check, a
// sheet whose few cells stand far apart.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../main/core/tables/xlsx';
import { entry, withInner, zeros } from '../zip-craft';
import { barePackage, rowsXml, worksheetXml } from './xlsx-files';

describe('readXlsx and parts hidden from the size check', () => {
  it('refuses a part the end record leaves out, inside another part, by the size it unzips to', async () => {
    const parts = Object.entries(unzipSync(barePackage({ Raw: worksheetXml(rowsXml(3)) }))).map(([name, content]) => entry(name, content));
    // A one-megabyte file; before, exceljs unzipped the hidden part whole (a gigabyte of it took 3.3 GB and 4 s).
    const bytes = withInner(parts, 'xl/media/image1.png', zeros('xl/media/image2.png', 300), false);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expect(readXlsx(bytes)).rejects.toThrow('The workbook expands to 300 MB; Treaty Desk reads workbooks up to 256 MB. Copy the table into a workbook of its own.');
  });
});
