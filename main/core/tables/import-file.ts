// Reads a table file (CSV or XLSX) into a table element. Nothing is stored here: the caller puts
// the table into an answer (the editor as an undoable edit, the CLI as a new revision), so a
// refused file changes nothing.
import { extname } from 'node:path';
import { coreError } from '../../../shared/core-messages';
import type { SourceGrid } from '../../../shared/tables/clipboard';
import { textGrid } from '../../../shared/tables/clipboard';
import type { IdSource } from '../../../shared/tables/ids';
import { IMPORT_MAX_BYTES, type ImportOutcome, type ImportReport, type TextEncoding } from '../../../shared/tables/import-types';
import { type TableMeta, tableFromGrid } from '../../../shared/tables/infer';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { isOle, isZip, readXlsx } from './xlsx';

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  encoding?: TextEncoding;
  sheet?: string;
  meta?: TableMeta;
}

export async function importTableFile(req: ImportRequest, ids: IdSource): Promise<ImportOutcome> {
  const { bytes } = req;
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw coreError('tableImport.tooLarge', { mb: Math.ceil(bytes.length / 1024 / 1024), max: IMPORT_MAX_BYTES / 1024 / 1024 });
  }
  if (bytes.length === 0) throw coreError('tableImport.empty', {});
  const ext = extname(req.fileName).toLowerCase();
  if (ext === '.xls' || (isOle(bytes) && ext !== '.xlsx')) throw coreError('tableImport.oldExcel', {});
  if (ext === '.ods') throw coreError('tableImport.ods', {});

  let grid: SourceGrid;
  let report: Omit<ImportReport, 'rows' | 'columns' | 'headerRows'>;
  if (ext === '.xlsx' || ext === '.xlsm' || (!['.csv', '.tsv', '.txt'].includes(ext) && isZip(bytes))) {
    const x = await readXlsx(bytes, req.sheet);
    grid = x.grid;
    report = { format: 'xlsx', sheet: x.sheet, sheets: x.sheets, formulas: x.formulas };
  } else {
    const decoded = decodeText(bytes, req.encoding);
    if (!decoded.ok) return { status: 'choose-encoding', message: decoded.message.text, i18n: decoded.message.i18n, suggested: decoded.suggested };
    const csv = parseCsv(decoded.text, ext === '.tsv' ? { delimiter: '\t' } : {});
    grid = textGrid(csv.rows);
    report = { format: 'csv', encoding: decoded.encoding, delimiter: csv.delimiter, formulas: 0 };
  }
  const table = tableFromGrid(grid, ids, req.meta);
  return { status: 'imported', table, report: { ...report, rows: table.rows.length, columns: table.columns.length, headerRows: table.header.length } };
}
