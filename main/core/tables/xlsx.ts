// Excel workbooks through exceljs. Before the workbook is loaded whole, the zip's declared sizes
// and a streaming count of every sheet's rows and cells keep a huge or hostile file from filling
// memory. Formulas give their last saved value; a formula without one, or showing an error, is
// refused with its cell address.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';

// exceljs takes a moment to load; only a command that reads a workbook should pay for it.
const loadExcel = async () => (await import('exceljs')).default;
import { LIMITS } from '../../../shared/editor/schema';
import { UserError } from '../../../shared/result';
import type { SourceCell, SourceGrid } from '../../../shared/tables/clipboard';
import { checkZipSize } from '../zip-size-check';
import { count } from './cell-address';
import { formatDate, formatNumber } from './number-format';

const MAX_UNZIPPED = 256 * 1024 * 1024;
const MAX_ROWS = LIMITS.tableRows + LIMITS.headerRows;

export interface ReadXlsx {
  grid: SourceGrid;
  sheet: string;
  sheets: string[];
  formulas: number;
}

export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
export const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<ReadXlsx> {
  if (isOle(bytes)) throw new UserError('This is an old Excel 97–2003 (.xls) file: open it in Excel or LibreOffice, save it as .xlsx and import that.');
  if (!isZip(bytes)) throw new UserError('This is not an Excel workbook (.xlsx): the file is not a zip package.');
  checkPackage(bytes);
  await checkSheetSizes(bytes);

  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UserError(`The workbook could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Open it in Excel or LibreOffice and save it again.`);
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const ws = sheetName
    ? workbook.worksheets.find((w) => w.name === sheetName)
    : (workbook.worksheets.find((w) => w.state === 'visible' && w.actualRowCount > 0) ?? workbook.worksheets[0]);
  if (!ws) {
    throw new UserError(sheetName ? `The workbook has no sheet "${sheetName}"; its sheets are: ${sheets.join(', ')}.` : 'The workbook has no sheets.');
  }
  const date1904 = workbook.properties.date1904 === true;
  let formulas = 0;
  const grid: SourceGrid = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: SourceCell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master.address !== cell.address) {
        cells.push({ text: cellText(cell.master, ws.name, date1904), continues: cell.master.row === cell.row ? 'left' : 'up' });
        continue;
      }
      if (cell.type === Excel.ValueType.Formula) formulas++;
      cells.push({ text: cellText(cell, ws.name, date1904) });
    }
    grid.push(cells);
  }
  return { grid, sheet: ws.name, sheets, formulas };
}

/** The package must be a workbook whose parts do not expand beyond a sane size. */
function checkPackage(bytes: Uint8Array): void {
  const tooLarge = (mb: number) => `The workbook expands to ${count(Math.round(mb))} MB; Treaty Desk reads workbooks up to ${MAX_UNZIPPED / 1024 / 1024} MB. Copy the table into a workbook of its own.`;
  const names = checkZipSize(bytes, [{ max: MAX_UNZIPPED, refusal: tooLarge }], 'This is not an Excel workbook (.xlsx): its zip package is damaged.');
  if (!names.includes('xl/workbook.xml')) {
    if (names.includes('content.xml')) throw new UserError('This is an OpenDocument spreadsheet (.ods): save it as .xlsx (or CSV UTF-8) and import that.');
    throw new UserError('This is not an Excel workbook (.xlsx): it has no workbook part.');
  }
}

/** Streams every sheet once, counting rows and cells, and stops at the first one too large for a table. */
async function checkSheetSizes(bytes: Uint8Array): Promise<void> {
  const Excel = await loadExcel();
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: 'emit', sharedStrings: 'ignore', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore',
  } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
  try {
    for await (const sheet of reader) {
      let rows = 0;
      let cells = 0;
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        rows++;
        cells += row.cellCount;
        if (rows > MAX_ROWS || cells > LIMITS.tableCells * 2) {
          const name = (sheet as unknown as { name?: string }).name ?? 'a sheet';
          throw new UserError(
            rows > MAX_ROWS
              ? `Sheet "${name}" has more than ${count(LIMITS.tableRows)} rows; a table holds at most ${count(LIMITS.tableRows)}. Copy the summary you need into a workbook of its own.`
              : `Sheet "${name}" has more than ${count(LIMITS.tableCells)} cells; a table holds at most ${count(LIMITS.tableCells)}. Copy the summary you need into a workbook of its own.`,
          );
        }
      }
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`The workbook could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Open it in Excel or LibreOffice and save it again.`);
  }
}

/** What the cell shows, as a raw cell string: see number-format.ts. */
function cellText(cell: ExcelJS.Cell, sheet: string, date1904: boolean): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as ExcelJS.CellFormulaValue;
    const result = f.result;
    const shown = `=${(f.formula ?? (v as ExcelJS.CellSharedFormulaValue).sharedFormula ?? '').slice(0, 40)}`;
    if (result === undefined || result === null) {
      throw new UserError(`Cell ${sheet}!${cell.address} holds a formula (${shown}) with no saved value. Open the workbook in Excel or LibreOffice, save it, and import it again.`);
    }
    if (typeof result === 'object' && 'error' in result) {
      throw new UserError(`Cell ${sheet}!${cell.address} shows the error ${result.error} (formula ${shown}). Correct it in the spreadsheet and import again.`);
    }
    return plain(result, cell.numFmt, date1904);
  }
  if (typeof v === 'object' && 'error' in v) throw new UserError(`Cell ${sheet}!${cell.address} shows the error ${(v as ExcelJS.CellErrorValue).error}. Correct it in the spreadsheet and import again.`);
  return plain(v as ExcelJS.CellValue, cell.numFmt, date1904);
}

function plain(v: ExcelJS.CellValue | Date | number | string | boolean, numFmt: string | undefined, date1904: boolean): string {
  if (typeof v === 'number') return formatNumber(v, numFmt);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatDate(v, numFmt, date1904);
  if (v && typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return '';
}
