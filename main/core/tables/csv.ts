// CSV as Excel, LibreOffice and statistics offices write it: comma, semicolon (Russian-language
// Excel) or tab separated, quoted cells. Refused with the row to look at: unbalanced quotes,
// ragged rows, formulas (a CSV keeps no computed value) and more rows than a table holds.
import Papa from 'papaparse';
import { LIMITS } from '../../../shared/editor/schema';
import { coreError } from '../../../shared/core-messages';
import { cellAddress } from './cell-address';

export interface ParsedCsv {
  rows: string[][];
  delimiter: string;
}

const MAX_RECORDS = LIMITS.tableRows + LIMITS.headerRows;

export function parseCsv(text: string, options: { delimiter?: string } = {}): ParsedCsv {
  const rows: string[][] = [];
  let quoteError: { row: number; message: string } | null = null;
  let tooMany = false;
  const delimiter = options.delimiter ?? guessDelimiter(text);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const quote = result.errors.find((e) => e.type === 'Quotes');
      if (quote && !quoteError) quoteError = { row: rows.length + 1, message: quote.message };
      rows.push(result.data);
      if (rows.length > MAX_RECORDS) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) {
    throw coreError('tableImport.tooManyRows', { max: LIMITS.tableRows });
  }
  if (quoteError) {
    const { row } = quoteError as { row: number };
    throw coreError('tableImport.unclosedQuote', { row });
  }
  // A file ending in a line break gives one last empty record; blank lines at the end are dropped.
  while (rows.length && rows[rows.length - 1].every((v) => v.trim() === '')) rows.pop();
  checkRagged(rows);
  checkFormulas(rows);
  return { rows, delimiter };
}

/**
 * The separator that splits the first lines into the same number (2+) of fields. Tab and semicolon
 * are tried before comma: Russian-language Excel writes "12,5" with a decimal comma and separates
 * with semicolons, so a comma may split such lines evenly by accident.
 */
export function guessDelimiter(text: string): string {
  for (const delimiter of ['\t', ';', ',', '|']) {
    const rows = Papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: 'greedy' }).data;
    if (rows.length > 0 && rows[0].length > 1 && rows.every((r) => r.length === rows[0].length)) return delimiter;
  }
  return ',';
}

/**
 * Every row must have as many fields as the widest row uses; extra empty fields at a row's end are
 * fine (Excel writes them), a blank line inside the data is an empty row.
 */
function checkRagged(rows: string[][]): void {
  const used = rows.map((r) => {
    let n = r.length;
    while (n > 0 && r[n - 1].trim() === '') n--;
    return n;
  });
  const width = Math.max(0, ...used);
  const widest = used.indexOf(width);
  rows.forEach((r, i) => {
    if (used[i] > 0 && r.length < width) {
      throw coreError('tableImport.ragged', { row: i + 1, fields: r.length, widest: widest + 1, width });
    }
  });
}

function checkFormulas(rows: string[][]): void {
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (/^\s*=/.test(v)) {
        const shown = v.trim().length > 40 ? `${v.trim().slice(0, 40)}…` : v.trim();
        throw coreError('tableImport.csvFormula', { cell: cellAddress(i, c), formula: shown });
      }
    }),
  );
}
