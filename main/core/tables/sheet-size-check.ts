// Refuses a workbook with a sheet too large for a table before exceljs loads it whole. It reads the
// package as exceljs's loader does, with the same zip library (JSZip) and XML event reader, so the
// rows and cells it counts are the ones the loader would make, whatever tricks the file plays; each
// sheet is inflated and parsed a chunk at a time, keeping nothing and writing nothing to disk.
// (exceljs's streaming workbook reader copies every sheet to a file in the temp folder first, and
// leaves the file behind when the read stops early, as a refusal does.)
import type JSZip from 'jszip';
import { LIMITS } from '../../../shared/editor/schema';
import { coreError } from '../../../shared/core-messages';
import { UserError } from '../../../shared/result';
import { inflatedChunks } from '../zip-size-check';

type ParseSax = typeof import('exceljs/lib/utils/parse-sax.js').default;
type Range = typeof import('exceljs/lib/doc/range.js').default;

const MAX_ROWS = LIMITS.tableRows + LIMITS.headerRows;
const MAX_CELLS = LIMITS.tableCells * 2;
// Column XFD, the last a spreadsheet has.
const LAST_COLUMN = 16_384;
// The parts exceljs loads as worksheets, matched as it matches them: anywhere in the part's name.
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
// Inflated text goes to the parser in pieces no longer than this, so its events for a piece stay few.
const PIECE = 64 * 1024;

/**
 * Throws the refusal for the first sheet, in package order, with more rows than a table holds or its
 * rows spanning more than twice the cells; a package or sheet that cannot be read makes the workbook
 * unreadable, with the reason the loader would give.
 */
export async function checkSheetSizes(bytes: Uint8Array): Promise<void> {
  // Loaded on first use, as exceljs itself is: a command that reads no workbook should not pay for them.
  const [{ default: JSZipClass }, { default: parseSax }, { default: Range }] = await Promise.all([
    import('jszip'),
    import('exceljs/lib/utils/parse-sax.js'),
    import('exceljs/lib/doc/range.js'),
  ]);
  try {
    const zip = await JSZipClass.loadAsync(bytes);
    // exceljs drops a leading slash from a part's name.
    const parts = Object.values(zip.files).filter((f) => !f.dir).map((f) => ({ name: f.name.replace(/^\//, ''), file: f }));
    const nameOf = await sheetNames(parts, parseSax);
    for (const { name, file } of parts) {
      const no = WORKSHEET.exec(name)?.[1];
      if (no !== undefined) await countSheet(parseSax(text(file)), nameOf(no), Range);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw coreError('tableImport.unreadableWorkbook', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
}

/**
 * Counts every row, and the cells each spans up to its last cell's column as exceljs makes them, and
 * the cells of every merged range, which exceljs makes one by one however few the sheet writes; stops
 * at the first past a limit. Rows and cells are counted wherever they stand in the sheet, so no
 * arrangement of the XML hides one. A column past the last a spreadsheet has is refused: exceljs makes
 * an object for every column up to the last one the sheet sets out.
 */
async function countSheet(events: ReturnType<ParseSax>, sheet: string, Range: Range): Promise<void> {
  let rows = 0;
  let cells = 0;
  let width = 0;
  let column = 0;
  for await (const batch of events) {
    for (const { eventType, value } of batch) {
      if (eventType !== 'opentag') continue;
      if (value.name === 'mergeCell') {
        cells += new Range(value.attributes.ref).count;
      } else if (value.name === 'col') {
        // Read as exceljs reads it.
        if (parseInt(value.attributes.max || '0', 10) > LAST_COLUMN) throw coreError('tableImport.sheetColumnsPastEnd', { sheet });
        continue;
      } else if (value.name === 'row') {
        rows++;
        cells += width;
        width = column = 0;
      } else if (value.name === 'c') {
        // A cell without a reference is the one after the last, as the format defines it.
        column = columnOf(value.attributes.r) || column + 1;
        width = Math.max(width, column);
      } else continue;
      if (rows > MAX_ROWS) throw coreError('tableImport.sheetTooManyRows', { sheet, max: LIMITS.tableRows });
      if (cells + width > MAX_CELLS) throw coreError('tableImport.sheetTooManyCells', { sheet, max: LIMITS.tableCells });
    }
  }
}

/** The column of a cell reference ("B7" is 2) read as exceljs reads it: the capital letters before the first digit. */
function columnOf(ref: string | undefined): number {
  let n = 0;
  for (const ch of ref ?? '') {
    if (ch >= '0' && ch <= '9') break;
    if (ch >= 'A' && ch <= 'Z') n = n * 26 + ch.charCodeAt(0) - 64;
  }
  return n;
}

/** How exceljs names the sheet in worksheet part N: through the workbook's relationship to that part, else "SheetN". */
async function sheetNames(parts: { name: string; file: JSZip.JSZipObject }[], parseSax: ParseSax): Promise<(no: string) => string> {
  const rels: Record<string, string>[] = [];
  const sheets: Record<string, string>[] = [];
  for (const [name, tag, into] of [['xl/_rels/workbook.xml.rels', 'Relationship', rels], ['xl/workbook.xml', 'sheet', sheets]] as const) {
    const part = parts.find((p) => p.name === name);
    if (!part) continue;
    for await (const batch of parseSax(text(part.file))) {
      for (const e of batch) if (e.eventType === 'opentag' && e.value.name === tag) into.push(e.value.attributes);
    }
  }
  return (no) => {
    const rel = rels.find((r) => r.Target === `worksheets/sheet${no}.xml`);
    return (rel && sheets.find((s) => s['r:id'] === rel.Id)?.name) ?? `Sheet${no}`;
  };
}

/** A part's text as JSZip inflates it, a chunk at a time, in pieces. */
async function* text(file: JSZip.JSZipObject): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of inflatedChunks(file)) {
    const s = decoder.decode(chunk, { stream: true });
    for (let i = 0; i < s.length; i += PIECE) yield s.slice(i, i + PIECE);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
