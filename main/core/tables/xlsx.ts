// Excel workbooks through exceljs. Before the workbook is loaded whole, the zip's sizes and a
// streaming count of every sheet's rows and cells keep a huge or hostile file from filling memory;
// after, the grid is built only over the cells with text. Formulas give their last saved value; a
// formula without one, or showing an error, is refused with its cell address.
import type ExcelJS from 'exceljs';

// exceljs takes a moment to load; only a command that reads a workbook should pay for it.
const loadExcel = async () => (await import('exceljs')).default;
import { coreError, coreMessage } from '../../../shared/core-messages';
import { LIMITS } from '../../../shared/editor/schema';
import type { SourceCell, SourceGrid } from '../../../shared/tables/clipboard';
import { checkZipSize } from '../zip-size-check';
import { formatDate, formatNumber } from './number-format';
import { checkSheetSizes } from './sheet-size-check';

const MAX_UNZIPPED = 256 * 1024 * 1024;

export interface ReadXlsx {
  grid: SourceGrid;
  sheet: string;
  sheets: string[];
  formulas: number;
}

export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
export const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<ReadXlsx> {
  if (isOle(bytes)) throw coreError('tableImport.oldExcel', {});
  if (!isZip(bytes)) throw coreError('tableImport.notZip', {});
  await checkPackage(bytes);
  await checkSheetSizes(bytes);

  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    // Data validations (dropdowns) say nothing a table keeps, and exceljs keeps each rule once per
    // cell it covers: a dropdown over a whole sheet is 17 billion entries. They are not read.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] });
  } catch (e) {
    throw coreError('tableImport.unreadableWorkbook', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const ws = sheetName
    ? workbook.worksheets.find((w) => w.name === sheetName)
    : (workbook.worksheets.find((w) => w.state === 'visible' && w.actualRowCount > 0) ?? workbook.worksheets[0]);
  if (!ws) {
    throw sheetName ? coreError('tableImport.noSheet', { sheet: sheetName, sheets: sheets.join(', ') }) : coreError('tableImport.noSheets', {});
  }
  const date1904 = workbook.properties.date1904 === true;
  const { rows, columns } = usedRange(ws, date1904);
  checkRange(ws.name, rows, columns);
  let formulas = 0;
  const grid: SourceGrid = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.findRow(r);
    const cells: SourceCell[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row?.findCell(c);
      if (!cell) {
        cells.push({ text: '' });
        continue;
      }
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

/**
 * The last row and column with text in them, as the grid shows it, found from the cells the sheet
 * has. The grid goes no further: the table drops blank trailing rows and columns anyway, and the
 * sheet's own extent also counts formatted empty ones, and in a crafted file a lone cell a million
 * rows down or 16,384 columns across, which would make a grid of millions of empty cells.
 */
function usedRange(ws: ExcelJS.Worksheet, date1904: boolean): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  // Row by row and cell by cell, as the grid is read, so a cell that is refused is the same first one.
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const shown = cell.isMerged && cell.master.address !== cell.address ? cell.master : cell;
      if (cellText(shown, ws.name, date1904).trim() === '') return;
      rows = r;
      columns = Math.max(columns, c);
    });
  });
  return { rows, columns };
}

/**
 * Refuses a used range the table would refuse, before its grid is built: more columns than a table
 * has (in the words the table gives), more rows than a table and its header, or more cells than a
 * table holds even if the most header rows are taken off.
 */
function checkRange(sheet: string, rows: number, columns: number): void {
  if (columns > LIMITS.tableColumns) throw coreError('tableEdit.tooManyColumns', { columns, max: LIMITS.tableColumns });
  if (rows > LIMITS.tableRows + LIMITS.headerRows) throw coreError('tableImport.sheetTooManyRows', { sheet, max: LIMITS.tableRows });
  if ((rows - LIMITS.headerRows) * columns > LIMITS.tableCells) throw coreError('tableImport.sheetTooManyCells', { sheet, max: LIMITS.tableCells });
}

/** The package must be a workbook whose parts do not expand beyond a sane size. */
async function checkPackage(bytes: Uint8Array): Promise<void> {
  const tooLarge = (mb: number) => coreMessage('tableImport.expandsTooMuch', { mb: Math.round(mb), max: MAX_UNZIPPED / 1024 / 1024 });
  const names = await checkZipSize(bytes, [{ max: MAX_UNZIPPED, refusal: tooLarge }], coreMessage('tableImport.damagedZip', {}));
  if (!names.includes('xl/workbook.xml')) {
    if (names.includes('content.xml')) throw coreError('tableImport.ods', {});
    throw coreError('tableImport.noWorkbookPart', {});
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
      throw coreError('tableImport.formulaWithoutValue', { cell: `${sheet}!${cell.address}`, formula: shown });
    }
    if (typeof result === 'object' && 'error' in result) {
      throw coreError('tableImport.formulaError', { cell: `${sheet}!${cell.address}`, error: String(result.error), formula: shown });
    }
    return plain(result, cell.numFmt, date1904);
  }
  if (typeof v === 'object' && 'error' in v) throw coreError('tableImport.cellError', { cell: `${sheet}!${cell.address}`, error: String((v as ExcelJS.CellErrorValue).error) });
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
