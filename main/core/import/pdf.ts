// PDF text through pdfjs-dist, rebuilt into the layout of a UN page as the parser reads it: lines
// top to bottom, footnote citations (small raised numbers) as explicit markers, and the small-type
// footnote block at the foot of each page after a blank rule. Page heads and footers stay as lines:
// the parser knows them.
import { coreError } from '../../../shared/core-messages';
import { firstLine } from './docx';

interface Piece {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

interface Line {
  y: number;
  size: number;
  pieces: Piece[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
// pdfjs-dist ships as an ES module; load it once, on the first PDF.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

export async function pdfToLoiText(bytes: Uint8Array, fileName: string): Promise<string> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  let doc;
  try {
    // pdfjs takes ownership of the buffer it is given: pass a copy.
    doc = await getDocument({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  } catch (e) {
    throw coreError('loiImport.pdfUnreadable', { file: fileName, reason: firstLine(e) }, 'rejected');
  }
  try {
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , c, d, x, y] = item.transform as number[];
        pieces.push({ text: item.str, x, y, size: Math.hypot(c, d) || item.height, width: item.width });
      }
      chars += pieces.reduce((s, p) => s + p.text.length, 0);
      pages.push(layoutPage(pieces));
      page.cleanup();
    }
    if (chars === 0) throw coreError('loiImport.pdfNoText', { file: fileName }, 'rejected');
    return pages.join('\n\f\n');
  } finally {
    await doc.destroy();
  }
}

/** One page's pieces as lines: body, then a blank rule and the footnotes in small type. */
export function layoutPage(pieces: Piece[]): string {
  if (pieces.length === 0) return '';
  // The body size is the one most of the page's characters are set in.
  const bySize = new Map<number, number>();
  for (const p of pieces) bySize.set(Math.round(p.size * 2) / 2, (bySize.get(Math.round(p.size * 2) / 2) ?? 0) + p.text.length);
  const body = [...bySize].sort((a, b) => b[1] - a[1])[0][0];
  const small = (p: { size: number }) => p.size < body * 0.85;
  // Normal-size text makes the lines; raised small numbers next to a line are its citations.
  const lines: Line[] = [];
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const p of sorted.filter((q) => !small(q))) addTo(lines, p);
  const loose: Piece[] = [];
  for (const p of sorted.filter(small)) {
    const host = /^\s*(?:\d{1,3}|\*{1,3})\s*$/.test(p.text)
      ? lines.find((l) => p.y > l.y && p.y - l.y < l.size * 0.8 && !lines.some((m) => m !== l && Math.abs(m.y - p.y) < p.size * 0.3))
      : undefined;
    if (host) host.pieces.push({ ...p, text: `\uE002${p.text.trim()}\uE003` });
    else loose.push(p);
  }
  // Small type on its own lines: footnote bodies (and their markers), or small page furniture.
  const smallLines: Line[] = [];
  for (const p of loose) addTo(smallLines, p);
  const all = [...lines, ...smallLines].sort((a, b) => b.y - a.y);
  const lowestBody = Math.min(...lines.map((l) => l.y));
  const out: string[] = [];
  let ruled = false;
  for (const l of all) {
    const isNote = l.size < body * 0.85;
    if (isNote && !ruled && (lines.length === 0 || l.y < lowestBody + body)) {
      out.push('  ');
      ruled = true;
    }
    out.push(render(l));
  }
  return out.join('\n');
}

function addTo(lines: Line[], p: Piece): void {
  const line = lines.find((l) => Math.abs(l.y - p.y) < Math.max(l.size, p.size) * 0.5);
  if (line) line.pieces.push(p);
  else lines.push({ y: p.y, size: p.size, pieces: [p] });
}

/** Pieces left to right, with a space where the gap is wider than a narrow space. */
function render(line: Line): string {
  const pieces = [...line.pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const [i, p] of pieces.entries()) {
    const marker = p.text.startsWith('\uE002');
    // A raised number that opens a footnote line is the footnote's own number, not a citation.
    const piece = marker && i === 0 ? `${p.text.slice(1, -1)} ` : p.text;
    const gap = p.x - end;
    if (text !== '' && !marker && gap > line.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    text += piece;
    end = Math.max(end, p.x + p.width);
  }
  return text.replace(/\s+$/, '');
}
