// Turns the text of a UN list of issues into its question hierarchy. Pure: text in, structure out.
import { LINE_END_HYPHEN, cleanLines } from './clean-lines';
import { markCitations, takeCitations } from './footnote-citations';
import { findLimit } from './limits';
import { readAdoption, readMetadata } from './metadata';
import { detectLanguage } from './vocabulary';
import { TITLE_START } from './line-kinds';
import { type DraftItem, buildStructure } from './structure';
import { parseWarning } from './warnings';
import { UserError } from '../result';
import { type CoreMessage, coreMessage } from '../core-messages';
import type { FootnoteRef, Heading, Limit, ParsedLoi, Paragraph, SubItem } from './types';

export class NotAListOfIssues extends UserError {
  constructor(m: CoreMessage) {
    super(m.text, 'rejected', m.i18n);
    this.name = 'NotAListOfIssues';
  }
}

const REFERENCE =
  /\b(?:[A-Z]{1,6}|E\/C\.12)(?:\/(?:(?:Rev|Add|Corr)\.\d+|[A-Z0-9]+(?:-\d+)?)){2,}|\((?:paras?\.|par\.|párrs?\.|пункт\p{L}*|п\.)\s*\d+(?:\s*(?:and|et|y|и|-|–|to|à|a)\s*\d+)*\)/gu;
const HYPHENATED = new RegExp(`(\\p{L}+)[-‐]${LINE_END_HYPHEN}(\\p{L}+)`, 'gu');

export function parseLoiText(source: string, options: { fileName?: string } = {}): ParsedLoi {
  const cleaned = cleanLines(source);
  // French sets a space before ; : ? ! — keep it; elsewhere a space before punctuation is a leftover of a removed marker.
  const language = detectLanguage(source);
  const tightBefore = language === 'fr' ? /\s+([,.)])/g : /\s+([,.;:)])/g;
  const found = markCitations(cleaned.body, cleaned.footnotes);
  const structure = buildStructure(cleaned.body);
  if (structure.paragraphs.length === 0) {
    throw new NotAListOfIssues(coreMessage('loiImport.noParagraphs', {}));
  }
  // A hyphen at a line end joins a compound ("ill-treatment") unless the document writes the word whole.
  let lower: string | null = null;
  const known = (word: string) => {
    // A handful of words per list: looking each up in the text beats building a vocabulary.
    lower ??= source.toLowerCase();
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      if (!/\p{L}/u.test(lower[at - 1] ?? '') && !/\p{L}/u.test(lower[at + word.length] ?? '')) return true;
    }
    return false;
  };
  const dehyphen = (text: string) =>
    text.includes(LINE_END_HYPHEN)
      ? text.replace(HYPHENATED, (_w, a: string, b: string) => (known(`${a}${b}`.toLowerCase()) ? `${a}${b}` : `${a}-${b}`)).replaceAll(LINE_END_HYPHEN, '')
      : text;
  const footnotes: FootnoteRef[] = cleaned.footnotes.map((f) => ({ marker: f.marker, text: dehyphen(f.text), paragraph: null }));
  const cite = (text: string, paragraph: string | null, into?: Set<string>) => {
    const taken = takeCitations(text);
    for (const c of taken.cited) {
      footnotes[c.index].paragraph = paragraph;
      into?.add(footnotes[c.index].marker);
    }
    return dehyphen(taken.text).replace(/\s+/g, ' ').replace(tightBefore, '$1').trim();
  };

  const frontMatter = structure.frontMatter.map((l) => cite(l, null));
  const document = readMetadata(frontMatter, source, options.fileName, language);
  document.note = footnotes.find((f) => f.marker.startsWith('*') && f.paragraph === null)?.text ?? null;
  document.adoption = readAdoption(document.note);
  // A few numbered lines in an unrelated file must not become a workspace.
  if (!document.symbol && !document.committee && !TITLE_START.test(document.title) && structure.paragraphs.length < 5) {
    throw new NotAListOfIssues(coreMessage('loiImport.tooFewParagraphs', { count: structure.paragraphs.length }));
  }

  const limits: Limit[] = [];
  const seenHeadings = new Set<Heading>();
  const paragraphs: Paragraph[] = structure.paragraphs.map((d) => {
    for (const h of d.headings) {
      if (seenHeadings.has(h)) continue;
      seenHeadings.add(h);
      h.title = cite(h.title, null);
      if (h.intro !== undefined) h.intro = cite(h.intro, null);
      const limit = findLimit(`${h.title} ${h.intro ?? ''}`);
      if (limit) limits.push({ ...limit, scope: h.kind === 'section' ? { kind: 'section', label: h.label } : sectionScope(d.headings) });
    }
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
    if (limit) limits.push({ ...limit, scope: limitScope(p, all) });
    return p;
  });
  const warnings = [...cleaned.warnings, ...structure.warnings];
  cleaned.footnotes.forEach((f, i) => {
    if (!found.has(i)) warnings.push(parseWarning(0, 'footnote-uncited', { marker: f.marker }));
  });
  return { document, paragraphs, footnotes, limits, warnings };
}

function flatten(items: SubItem[]): SubItem[] {
  return items.flatMap((i) => [i, ...flatten(i.subitems)]);
}

const sectionScope = (headings: Heading[]): Limit['scope'] => {
  const section = headings.find((h) => h.kind === 'section');
  return section ? { kind: 'section', label: section.label } : { kind: 'document' };
};

/** A limit governs the section it opens, unless it is about another document (the common core document). */
function limitScope(p: Paragraph, text: string): Limit['scope'] {
  if (/core document|document de base|documento básico|базов\p{L}* документ/iu.test(text)) return { kind: 'paragraph', number: p.number };
  return sectionScope(p.headings);
}

export function countSubitems(p: Paragraph): number {
  return flatten(p.subitems).length;
}
