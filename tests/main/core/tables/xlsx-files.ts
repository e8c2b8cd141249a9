// Workbooks for the import tests, made in the test: real ones through exceljs, and a bare
// SpreadsheetML package through fflate when a million rows are needed quickly.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

export async function workbook(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, sheet = 'Migrants'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheet), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A minimal valid .xlsx with `rows` rows of a label and a number, built without a spreadsheet library. */
export function bareWorkbook(rows: number): Uint8Array {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>R${r}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`);
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Raw" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`${xml}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`),
  });
}
