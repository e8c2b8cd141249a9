// HTML (a saved web page, or what mammoth makes of a .docx) to the line layout the list-of-issues
// parser reads: one line per block, list numbers written out, footnote references as explicit
// citation markers and footnote bodies in a block after a blank rule, as on a PDF page.
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { coreError } from '../../../shared/core-messages';

/** How deep elements may nest. A list of issues (a saved UN page, or a Word file) nests a dozen levels;
 * the walk below recurses once per level, and tens of thousands would overflow the stack. */
export const MAX_HTML_DEPTH = 200;

const BLOCK = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'header', 'footer', 'table', 'ul', 'ol', 'dd', 'dt', 'pre']);
const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'nav']);
// Footnote bodies: mammoth's "footnote-1", Word's "ftn1", common "fn1" / "endnote-1".
const NOTE_ID = /^(?:foot|end)note-(\d+)$|^_?(?:ftn|edn|fn)(\d+)$/i;
// References to them: "#footnote-1", "#_ftn1", "#fn1".
const NOTE_HREF = /^#(?:(?:foot|end)note-(\d+)|_?(?:ftn|edn|fn)(\d+))$/i;
const BACKLINK_HREF = /^#(?:(?:foot|end)note-ref-\d+|_?(?:ftn|edn|fn)ref\d+)$/i;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
const letter = (n: number) => (n <= 26 ? String.fromCharCode(96 + n) : String.fromCharCode(96 + Math.floor((n - 1) / 26)) + String.fromCharCode(97 + ((n - 1) % 26)));

interface Walk {
  lines: string[];
  current: string;
  notes: Map<string, string>;
}

export function htmlToLoiText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  if (deeperThan(doc.children, MAX_HTML_DEPTH)) {
    throw coreError('loiImport.htmlTooDeep', { max: MAX_HTML_DEPTH }, 'rejected');
  }
  const w: Walk = { lines: [], current: '', notes: new Map() };
  walk(doc.children, w, 'none');
  flush(w);
  const notes = [...w.notes].map(([marker, text]) => `${marker} ${text}`);
  return [...w.lines, ...(notes.length > 0 ? ['  ', ...notes] : [])].join('\n');
}

/** Measured without recursion, since the point is not to overflow the stack on the way. */
function deeperThan(nodes: ChildNode[], max: number): boolean {
  const stack: Array<[ChildNode, number]> = nodes.map((n) => [n, 1]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > max) return true;
    if (isTag(node)) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return false;
}

function flush(w: Walk): void {
  const line = w.current.replace(/[ \t\u00A0]+/g, ' ').trim();
  if (line) w.lines.push(line);
  w.current = '';
}

type ListStyle = 'none' | 'number' | 'letter' | 'roman';

function walk(nodes: ChildNode[], w: Walk, enclosing: ListStyle): void {
  for (const node of nodes) {
    if (isText(node)) {
      w.current += node.data.replace(/\s+/g, ' ');
      continue;
    }
    if (!isTag(node) || SKIP.has(node.name)) continue;
    const noteId = NOTE_ID.exec(node.attribs.id ?? '') ?? NOTE_ID.exec(node.attribs.name ?? '');
    if (noteId && node.name !== 'a') {
      w.notes.set(noteId[1] ?? noteId[2], noteText(node));
      continue;
    }
    if (node.name === 'a' && BACKLINK_HREF.test(node.attribs.href ?? '')) continue;
    const ref = node.name === 'a' ? NOTE_HREF.exec(node.attribs.href ?? '') : null;
    if (ref) {
      w.current += `\uE002${ref[1] ?? ref[2]}\uE003`;
      continue;
    }
    if (node.name === 'br') {
      flush(w);
      continue;
    }
    if (node.name === 'sup' && /^\s*(?:\d{1,3}|\*{1,3})\s*$/.test(textOf(node)) && !node.children.some((c) => isTag(c) && c.name === 'a')) {
      w.current += `\uE002${textOf(node).trim()}\uE003`;
      continue;
    }
    if (node.name === 'ol') {
      flush(w);
      orderedList(node, w, enclosing);
      continue;
    }
    if (node.name === 'td' || node.name === 'th') w.current += ' ';
    const block = BLOCK.has(node.name);
    if (block) flush(w);
    walk(node.children, w, enclosing);
    if (block) flush(w);
  }
}

/** Writes out the numbers Word or a browser would draw: "1.", "(a)", "(i)" by the list's type or its depth. */
function orderedList(ol: Element, w: Walk, enclosing: ListStyle): void {
  const start = Number(ol.attribs.start ?? '1') || 1;
  const type = ol.attribs.type ?? '';
  // Lists under a numbered paragraph are its lettered items; lists under those are roman.
  const previous = w.lines[w.lines.length - 1] ?? '';
  const implied: ListStyle =
    enclosing === 'none' ? (/^\d{1,3}\.\s/.test(previous) ? 'letter' : 'number') : enclosing === 'number' ? 'letter' : 'roman';
  const style: ListStyle = /^[aA]$/.test(type) ? 'letter' : /^[iI]$/.test(type) ? 'roman' : type === '1' ? 'number' : implied;
  let n = start;
  for (const li of ol.children) {
    if (!isTag(li) || li.name !== 'li') continue;
    const noteId = NOTE_ID.exec(li.attribs.id ?? '');
    if (noteId) {
      w.notes.set(noteId[1] ?? noteId[2], noteText(li));
      continue;
    }
    const label = style === 'number' ? `${n}.` : style === 'letter' ? `(${letter(n)})` : `(${ROMAN[n - 1] ?? n})`;
    const own = textOf(li).trim();
    // Keep a number the author typed; add the one the list draws.
    if (!/^(?:\d{1,3}\.|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\))\s/.test(own)) w.current += `${label} `;
    walk(li.children, w, style);
    flush(w);
    n++;
  }
}

function noteText(node: Element): string {
  const w: Walk = { lines: [], current: '', notes: new Map() };
  walk(node.children, w, 'none');
  flush(w);
  return w.lines.join(' ').replace(/[\uE002\uE003]/g, '').replace(/^\[?\d{1,3}\]?\s*/, '').replace(/\s*[↑^]\s*$/, '').trim();
}

function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) return node.children.map(textOf).join('');
  return '';
}
