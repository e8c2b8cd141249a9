// Workbooks for the import tests, made in the test: real ones through exceljs, and bare
// SpreadsheetML packages through fflate when a million rows, or XML no spreadsheet library writes, are needed.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

export async function workbook(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, sheet = 'Migrants'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheet), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Rows `from` to `to` of a label and a number, as a sheet's XML writes them. */
export function rowsXml(to: number, from = 1): string {
  const parts: string[] = [];
  for (let r = from; r <= to; r++) parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>R${r}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`);
  return parts.join('');
}

/** A worksheet part around the given <sheetData> content; `before` goes ahead of it (a <dimension>, say), `after` behind it (<dataValidations>, say). */
export const worksheetXml = (sheetData: string, before = '', after = '') =>
  `${xml}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;

/** A minimal .xlsx built without a spreadsheet library: one worksheet part per sheet name, in order. */
export function barePackage(sheets: Record<string, string>): Uint8Array {
  const names = Object.keys(sheets);
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${attr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  names.forEach((n, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheets[n])));
  return zipSync(parts);
}

/** A minimal valid .xlsx with `rows` rows of a label and a number, on a sheet named Raw. */
export const bareWorkbook = (rows: number): Uint8Array => barePackage({ Raw: worksheetXml(rowsXml(rows)) });
