// Reads a generated .docx the way Word does: unzip it (jszip) and parse its parts as XML, then
// give tests the paragraphs in order with their style, numbering and text.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

export interface DocxParts {
  document: Document;
  footnotes: Document | null;
  numbering: Document | null;
  header: string;
  files: string[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (name: string) => {
    const f = zip.file(name);
    return f ? (new DOMParser().parseFromString(await f.async('string'), 'text/xml') as unknown as Document) : null;
  };
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
  return {
    document: (await parse('word/document.xml'))!,
    footnotes: await parse('word/footnotes.xml'),
    numbering: await parse('word/numbering.xml'),
    header: headers.join('\n'),
    files: Object.keys(zip.files),
  };
}

export const all = (node: Document | Element, name: string): Element[] => Array.from(node.getElementsByTagNameNS(W, name));
export const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;

/** The visible text of an element: its w:t runs (field instructions are w:instrText and are skipped). */
export const textOf = (el: Element) => all(el, 't').map((t) => t.textContent ?? '').join('');

export interface Para {
  el: Element;
  style: string | null;
  numId: string | null;
  text: string;
  inTable: boolean;
}

export function paragraphs(doc: Document): Para[] {
  return all(doc, 'p').map((el) => {
    const pPr = all(el, 'pPr')[0];
    let inTable = false;
    for (let p = el.parentNode; p; p = p.parentNode) if ((p as Element).localName === 'tbl') inTable = true;
    return {
      el,
      style: attr(pPr ? all(pPr, 'pStyle')[0] : undefined, 'val'),
      numId: attr(pPr ? all(pPr, 'numId')[0] : undefined, 'val'),
      text: textOf(el),
      inTable,
    };
  });
}

/** The abstract numbering behind a w:numId: its level-0 format and text ("decimal", "%1."). */
export function numberingFormat(numbering: Document, numId: string): { format: string | null; text: string | null } {
  const num = all(numbering, 'num').find((n) => attr(n, 'numId') === numId);
  const abstractId = attr(num ? all(num, 'abstractNumId')[0] : undefined, 'val');
  const abstract = all(numbering, 'abstractNum').find((a) => attr(a, 'abstractNumId') === abstractId);
  const lvl = abstract ? all(abstract, 'lvl').find((l) => attr(l, 'ilvl') === '0') : undefined;
  return { format: attr(lvl ? all(lvl, 'numFmt')[0] : undefined, 'val'), text: attr(lvl ? all(lvl, 'lvlText')[0] : undefined, 'val') };
}
