// Second pass: turns cleaned body lines into the question hierarchy (sections, headings, article
// groups, numbered paragraphs, lettered sub-items and nested roman items).
import { parseArticleGroup } from './articles';
import { type BodyLine, joinText } from './clean-lines';
import type { Heading, ParseWarning } from './types';

export interface DraftItem {
  label: string;
  text: string;
  items: DraftItem[];
}

export interface DraftParagraph {
  number: string;
  text: string;
  headings: Heading[];
  articles: number[];
  items: DraftItem[];
  line: number;
}

export interface Structure {
  frontMatter: string[];
  paragraphs: DraftParagraph[];
  warnings: ParseWarning[];
}

const SECTION = /^(?:Section|Sección|Раздел)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$/u;
const LETTER_HEADING = /^([A-H])\.\s+(\S.{0,150})$/u;
const NUMBERED = /^(\d{1,3})\.\s*(\S.*)$/u;
const PART = /^(?:(\d{1,2})\.\s+)?((?:Part|Partie|Parte|Часть)\s+[IVXLC]+\b.*)$/u;
const ITEM = /^\(([a-z]{1,2}|[ivx]{1,6})\)\s*(\S.*)?$/u;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;

const nextLetter = (label: string | undefined) =>
  label === undefined ? 'a' : String.fromCharCode(label.charCodeAt(label.length - 1) + 1);
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const nextRoman = (label: string | undefined) => (label === undefined ? 'i' : ROMANS[ROMANS.indexOf(label) + 1]);

/** A heading is short and does not end like a sentence. */
const looksLikeHeading = (text: string) => text.length <= 120 && !/[.;:,]$/.test(text);

export function buildStructure(body: BodyLine[]): Structure {
  const frontMatter: string[] = [];
  const paragraphs: DraftParagraph[] = [];
  const warnings: ParseWarning[] = [];
  // headings[level]: 0 section, 1 lettered heading, 2 numbered heading / part, 3 article group
  let headings: Array<Heading | undefined> = [];
  let started = false;
  let paragraph: DraftParagraph | null = null;
  let target: { text: string } | null = null;
  let lastHeading: Heading | null = null;

  const setHeading = (level: number, h: Heading) => {
    headings = headings.slice(0, level);
    headings[level] = h;
    paragraph = null;
    target = null;
    lastHeading = h;
    started = true;
  };

  for (const { text, line } of body) {
    const section = SECTION.exec(text);
    if (section) {
      setHeading(0, { kind: 'section', label: section[1], title: section[2].trim() });
      continue;
    }
    const articles = parseArticleGroup(text);
    if (articles && text.length < 80) {
      setHeading(3, { kind: 'articles', label: '', title: text, articles });
      continue;
    }
    const part = PART.exec(text);
    if (part && looksLikeHeading(text)) {
      setHeading(2, { kind: 'heading', label: part[1] ?? '', title: part[2].trim() });
      continue;
    }
    const letter = LETTER_HEADING.exec(text);
    // Lettered headings run A, B, C… within a section; anything else is text that happens to start so.
    const nextHeadingLetter = String.fromCharCode((headings[1]?.label || '@').charCodeAt(0) + 1);
    if (letter && looksLikeHeading(text) && (letter[1] === nextHeadingLetter || !paragraph)) {
      setHeading(1, { kind: 'heading', label: letter[1], title: letter[2].trim() });
      continue;
    }
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      const n = Number(numbered[1]);
      const expected = paragraphs.length === 0 ? 1 : Number(paragraphs[paragraphs.length - 1].number) + 1;
      if (n === expected) {
        const chain = headings.filter((h): h is Heading => h !== undefined);
        const group = chain.find((h) => h.kind === 'articles');
        paragraph = { number: String(n), text: numbered[2], headings: chain, articles: group?.articles ?? [], items: [], line };
        paragraphs.push(paragraph);
        target = paragraph;
        started = true;
        continue;
      }
      if (looksLikeHeading(numbered[2])) {
        setHeading(2, { kind: 'heading', label: numbered[1], title: numbered[2].trim() });
        continue;
      }
      warnings.push({ line, message: `Paragraph number ${n} is out of sequence (expected ${expected}); kept as text.` });
    }
    const item = paragraph ? ITEM.exec(text) : null;
    if (item && paragraph) {
      const placed = placeItem(paragraph, item[1], item[2] ?? '');
      if (placed) {
        target = placed;
        continue;
      }
      warnings.push({ line, message: `Item (${item[1]}) is out of sequence in paragraph ${paragraph.number}; kept as text.` });
    }
    if (target) {
      target.text = joinText(target.text, text);
      continue;
    }
    if (!started) {
      frontMatter.push(text);
      continue;
    }
    // Text between a heading and the next paragraph: a heading without a number, or the
    // second line of a heading that wrapped.
    const open = lastHeading as Heading | null; // assigned inside setHeading, which TS does not follow
    if (open && open.kind === 'heading' && open.label === '' && /^\p{Ll}/u.test(text)) {
      open.title = joinText(open.title, text);
      continue;
    }
    if (looksLikeHeading(text)) {
      setHeading(Math.max(1, headings.length > 1 ? headings.length - 1 : 1), { kind: 'heading', label: '', title: text });
      continue;
    }
    warnings.push({ line, message: `Text outside any paragraph was skipped: "${text.slice(0, 60)}"` });
  }
  return { frontMatter, paragraphs, warnings };
}

/** Places "(x) text" under the paragraph if the label continues a sequence there. */
function placeItem(p: DraftParagraph, label: string, text: string): DraftItem | null {
  const last = p.items[p.items.length - 1];
  if (label === nextLetter(last?.label)) {
    const item = { label, text, items: [] };
    p.items.push(item);
    return item;
  }
  if (last && ROMAN.test(label) && label === nextRoman(last.items[last.items.length - 1]?.label)) {
    const item = { label, text, items: [] };
    last.items.push(item);
    return item;
  }
  if (ROMAN.test(label) && p.items.every((i) => ROMAN.test(i.label)) && label === nextRoman(last?.label)) {
    // A paragraph whose items are numbered (i), (ii)… directly.
    const item = { label, text, items: [] };
    p.items.push(item);
    return item;
  }
  return null;
}
