// Workbooks built to make readXlsx spend far more memory than a table needs, refused in a line
// before exceljs loads them whole or before a grid is built: a part hidden from the size check, a
// sheet whose few cells stand far apart.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../main/core/tables/xlsx';
import { entry, withInner, zeros } from '../zip-craft';
import { barePackage, bareWorkbook, rowsXml, workbook, worksheetXml } from './xlsx-files';

describe('readXlsx and parts hidden from the size check', () => {
  it('refuses a part the end record leaves out, inside another part, by the size it unzips to', async () => {
    const parts = Object.entries(unzipSync(barePackage({ Raw: worksheetXml(rowsXml(3)) }))).map(([name, content]) => entry(name, content));
    // A one-megabyte file; before, exceljs unzipped the hidden part whole (a gigabyte of it took 3.3 GB and 4 s).
    const bytes = withInner(parts, 'xl/media/image1.png', zeros('xl/media/image2.png', 300), false);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expect(readXlsx(bytes)).rejects.toThrow('The workbook expands to 300 MB; Treaty Desk reads workbooks up to 256 MB. Copy the table into a workbook of its own.');
  });
});

describe('readXlsx and sheets whose cells stand far apart', () => {
  const oneCell = (r: number, column = 'A') => `<row r="${r}"><c r="${column}${r}"><v>${r}</v></c></row>`;
  const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => oneCell(from + i)).join('');

  it('refuses at once a lone cell a million rows down or 16,384 columns across, which made a grid of millions of empty cells', async () => {
    // Before, each took minutes and gigabytes: a grid of every row and column up to the last cell.
    const tall = barePackage({ Raw: worksheetXml(`${rowsXml(3)}${oneCell(1_048_576)}`) });
    await expect(readXlsx(tall)).rejects.toMatchObject({
      message: 'Sheet "Raw" has more than 20,000 rows; a table holds at most 20,000. Copy the summary you need into a workbook of its own.',
      i18n: { key: 'tableImport.sheetTooManyRows', params: { sheet: 'Raw', max: 20_000 } },
    });
    const wide = barePackage({ Raw: worksheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>${rows(2, 20_000)}`) });
    await expect(readXlsx(wide)).rejects.toMatchObject({
      message: 'The table has 16,384 columns; a table holds at most 200.',
      i18n: { key: 'tableEdit.tooManyColumns', params: { columns: 16_384, max: 200 } },
    });
    // 1,000 rows by 200 columns is too many cells even with six header rows taken off.
    const sparse = barePackage({ Raw: worksheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="GR1"><v>2</v></c></row>${rows(2, 1000)}`) });
    await expect(readXlsx(sparse)).rejects.toMatchObject({
      message: 'Sheet "Raw" has more than 100,000 cells; a table holds at most 100,000. Copy the summary you need into a workbook of its own.',
      i18n: { key: 'tableImport.sheetTooManyCells', params: { sheet: 'Raw', max: 100_000 } },
    });
  });

  it('reads a table whose sheet is formatted far past it, as statistics workbooks often are, without the empty rows and columns', async () => {
    const bytes = await workbook((ws) => {
      ws.mergeCells('A1:D1');
      ws.getCell('A1').value = 'Migrants by region';
      ws.addRow(['Region', 2023]);
      ws.addRow(['Chui', 1200]);
      // Borders down to row 19,000 and shading out to column CV; a stray space far to the right.
      for (let r = 4; r <= 19_000; r++) ws.getCell(r, 1).border = { bottom: { style: 'thin' } };
      ws.getCell('CV3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
      ws.getCell('XFD2').value = ' ';
    });
    const { grid } = await readXlsx(bytes);
    expect(grid.map((row) => row.map((c) => c.text))).toEqual([
      ['Migrants by region', 'Migrants by region', 'Migrants by region', 'Migrants by region'],
      ['Region', '2023', '', ''],
      ['Chui', '1200', '', ''],
    ]);
  });

  it('reads a table of the most rows it may have in a moment, not in a time that grows with the square of its rows', async () => {
    // Before, the sheet's extent was worked out again for every cell: 20,006 rows took some 20 s.
    expect((await readXlsx(bareWorkbook(20_006))).grid.length).toBe(20_006);
  }, 10_000);
});

describe('readXlsx and data validations', () => {
  const dropdown = (sqref: string) =>
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>`;

  it('reads the cells of a sheet whose dropdown covers the whole sheet, which exceljs spread over every one of its 17 billion cells', async () => {
    // Before, exceljs kept the rule once per cell it covers while loading: this ran until the process died.
    const bytes = barePackage({ Raw: worksheetXml(rowsXml(3), '', dropdown('A1:XFD1048576')) });
    const { grid } = await readXlsx(bytes);
    expect(grid.map((r) => r.map((c) => c.text))).toEqual([['R1', '1'], ['R2', '2'], ['R3', '3']]);
  });

  it('reads a template with dropdowns on its columns as it reads one without', async () => {
    const bytes = await workbook((ws) => {
      ws.addRows([['Region', 'Registered'], ['Chui', 120], ['Osh', 85]]);
      ws.getCell('A2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Chui,Osh,Naryn"'] };
    });
    expect((await readXlsx(bytes)).grid.map((r) => r.map((c) => c.text))).toEqual([['Region', 'Registered'], ['Chui', '120'], ['Osh', '85']]);
  });
});
