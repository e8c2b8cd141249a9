// Ranges copied from Excel, LibreOffice Calc or Google Sheets: the tab-separated text they put on
// the clipboard, and the HTML table beside it (which also says which cells are merged).
import { type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import Papa from 'papaparse';

/** A cell read from a file or the clipboard; `continues` marks the covered part of a merged cell. */
export interface SourceCell {
  text: string;
  continues?: 'left' | 'up';
}
export type SourceGrid = SourceCell[][];

export const textGrid = (rows: readonly (readonly string[])[]): SourceGrid => rows.map((r) => r.map((text) => ({ text })));

/**
 * Tab-separated rows. Spreadsheets quote a cell that holds a tab, a line break or a quote, and end
 * the range with one line break; both are undone here.
 */
export function parseTsv(text: string): string[][] {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (body === '') return [];
  const parsed = Papa.parse<string[]>(body, { delimiter: '\t', newline: '\n', quoteChar: '"', skipEmptyLines: false });
  return parsed.data.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')));
}

/** True when plain text looks like a copied range: at least two lines, all with the same number (2+) of tabs-separated cells. */
export function looksLikeRange(text: string): boolean {
  const rows = parseTsv(text);
  if (rows.length < 2) return false;
  const width = rows[0].length;
  return width >= 2 && rows.every((r) => r.length === width);
}

const MAX_SPAN = 200;

/**
 * The first table in an HTML fragment, cells expanded from their colspan/rowspan. Where Excel or
 * LibreOffice give the raw number beside the shown text (x:num, sdval), the shown text is kept,
 * since that is what the official sees, unless the shown text cannot be read unambiguously.
 */
export function parseHtmlTable(html: string): SourceGrid | null {
  const doc = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
  const table = findFirst(doc.children, (el) => el.name === 'table');
  return table ? gridOfTable(table) : null;
}

/** One parsed <table> element as a grid (the paste of a Word document walks its tables itself). */
export function gridOfTable(table: Element): SourceGrid {
  const grid: SourceGrid = [];
  const rows: Element[] = [];
  collect(table.children, (el) => el.name === 'tr', rows, (el) => el.name !== 'table');
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.children) {
      if (!isTag(td) || (td.name !== 'td' && td.name !== 'th')) continue;
      while (grid[r][c]) c++;
      const colspan = clampSpan(td.attribs.colspan);
      const rowspan = clampSpan(td.attribs.rowspan);
      const text = cellText(td);
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? { text } : { text, continues: dr === 0 ? 'left' : 'up' };
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '' }));
}

const clampSpan = (v: string | undefined) => Math.min(Math.max(Number.parseInt(v ?? '1', 10) || 1, 1), MAX_SPAN);

function cellText(td: Element): string {
  const parts: string[] = [];
  // Whether the cell has text yet (kept as a flag: joining the parts at each <p> was quadratic, 19 s
  // for a cell of 28,000 Word paragraphs).
  let started = false;
  const walk = (nodes: Element['children']) => {
    for (const n of nodes) {
      if (isText(n)) {
        parts.push(n.data);
        started ||= n.data.trim() !== '';
      } else if (isTag(n)) {
        if (n.name === 'br') parts.push('\n');
        // Word and Writer put each line of a cell in its own <p>.
        else if ((n.name === 'p' || n.name === 'div') && started) {
          parts.push('\n');
          walk(n.children);
        } else if (!['style', 'script', 'head', 'title'].includes(n.name)) walk(n.children);
      }
    }
  };
  walk(td.children);
  const shown = parts.join('').replace(/[ \t\r\f\v]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
  const raw = td.attribs['x:num'] ?? td.attribs.sdval;
  // Excel renders 1234.5 as "1,235" or "1 234,5" per locale; the shown text is kept unless it is
  // ambiguous ("1,234") and the raw value says which it is.
  if (raw !== undefined && raw.trim() !== '' && /^\d{1,3}(,\d{3})+$/.test(shown)) {
    const n = Number(raw.trim());
    if (Number.isFinite(n)) return String(n);
  }
  return shown;
}

function findFirst(nodes: Element['children'], match: (el: Element) => boolean): Element | null {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (match(n)) return n;
    const inner = findFirst(n.children, match);
    if (inner) return inner;
  }
  return null;
}

function collect(nodes: Element['children'], match: (el: Element) => boolean, out: Element[], descend: (el: Element) => boolean): void {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (match(n)) out.push(n);
    else if (descend(n)) collect(n.children, match, out, descend);
  }
}
