// What importing a table file gives back, shared by the core, the API contract, the CLI and the UI.
import type { DataTableElement } from '../editor/types';
import type { MessageRef } from '../result';

/** Files above this size are refused before they are read (base64 over HTTP stays under the host's limit). */
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;

export type TextEncoding = 'utf-8' | 'windows-1251';

export interface ImportReport {
  format: 'csv' | 'xlsx';
  rows: number;
  columns: number;
  headerRows: number;
  /** CSV: the encoding read and the field separator found. */
  encoding?: string;
  delimiter?: string;
  /** XLSX: the sheet read and every sheet in the workbook. */
  sheet?: string;
  sheets?: string[];
  /** XLSX: formula cells whose last saved value was taken. */
  formulas: number;
}

export type ImportOutcome =
  | { status: 'imported'; table: DataTableElement; report: ImportReport }
  /** The bytes are not UTF-8: the user picks an encoding and imports again (nothing was changed). */
  | { status: 'choose-encoding'; message: string; i18n: MessageRef; suggested: TextEncoding | null };
