// Paste from Word and LibreOffice: keeps paragraphs, lists, block quotes, bold/italic/underline,
// links, footnotes and tables (as data tables), and drops everything else (styles, scripts, images,
// unknown markup).
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { UserError } from '../result';
import { gridOfTable } from '../tables/clipboard';
import { type IdSource, randomIds } from '../tables/ids';
import { tableFromGrid } from '../tables/infer';
import type { AnswerContent, DataTableElement, FormattedText, InlineNode, ListElement, ParagraphElement, QuoteElement } from './types';

type Marks = Omit<FormattedText, 'text'>;
type Block = ParagraphElement | QuoteElement | DataTableElement | { type: 'list-item'; list: ListElement['type']; children: InlineNode[] };
type TextualBlock = Exclude<Block, DataTableElement>;

const SKIP = new Set(['script', 'style', 'head', 'meta', 'link', 'img', 'object', 'iframe', 'svg', 'title', 'xml', 'o:p', 'noscript', 'template', 'button', 'input', 'select', 'textarea', 'video', 'audio', 'canvas']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'tr', 'dt', 'dd', 'pre', 'section', 'article', 'td', 'th', 'caption', 'br', 'table', 'ul', 'ol', 'body', 'html']);
const SAFE_URL = /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i;
const BULLET = /^[·•o§▪■◦‣\-–*]$/;

/** `ids` names the tables a paste brings in (tests pass a counter). */
export function htmlToContent(html: string, ids: IdSource = randomIds()): AnswerContent {
  const doc = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
  const notes = collectFootnoteBodies(doc.children);
  const blocks: Block[] = [];
  let current: TextualBlock | null = null;

  const open = (b: TextualBlock) => {
    current = b;
    blocks.push(b);
  };
  let quoting = false;
  const push = (node: InlineNode) => {
    if (!current) open({ type: quoting ? 'block-quote' : 'paragraph', children: [] });
    current!.children.push(node);
  };
  const close = () => (current = null);

  const walk = (nodes: ChildNode[], marks: Marks, context: { list: ListElement['type'] | null; quote: boolean; inItem?: boolean }) => {
    for (const node of nodes) {
      if (isText(node)) {
        const text = node.data.replace(/\s+/g, ' ');
        if (text.trim() !== '' || (current && text !== '')) push({ text, ...marks });
        continue;
      }
      if (!isTag(node)) continue;
      const el = node as Element;
      const tag = el.name;
      const style = (el.attribs.style ?? '').toLowerCase();
      if (SKIP.has(tag) || /mso-list:\s*ignore/.test(style) || /display:\s*none/.test(style) || isFootnoteBody(el)) continue;
      if (tag === 'br') {
        close();
        continue;
      }
      const ref = footnoteRef(el);
      if (ref !== null) {
        if (notes.has(ref)) push({ type: 'footnote', note: notes.get(ref)!, children: [{ text: '' }] });
        continue;
      }
      const next = { ...marks, ...marksOf(tag, style) };
      if (tag === 'a' && SAFE_URL.test(el.attribs.href ?? '')) {
        const before = current;
        const texts: FormattedText[] = [];
        collectText(el.children, next, texts);
        if (texts.some((t) => t.text.trim() !== '')) {
          if (!before) open({ type: quoting ? 'block-quote' : 'paragraph', children: [] });
          current!.children.push({ type: 'link', url: el.attribs.href, children: texts });
        }
        continue;
      }
      if (tag === 'ol' || tag === 'ul') {
        close();
        walk(el.children, marks, { ...context, inItem: false, list: tag === 'ol' ? 'numbered-list' : 'bulleted-list' });
        close();
        continue;
      }
      if (tag === 'blockquote' || /\bmsoquote\b|\bmsointensequote\b/i.test(el.attribs.class ?? '')) {
        close();
        const outer = quoting;
        quoting = true;
        walk(el.children, marks, { ...context, quote: true });
        quoting = outer;
        close();
        continue;
      }
      if (context.inItem && (tag === 'p' || tag === 'div' || tag === 'span')) {
        // LibreOffice wraps each list item's text in a <p>: it is still the same item.
        if (current && current.children.length > 0) push({ text: ' ', ...marks });
        walk(el.children, next, context);
        continue;
      }
      if (tag === 'table') {
        // Word puts a <p> in every cell: read cell by cell, a table would become a column of paragraphs.
        const table = dataTable(el, notes, ids);
        if (table) {
          close();
          blocks.push(table);
          continue;
        }
      }
      if (BLOCK.has(tag)) {
        close();
        const wordList = wordListKind(el);
        if (tag === 'li' && context.list) {
          open({ type: 'list-item', list: context.list, children: [] });
          walk(el.children, next, { ...context, inItem: true });
          close();
          continue;
        }
        else if (wordList) open({ type: 'list-item', list: wordList, children: [] });
        else if (context.quote) open({ type: 'block-quote', children: [] });
        if (tag === 'td' || tag === 'th') {
          // Table cells of a pasted table become one paragraph per row, cells separated by tabs.
          walk(el.children, next, context);
          push({ text: '\t', ...marks });
          continue;
        }
        walk(el.children, next, context);
        close();
        continue;
      }
      walk(el.children, next, context);
    }
  };
  walk(doc.children, {}, { list: null, quote: false });
  return toContent(blocks);
}

function marksOf(tag: string, style: string): Marks {
  const m: Marks = {};
  if (tag === 'b' || tag === 'strong' || /font-weight:\s*(?:bold|[6-9]00)/.test(style)) m.bold = true;
  if (tag === 'i' || tag === 'em' || /font-style:\s*italic/.test(style)) m.italic = true;
  if (tag === 'u' || /text-decoration[^;]*underline/.test(style)) m.underline = true;
  return m;
}

function collectText(nodes: ChildNode[], marks: Marks, out: FormattedText[]): void {
  for (const n of nodes) {
    if (isText(n)) out.push({ text: n.data.replace(/\s+/g, ' '), ...marks });
    else if (isTag(n) && !SKIP.has(n.name)) collectText(n.children, { ...marks, ...marksOf(n.name, (n.attribs.style ?? '').toLowerCase()) }, out);
  }
}

const textOf = (nodes: ChildNode[]): string =>
  nodes.map((n) => (isText(n) ? n.data : isTag(n) && !SKIP.has(n.name) ? textOf(n.children) : '')).join('');

/** Word: <a href="#_ftn1"> … ; LibreOffice: <a class="sdfootnoteanc" href="#sdfootnote1sym">. */
function footnoteRef(el: Element): string | null {
  if (el.name !== 'a') return null;
  const m = /^#_?(ftn|sdfootnote|edn|sdendnote)(\d+)(?:sym)?$/.exec(el.attribs.href ?? '');
  return m && !/ref|anc$/.test(el.attribs.href ?? '') ? `${m[1].replace(/^sd/, '')}${m[2]}` : null;
}

function isFootnoteBody(el: Element): boolean {
  return /^(?:ftn|edn|sdfootnote|sdendnote)\d+$/.test(el.attribs.id ?? '') || (el.attribs.style ?? '').includes('mso-element:footnote-list');
}

/** Footnote bodies by id ("ftn1"), with their back-reference number stripped. */
function collectFootnoteBodies(nodes: ChildNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (list: ChildNode[]) => {
    for (const n of list) {
      if (!isTag(n)) continue;
      const m = /^(ftn|edn|sdfootnote|sdendnote)(\d+)$/.exec(n.attribs.id ?? '');
      if (m) {
        const text = textOf(n.children.filter((c) => !(isTag(c) && c.name === 'a' && /#/.test(c.attribs.href ?? '') && textOf(c.children).trim().length < 6)));
        out.set(`${m[1].replace(/^sd/, '')}${m[2]}`, text.replace(/^\s*\[?\d+\]?\s*/, '').replace(/\s+/g, ' ').trim());
      } else visit(n.children);
    }
  };
  visit(nodes);
  return out;
}

/** Word writes list items as paragraphs with an mso-list style and the marker in an ignored span. */
function wordListKind(el: Element): ListElement['type'] | null {
  const style = el.attribs.style ?? '';
  if (!/mso-list:\s*l\d/.test(style) && !/MsoListParagraph/i.test(el.attribs.class ?? '')) return null;
  const marker = findIgnoredMarker(el.children)?.trim() ?? '';
  if (marker === '') return /mso-list/.test(style) ? 'bulleted-list' : null;
  return BULLET.test(marker) ? 'bulleted-list' : 'numbered-list';
}

function findIgnoredMarker(nodes: ChildNode[]): string | null {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (/mso-list:\s*ignore/i.test(n.attribs.style ?? '')) return textOf(n.children).replace(/\u00a0/g, ' ').trim().split(/\s+/)[0] ?? '';
    const inner = findIgnoredMarker(n.children);
    if (inner !== null) return inner;
  }
  return null;
}

/**
 * A pasted <table> as a data table, its footnote references moved into the table's notes. Null for
 * a layout table (one row or one column), whose text is read as paragraphs, and for one too large
 * for a data table, which keeps its text rather than losing it.
 */
function dataTable(el: Element, notes: Map<string, string>, ids: IdSource): DataTableElement | null {
  // The shape first: a layout table keeps its footnote references, to be read with its text.
  const shape = gridOfTable(el);
  if (shape.length < 2 || (shape[0]?.length ?? 0) < 2) return null;
  const cited = takeFootnoteRefs(el).flatMap((ref) => (notes.has(ref) ? [notes.get(ref)!] : []));
  const grid = gridOfTable(el);
  const caption = el.children.find((c): c is Element => isTag(c) && c.name === 'caption');
  try {
    return tableFromGrid(grid, ids, { title: caption ? textOf(caption.children).replace(/\s+/g, ' ').trim() : '', notes: cited.join('\n') });
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

/** Removes the footnote references under `el` (so "[1]" is not read as cell text) and returns their ids. */
function takeFootnoteRefs(el: Element): string[] {
  const refs: string[] = [];
  el.children = el.children.filter((c) => {
    if (!isTag(c)) return true;
    const ref = footnoteRef(c);
    if (ref === null) {
      refs.push(...takeFootnoteRefs(c));
      return true;
    }
    refs.push(ref);
    return false;
  });
  return refs;
}

function toContent(blocks: Block[]): AnswerContent {
  const out: AnswerContent = [];
  for (const b of blocks) {
    if (b.type === 'data-table') {
      out.push(b);
      continue;
    }
    const children = normalizeInlines(b.children);
    if (children.length === 0) continue;
    if (b.type === 'list-item') {
      const last = out[out.length - 1];
      if (last && last.type === b.list) last.children.push({ type: 'list-item', children });
      else out.push({ type: b.list, children: [{ type: 'list-item', children }] });
    } else out.push({ type: b.type, children });
  }
  return out;
}

/** Trims block edges, merges neighbouring texts with equal marks, drops empty blocks. */
function normalizeInlines(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if ('text' in n && prev && 'text' in prev && sameMarks(prev, n)) prev.text = (prev.text + n.text).replace(/ {2,}/g, ' ');
    else out.push('text' in n ? { ...n } : n);
  }
  const first = out[0];
  if (first && 'text' in first) first.text = first.text.replace(/^[\s\t]+/, '');
  const last = out[out.length - 1];
  if (last && 'text' in last) last.text = last.text.replace(/[\s\t]+$/, '');
  const kept = out.filter((n) => !('text' in n) || n.text !== '');
  if (!kept.some((n) => !('text' in n) || n.text.trim() !== '')) return [];
  // Slate wants text around inline elements.
  const padded: InlineNode[] = [];
  kept.forEach((n, i) => {
    if (!('text' in n) && (i === 0 || !('text' in kept[i - 1]))) padded.push({ text: '' });
    padded.push(n);
  });
  if (!('text' in padded[padded.length - 1])) padded.push({ text: '' });
  return padded;
}

const sameMarks = (a: FormattedText, b: FormattedText) => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

/** Plain text: blank lines separate paragraphs when there are any, otherwise every line is one. */
export function plainTextToContent(text: string): AnswerContent {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').trim();
  const parts = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')) : normalized.split('\n');
  return parts
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => ({ type: 'paragraph' as const, children: [{ text: p }] }));
}
