// Turns the text of a UN list of issues into its question hierarchy. Pure: text in, structure out.
import { cleanLines } from './clean-lines';
import { markCitations, takeCitations } from './footnote-citations';
import { findLimit } from './limits';
import { readMetadata } from './metadata';
import { type DraftItem, buildStructure } from './structure';
import { UserError } from '../result';
import type { FootnoteRef, Limit, ParsedLoi, Paragraph, SubItem } from './types';

export class NotAListOfIssues extends UserError {
  constructor(message: string) {
    super(message, 'rejected');
    this.name = 'NotAListOfIssues';
  }
}

const REFERENCE = /\b[A-Z]{2,6}(?:\/(?:(?:Rev|Add|Corr)\.\d+|[A-Z0-9]+)){2,}|\((?:paras?\.|пункт\p{L}*)\s*\d+(?:\s*(?:and|et|y|и|-|–|to)\s*\d+)*\)/gu;

export function parseLoiText(source: string, options: { fileName?: string } = {}): ParsedLoi {
  const cleaned = cleanLines(source);
  markCitations(cleaned.body, cleaned.footnotes);
  const structure = buildStructure(cleaned.body);
  if (structure.paragraphs.length === 0) {
    throw new NotAListOfIssues('No numbered paragraphs were found: this does not look like a list of issues.');
  }
  const footnotes: FootnoteRef[] = cleaned.footnotes.map((f) => ({ marker: f.marker, text: f.text, paragraph: null }));
  const cite = (text: string, paragraph: string | null, into?: Set<string>) => {
    const taken = takeCitations(text);
    for (const c of taken.cited) {
      footnotes[c.index].paragraph = paragraph;
      into?.add(footnotes[c.index].marker);
    }
    return taken.text.replace(/\s+/g, ' ').replace(/\s+([,.;:)])/g, '$1').trim();
  };

  const frontMatter = structure.frontMatter.map((l) => cite(l, null));
  const document = readMetadata(frontMatter, source, options.fileName);
  document.note = footnotes.find((f) => f.marker.startsWith('*') && f.paragraph === null)?.text ?? null;

  const limits: Limit[] = [];
  const paragraphs: Paragraph[] = structure.paragraphs.map((d) => {
    const cited = new Set<string>();
    const item = (i: DraftItem): SubItem => ({ label: i.label, text: cite(i.text, d.number, cited), subitems: i.items.map(item) });
    const p: Paragraph = {
      number: d.number,
      text: cite(d.text, d.number, cited),
      headings: d.headings,
      articles: d.articles,
      subitems: d.items.map(item),
      footnotes: [],
      references: [],
    };
    p.footnotes = [...cited];
    const all = [p.text, ...flatten(p.subitems).map((s) => s.text)].join(' ');
    const notes = footnotes.filter((f) => cited.has(f.marker)).map((f) => f.text);
    p.references = [...new Set([...[all, ...notes].join(' ').matchAll(REFERENCE)].map((m) => m[0].replace(/^\(|\)$/g, '')))];
    const limit = findLimit(all);
    if (limit) limits.push({ ...limit, scope: limitScope(p, structure.paragraphs.length, all) });
    return p;
  });
  return { document, paragraphs, footnotes, limits, warnings: [...cleaned.warnings, ...structure.warnings] };
}

function flatten(items: SubItem[]): SubItem[] {
  return items.flatMap((i) => [i, ...flatten(i.subitems)]);
}

/** A limit governs the section it opens, unless it is about another document (the common core document). */
function limitScope(p: Paragraph, _count: number, text: string): Limit['scope'] {
  if (/core document|document de base|documento básico|базов\p{L}* документ/iu.test(text)) return { kind: 'paragraph', number: p.number };
  const section = p.headings.find((h) => h.kind === 'section');
  return section ? { kind: 'section', label: section.label } : { kind: 'document' };
}

export function countSubitems(p: Paragraph): number {
  return flatten(p.subitems).length;
}
