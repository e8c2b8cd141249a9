// The count that refuses a sheet too large for a table before exceljs loads it: it counts what the
// loader would load, so neither a forged <dimension>, markup that only looks like rows, nor a zip that
// zip readers read differently gets a huge sheet past it.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkSheetSizes } from '../../../../main/core/tables/sheet-size-check';
import { barePackage, bareWorkbook, rowsXml, workbook, worksheetXml } from './xlsx-files';

const tooManyRows = (sheet: string) => `Sheet "${sheet}" has more than 20,000 rows; a table holds at most 20,000. Copy the summary you need into a workbook of its own.`;
const tooManyCells = (sheet: string) => `Sheet "${sheet}" has more than 100,000 cells; a table holds at most 100,000. Copy the summary you need into a workbook of its own.`;
/** `rows` rows, each with a cell in column A and one at `ref` (a reference without its row number). */
const wideRows = (rows: number, ref: string) => Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="${ref}${i + 1}"><v>2</v></c></row>`).join('');

describe('checkSheetSizes', () => {
  it('passes a table-sized sheet and refuses the first sheet past the limit by its name, with its i18n key', async () => {
    await expect(checkSheetSizes(bareWorkbook(20_006))).resolves.toBeUndefined();
    await expect(checkSheetSizes(bareWorkbook(20_007))).rejects.toThrow(tooManyRows('Raw'));
    const three = barePackage({ Summary: worksheetXml(rowsXml(3)), 'R&D <2024>': worksheetXml(rowsXml(20_100)), Raw: worksheetXml(rowsXml(30_000)) });
    await expect(checkSheetSizes(three)).rejects.toMatchObject({ message: tooManyRows('R&D <2024>'), i18n: { key: 'tableImport.sheetTooManyRows', params: { sheet: 'R&D <2024>', max: 20_000 } } });
    const real = await workbook((ws, wb) => {
      ws.addRow(['Region', 'Count']);
      const big = wb.addWorksheet('By district');
      for (let i = 0; i < 20_010; i++) big.addRow([`D${i}`, i]);
    });
    await expect(checkSheetSizes(real)).rejects.toThrow(tooManyRows('By district'));
  });

  it('counts the cells each row spans up to its last column, however the reference is written', async () => {
    await expect(checkSheetSizes(barePackage({ Wide: worksheetXml(wideRows(12, 'XFD')) }))).resolves.toBeUndefined();
    await expect(checkSheetSizes(barePackage({ Wide: worksheetXml(wideRows(13, 'XFD')) }))).rejects.toMatchObject({
      message: tooManyCells('Wide'),
      i18n: { key: 'tableImport.sheetTooManyCells', params: { sheet: 'Wide', max: 100_000 } },
    });
    // exceljs reads "XF&#68;" as XFD, and skips the dollar signs of an absolute reference.
    await expect(checkSheetSizes(barePackage({ Wide: worksheetXml(wideRows(13, 'XF&#68;')) }))).rejects.toThrow(tooManyCells('Wide'));
    await expect(checkSheetSizes(barePackage({ Wide: worksheetXml(wideRows(13, `${'$'.repeat(40)}XFD$`)) }))).rejects.toThrow(tooManyCells('Wide'));
    // Cells without a reference follow one another.
    const unreferenced = `<row r="1">${'<c><v>1</v></c>'.repeat(100_001)}</row><row r="2">${'<c><v>1</v></c>'.repeat(100_000)}</row>`;
    await expect(checkSheetSizes(barePackage({ Long: worksheetXml(unreferenced) }))).rejects.toThrow(tooManyCells('Long'));
  });

  it('counts the cells of merged ranges, which exceljs makes one by one, and refuses columns past XFD', async () => {
    // One line of XML: before, exceljs took 24 s and 4.3 GB making the merged cells of C1:XFD3000, then the process died.
    const sheet = (after: string, before = '') =>
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${rowsXml(3)}</sheetData>${after}</worksheet>`;
    const merged = (ref: string) => barePackage({ Raw: sheet(`<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`) });
    expect((await loaded(merged('C1:F49000'))).rowCount).toBe(49_000);
    await expect(checkSheetSizes(merged('C1:F49000'))).resolves.toBeUndefined();
    await expect(checkSheetSizes(merged('C1:F51000'))).rejects.toThrow(tooManyCells('Raw'));
    await expect(checkSheetSizes(merged('C1:XFD3000'))).rejects.toThrow(tooManyCells('Raw'));
    // Excel hides the unused columns up to XFD so; one column further, exceljs would make millions of columns.
    const columns = (max: string) => barePackage({ Raw: sheet('', `<cols><col min="3" max="${max}" width="9" hidden="1"/></cols>`) });
    await expect(checkSheetSizes(columns('16384'))).resolves.toBeUndefined();
    await expect(checkSheetSizes(columns('2000000000'))).rejects.toMatchObject({
      message: 'Sheet "Raw" sets out columns past XFD, the last column a spreadsheet has. Open the workbook in Excel or LibreOffice and save it again.',
      i18n: { key: 'tableImport.sheetColumnsPastEnd', params: { sheet: 'Raw' } },
    });
  });

  it('counts the rows exceljs loads: not a forged <dimension>, not rows inside comments, but rows after markup a loose reader would misread', async () => {
    await expect(checkSheetSizes(barePackage({ Raw: worksheetXml(rowsXml(20_100), '<dimension ref="A1:B2"/>') }))).rejects.toThrow(tooManyRows('Raw'));
    const commented = worksheetXml(`<!--${'<row r="1"/>'.repeat(30_000)}-->${rowsXml(2)}<row r="3"><c r="A3" t="inlineStr"><is><t><![CDATA[${'<row>'.repeat(30_000)}]]></t></is></c></row>`);
    await expect(checkSheetSizes(barePackage({ Raw: commented }))).resolves.toBeUndefined();
    // A comment that opens "<!-->" and a processing instruction holding ">" end later than an HTML-minded reader thinks.
    for (const before of ['<!--><![CDATA[ -->', '<?note > <!-- ?>']) {
      const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${rowsXml(20_100)}</sheetData></worksheet>`;
      const bytes = barePackage({ Raw: xml });
      expect((await loaded(bytes)).rowCount).toBe(20_100);
      await expect(checkSheetSizes(bytes)).rejects.toThrow(tooManyRows('Raw'));
    }
  });

  it('reads the package as the loader does, even where zip readers disagree', async () => {
    // The end record says four parts; JSZip, which exceljs loads with, reads every entry of the directory.
    const bytes = bareWorkbook(20_100);
    const undercounted = bytes.slice();
    const end = new DataView(undercounted.buffer, undercounted.length - 22);
    end.setUint16(8, 4, true);
    end.setUint16(10, 4, true);
    expect((await loaded(undercounted)).rowCount).toBe(20_100);
    await expect(checkSheetSizes(undercounted)).rejects.toThrow(tooManyRows('Raw'));
  });

  it('refuses a sheet or package it cannot read with the reason the loader would give', async () => {
    const halfway = barePackage({ Raw: worksheetXml(`${rowsXml(5000)}<row r="5001"><c r="A5001"><v>1</c></row>`) });
    await expect(checkSheetSizes(halfway)).rejects.toMatchObject({
      message: 'The workbook could not be read (1:494643: unexpected close tag.). Open it in Excel or LibreOffice and save it again.',
      i18n: { key: 'tableImport.unreadableWorkbook', params: { reason: '1:494643: unexpected close tag.' } },
    });
    const bytes = bareWorkbook(3);
    const odd = bytes.slice();
    const sheet = Buffer.from(bytes).lastIndexOf('xl/worksheets/sheet1.xml') - 46; // its directory entry
    new DataView(odd.buffer).setUint16(sheet + 10, 99, true); // a compression method no reader knows
    const reason = await loaded(odd).then(() => 'loaded', (e: Error) => e.message);
    await expect(checkSheetSizes(odd)).rejects.toThrow(`The workbook could not be read (${reason}).`);
    expect(reason).toMatch(/^Corrupted zip : compression .* unknown \(inner file : xl\/worksheets\/sheet1.xml\)$/);
  });
});

/** The first sheet as exceljs loads it whole, to show that what the count refuses is what it would have loaded. */
async function loaded(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}
