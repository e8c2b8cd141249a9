// Importing .csv and .xlsx files into a table: encodings, separators, merged headings and formulas'
// saved values are read; wrong encodings, ragged rows, formulas without values, errors and files
// far too large are refused with a message that names what to fix.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importTableFile } from '../../../../main/core/tables/import-file';
import { counterIds } from '../../../../shared/tables/ids';
import { bareWorkbook, workbook } from './xlsx-files';

const csv = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);
const run = (fileName: string, bytes: Uint8Array, extra: { encoding?: 'windows-1251'; sheet?: string } = {}) =>
  importTableFile({ fileName, bytes, ...extra, meta: { title: 'Labour migrants' } }, counterIds());
async function imported(fileName: string, bytes: Uint8Array, extra = {}) {
  const r = await run(fileName, bytes, extra);
  if (r.status !== 'imported') throw new Error(`expected a table: ${r.message}`);
  return r;
}

describe('importTableFile: CSV', () => {
  it('reads a comma-separated UTF-8 file with quoted cells into a typed table with totals', async () => {
    const r = await imported('flows.csv', csv('Region,Women,Men,Total\n"Chui, rural",1 200,800,2000\nOsh,..,-,0\nTotal,1200,800,2000\n'));
    expect(r.table).toMatchObject({ title: 'Labour migrants', header: [['Region', 'Women', 'Men', 'Total']] });
    expect(r.table.rows.map((x) => x.cells)).toEqual([['Chui, rural', '1 200', '800', '2000'], ['Osh', '..', '-', '0'], ['Total', '1200', '800', '2000']]);
    expect(r.table.columns.map((c) => c.total === true)).toEqual([false, false, false, true]);
    expect(r.report).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ',', formulas: 0, rows: 3, columns: 4, headerRows: 1 });
  });

  it('reads semicolon CSV with decimal commas as Russian-language Excel writes it, with a BOM', async () => {
    const r = await imported('доля.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv('Область;Доля, %\r\nЧуйская;12,5\r\nОшская;7,25\r\n')]));
    expect(r.report).toMatchObject({ delimiter: ';', encoding: 'utf-8 (BOM)' });
    expect(r.table.header).toEqual([['Область', 'Доля, %']]);
    expect(r.table.columns[1].kind).toBe('decimal');
  });

  it('asks for the encoding of a windows-1251 file instead of guessing, then reads it when told', async () => {
    const bytes = new Uint8Array([...csv('Region,Count\n'), 0xd7, 0xf3, 0xe9, ...csv(',12\n')]); // "Чуй" in windows-1251
    const r = await run('cp1251.csv', bytes);
    expect(r).toEqual({
      status: 'choose-encoding',
      suggested: 'windows-1251',
      message:
        'The file is not UTF-8 (line 2 has the byte 0xD7, which UTF-8 does not allow there). It looks like Windows-1251 Cyrillic, as Excel saves "CSV" on Russian Windows: import it as Windows-1251, or save it from Excel as "CSV UTF-8".',
      i18n: { key: 'tableImport.notUtf8Cyrillic', params: { line: 2, byte: '0xD7' } },
    });
    const again = await imported('cp1251.csv', bytes, { encoding: 'windows-1251' });
    expect(again.table.rows[0].cells).toEqual(['Чуй', '12']);
  });

  it('reads UTF-16 "Unicode text" as Excel saves it, tab-separated', async () => {
    const r = await imported('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), csv('Регион\tЧисло\nНарын\t5\n', 'utf16le')]));
    expect(r.table.rows[0].cells).toEqual(['Нарын', '5']);
    expect(r.report).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
  });

  it('refuses ragged rows, formulas, broken quotes and binary files with the row to look at', async () => {
    await expect(run('r.csv', csv('Region,Women,Men\nChui,1,2\nOsh,3\n'))).rejects.toThrow(
      'Row 3 has 2 fields where row 1 has 3: the rows are ragged (an unquoted separator or line break?). Fix the file and import it again.',
    );
    await expect(run('f.csv', csv('Region,Women\nChui,1\nTotal,=SUM(B2:B2)\n'))).rejects.toThrow(
      'Cell B3 holds a formula (=SUM(B2:B2)); a CSV keeps no computed value. Copy the values (Paste Special → Values) or import the .xlsx instead.',
    );
    await expect(run('q.csv', csv('Region,Women\n"Chui,1\nOsh,2\n'))).rejects.toThrow(/Row 2 opens a quoted cell that is never closed/);
    await expect(run('b.csv', new Uint8Array([0x52, 0, 0x65, 0, 1, 2]))).rejects.toThrow('This is not a text file');
    await expect(run('e.csv', new Uint8Array())).rejects.toThrow('The file is empty.');
  });

  it('refuses a million-row CSV after reading only as much as the limit', async () => {
    const lines = ['Region,Count'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`R${i},${i}`);
    const bytes = csv(lines.join('\n'));
    const started = Date.now();
    await expect(run('huge.csv', bytes)).rejects.toThrow('The file has more than 20,000 rows; a table holds at most 20,000. Import a summary instead.');
    expect(Date.now() - started).toBeLessThan(20_000);
    await expect(run('big.csv', new Uint8Array(16 * 1024 * 1024 + 1))).rejects.toThrow('The file is 17 MB; Treaty Desk imports table files up to 16 MB.');
  });
});

describe('importTableFile: XLSX', () => {
  it('reads merged headings, number formats, percentages and the saved values of formulas', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Region', 'Women', null, 'Men', null, 'Share']);
      ws.addRow([null, '0-17', '18+', '0-17', '18+', null]);
      ws.mergeCells('B1:C1');
      ws.mergeCells('D1:E1');
      ws.mergeCells('A1:A2');
      ws.addRow(['Chui', 10, 20, 5, 6, 0.125]);
      ws.addRow(['Talas', 1, '..', '-', 2, 0.5]);
      ws.addRow(['Total', { formula: 'B3+B4', result: 11 }, { formula: 'C3', result: 20 }, 5, { formula: 'E3+E4', result: 9 }, null]);
      ws.getColumn(6).numFmt = '0.0%';
      ws.getCell('B3').numFmt = '#,##0.00';
    });
    const r = await imported('flows.xlsx', bytes);
    expect(r.table.header).toEqual([
      ['Region', 'Women', 'Women', 'Men', 'Men', 'Share'],
      ['', '0-17', '18+', '0-17', '18+', ''],
    ]);
    expect(r.table.rows.map((x) => x.cells)).toEqual([
      ['Chui', '10.00', '20', '5', '6', '12.5%'],
      ['Talas', '1', '..', '-', '2', '50.0%'],
      ['Total', '11', '20', '5', '9', ''],
    ]);
    expect(r.table.columns.map((c) => c.kind)).toEqual(['text', 'decimal', 'integer', 'integer', 'integer', 'percent']);
    expect(r.table.rows[2].role).toBe('total');
    expect(r.report).toMatchObject({ format: 'xlsx', sheet: 'Migrants', sheets: ['Migrants'], formulas: 3, rows: 3, headerRows: 2 });
  });

  it('keeps every value whatever its number format: times, dates with times, scientific, fractions, optional decimals', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Region', 'Opens', 'Counted at', 'Waiting', 'Rate', 'Share', 'Average', 'Scaled']);
      ws.addRow(['Chui', 0.5, new Date(Date.UTC(2024, 2, 31, 9, 30)), 1.5, 0.00012, 1.25, 1.5, 2_500_000]);
      ws.addRow(['Osh', 0.3333333333333333, new Date(Date.UTC(2024, 11, 31)), 0.0625, 12345678, 0.5, 2.125, 700]);
      ws.getColumn(2).numFmt = 'hh:mm';
      ws.getColumn(3).numFmt = 'dd/mm/yyyy hh:mm:ss';
      ws.getColumn(4).numFmt = '[h]:mm';
      ws.getColumn(5).numFmt = '0.00E+00';
      ws.getColumn(6).numFmt = '# ?/?';
      ws.getColumn(7).numFmt = '0.0#';
      ws.getColumn(8).numFmt = '#,##0.0,,"m"';
    });
    const r = await imported('times.xlsx', bytes);
    expect(r.table.rows.map((x) => x.cells)).toEqual([
      ['Chui', '12:00', '2024-03-31 09:30:00', '36:00', '0.00012', '1.25', '1.5', '2500000'],
      ['Osh', '08:00', '2024-12-31 00:00:00', '1:30', '12345678', '0.5', '2.13', '700'],
    ]);
    // A Mac workbook counts its days from 1904: an elapsed time still adds up from zero.
    const mac = await workbook((ws, wb) => {
      wb.properties.date1904 = true;
      ws.addRow(['Region', 'Waiting']);
      ws.addRow(['Chui', 1.5]);
      ws.getColumn(2).numFmt = '[h]:mm';
    });
    expect((await imported('mac.xlsx', mac)).table.rows[0].cells).toEqual(['Chui', '36:00']);
  });

  it('refuses a formula with no saved value and one that shows an error, naming the cell', async () => {
    const unsaved = await workbook((ws) => {
      ws.addRow(['Region', 'Count']);
      ws.addRow(['Chui', 4]);
      ws.getCell('B3').value = { formula: 'SUM(B2:B2)' } as ExcelJS.CellFormulaValue;
    });
    await expect(run('unsaved.xlsx', unsaved)).rejects.toThrow(
      'Cell Migrants!B3 holds a formula (=SUM(B2:B2)) with no saved value. Open the workbook in Excel or LibreOffice, save it, and import it again.',
    );
    const error = await workbook((ws) => {
      ws.addRow(['Region', 'Rate']);
      ws.getCell('B2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    await expect(run('error.xlsx', error)).rejects.toThrow('Cell Migrants!B2 shows the error #DIV/0! (formula =1/0). Correct it in the spreadsheet and import again.');
  });

  it('picks a sheet by name and lists the sheets when the name is wrong', async () => {
    const bytes = await workbook((ws, wb) => {
      ws.addRow(['a', 'b']);
      wb.addWorksheet('Summary').addRow(['Region', 'Count']).commit();
      wb.getWorksheet('Summary')!.addRow(['Osh', 3]);
    });
    expect((await imported('two.xlsx', bytes, { sheet: 'Summary' })).table.rows[0].cells).toEqual(['Osh', '3']);
    await expect(run('two.xlsx', bytes, { sheet: 'Nope' })).rejects.toThrow('The workbook has no sheet "Nope"; its sheets are: Migrants, Summary.');
  });

  it('refuses a million-row workbook from a streaming count, and files that are not .xlsx', async () => {
    const huge = bareWorkbook(1_000_000);
    await expect(run('huge.xlsx', huge)).rejects.toThrow('Sheet "Raw" has more than 20,000 rows; a table holds at most 20,000.');
    expect((await imported('small.xlsx', bareWorkbook(3))).table.rows.map((x) => x.cells)).toEqual([['R2', '2'], ['R3', '3']]);
    await expect(run('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toThrow('old Excel 97–2003 (.xls)');
    await expect(run('fake.xlsx', csv('not a zip at all'))).rejects.toThrow('This is not an Excel workbook (.xlsx): the file is not a zip package.');
  }, 60_000);
});
