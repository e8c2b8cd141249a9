// Second pass: turns cleaned body lines into the question hierarchy (sections, headings, article
// groups, numbered paragraphs, lettered sub-items and nested roman items). How headings nest is
// learned from the document itself: a kind of heading first seen below another stays below it.
import { articlesInHeading } from './articles';
import { type BodyLine, joinText } from './clean-lines';
import {
  HEADING_MAX, type HeadingKind, type HeadingLine, ITEM, NUMBERED, TITLE_START, endsOpen, endsSentence, headingOf, isRoman,
  REQUEST, latinLabel, looksLikeHeading, nextLetter, nextRoman, visible,
} from './line-kinds';
import type { Heading, ParseWarning } from './types';
import { parseWarning } from './warnings';

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

const CONJUNCTION_END = /(?:\b(?:and|or|et|ou|y|o|и|или))$/iu;
const ROMAN_CAPS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function buildStructure(body: BodyLine[]): Structure {
  const frontMatter: string[] = [];
  const paragraphs: DraftParagraph[] = [];
  const warnings: ParseWarning[] = [];
  const order: HeadingKind[] = [];
  let stack: Array<{ kind: HeadingKind; heading: Heading }> = [];
  let paragraph: DraftParagraph | null = null;
  let target: { text: string } | null = null;
  let openHeading: Heading | null = null;
  let title: 'none' | 'open' | 'closed' = 'none';
  let prev = '';

  const expectedNumber = () => (paragraphs.length === 0 ? 1 : Number(paragraphs[paragraphs.length - 1].number) + 1);
  const lastOf = (kind: HeadingKind) => [...stack].reverse().find((s) => s.kind === kind)?.heading.label;
  const expectedLetter = () => nextLetter(lastOf('letter')?.toLowerCase()).toUpperCase();
  const expectedRoman = () => ROMAN_CAPS[ROMAN_CAPS.indexOf(lastOf('roman') ?? '') + 1] ?? '';

  const pushHeading = (h: HeadingLine) => {
    if (!order.includes(h.kind)) {
      // A new kind nests under the current heading, but never under an article group: those are always innermost.
      const under = stack.filter((s) => s.kind !== 'articles');
      const top = under.length > 0 ? order.indexOf(under[under.length - 1].kind) : -1;
      order.splice(h.kind === 'articles' ? order.length : top + 1, 0, h.kind);
    }
    const rank = order.indexOf(h.kind);
    stack = stack.filter((s) => order.indexOf(s.kind) < rank);
    const kind = h.kind === 'section' ? 'section' : h.kind === 'articles' ? 'articles' : 'heading';
    const articles = h.articles ?? articlesInHeading(h.title);
    const heading: Heading = { kind, label: h.label, title: h.title, ...(articles.length > 0 ? { articles } : {}) };
    stack.push({ kind: h.kind, heading });
    paragraph = null;
    target = null;
    openHeading = heading;
  };

  const numberedAt = (j: number) => {
    const m = j < body.length ? NUMBERED.exec(body[j].text) : null;
    return m ? Number(m[1]) : null;
  };
  /** A paragraph starts at line j: the expected number, or a small forward jump after a finished sentence. */
  const opensParagraph = (j: number, before: string) => {
    const n = numberedAt(j);
    const e = expectedNumber();
    return n !== null && (n === e || (n > e && n <= e + 5 && endsSentence(before)));
  };
  /** Within a few lines, after heading-like lines only, the text reaches a paragraph or a heading. */
  const followedByStructure = (i: number) => {
    for (let j = i + 1; j < Math.min(body.length, i + 5); j++) {
      const t = body[j].text;
      if (opensParagraph(j, body[j - 1].text) || headingOf(t, expectedLetter(), expectedRoman())) return true;
      const v = visible(t);
      if (v.length > HEADING_MAX || /[.;:,]$/.test(v)) return false;
    }
    return false;
  };
  /** The next numbered line after i is one past the expected number: the number at i is missing. */
  const opensParagraphAfter = (i: number) => {
    for (let j = i + 1; j < Math.min(body.length, i + 60); j++) {
      const n = numberedAt(j);
      if (n !== null) return n === expectedNumber() + 1;
    }
    return false;
  };
  const nextItemLabel = (i: number) => {
    for (let j = i + 1; j < Math.min(body.length, i + 40); j++) {
      if (numberedAt(j) !== null) return null;
      const m = ITEM.exec(body[j].text);
      if (m) return m[1];
    }
    return null;
  };

  body.forEach(({ text, line }, i) => {
    // A number alone on its line ("3.") always takes the next line as its text.
    const canBreak = target === null || (visible((target as { text: string }).text) !== '' && endsSentence(prev));
    const before = prev;
    prev = text;
    // The title runs on while its lines continue it (a lower-case start, or a line ending "…report of").
    if (title === 'open' && !(/^\p{Ll}/u.test(visible(text)) || endsOpen(frontMatter[frontMatter.length - 1] ?? ''))) title = 'closed';

    const numbered = NUMBERED.exec(text);
    if (numbered) {
      const n = Number(numbered[1]);
      const rest = numbered[2] ?? '';
      const e = expectedNumber();
      const headingLike = rest !== '' && looksLikeHeading(rest);
      // "7. Part II" right before "7. Please…" is a heading whose number happens to be next.
      const sameNumberFollows = headingLike && [1, 2, 3, 4].some((k) => numberedAt(i + k) === n);
      if (n === e && !sameNumberFollows) return startParagraph(n, rest, line);
      if (headingLike && canBreak && followedByStructure(i)) return pushHeading({ kind: 'numbered', label: String(n), title: rest.trim() });
      if (n > e && n <= e + 5 && (target === null || endsSentence(before)) && /^[\p{Lu}«“"]/u.test(visible(rest))) {
        warnings.push(parseWarning(line, 'numbers-missing', { number: String(n), previous: String(e - 1) }));
        return startParagraph(n, rest, line);
      }
      warnings.push(parseWarning(line, 'number-out-of-sequence', { number: String(n), expected: String(e) }));
    }

    // A heading wrapped onto a second line.
    if (openHeading && openHeading.intro === undefined && target === null && !numbered && !ITEM.test(text) && (/^[\p{Ll}(]/u.test(visible(text)) || endsOpen(openHeading.title))) {
      openHeading.title = joinText(openHeading.title, visible(text));
      const articles = openHeading.kind === 'articles' ? openHeading.articles ?? [] : articlesInHeading(openHeading.title);
      if (articles.length > 0) openHeading.articles = articles;
      return;
    }

    if (canBreak && !numbered) {
      const h = headingOf(text, expectedLetter(), expectedRoman());
      if (h) return pushHeading(h);
    }

    const item = paragraph ? ITEM.exec(text) : null;
    if (item && paragraph) {
      const itemText = item[2] ?? '';
      if (canBreak || CONJUNCTION_END.test(visible(before)) || /^[\p{Lu}«“"]/u.test(visible(itemText))) {
        const placed = placeItem(paragraph, item[1], itemText, nextItemLabel(i));
        if (placed) {
          target = placed;
          return;
        }
        warnings.push(parseWarning(line, 'item-out-of-sequence', { label: item[1], paragraph: (paragraph as DraftParagraph).number }));
      }
    }

    const started = stack.length > 0 || paragraphs.length > 0;
    if (looksLikeHeading(text) && (target === null ? started || title === 'closed' : endsSentence(before)) && followedByStructure(i)) {
      return pushHeading({ kind: 'plain', label: '', title: visible(text) });
    }
    if (target) {
      target.text = joinText(target.text, text);
      return;
    }
    if (!started) {
      if (title === 'none' && TITLE_START.test(visible(text))) title = 'open';
      frontMatter.push(text);
      // The asterisk of the adoption note ends the title, cited or not.
      if (title === 'open' && /\uE000|\*$/u.test(text)) title = 'closed';
      return;
    }
    // Unnumbered text under a heading: an instruction such as "In this section, the State party is requested…".
    const open = openHeading as Heading | null; // assigned inside pushHeading, which TS does not follow
    // A question ("Please provide…") right under a heading is a paragraph whose number was lost.
    if (open && open.intro === undefined && REQUEST.test(visible(text)) && opensParagraphAfter(i)) {
      warnings.push(parseWarning(line, 'number-assumed', { number: String(expectedNumber()) }));
      return startParagraph(expectedNumber(), text, line);
    }
    if (open) {
      open.intro = joinText(open.intro ?? '', text);
      return;
    }
    warnings.push(parseWarning(line, 'text-skipped', { text: visible(text).slice(0, 60) }));
  });
  return { frontMatter, paragraphs, warnings };

  function startParagraph(n: number, text: string, line: number): void {
    const chain = stack.map((s) => s.heading);
    const withArticles = [...chain].reverse().find((h) => (h.articles?.length ?? 0) > 0);
    paragraph = { number: String(n), text, headings: chain, articles: withArticles?.articles ?? [], items: [], line };
    paragraphs.push(paragraph);
    target = paragraph;
    openHeading = null;
  }
}

/** Places "(x) text" under the paragraph if the label continues a sequence there. */
function placeItem(p: DraftParagraph, raw: string, text: string, following: string | null): DraftItem | null {
  const last = p.items[p.items.length - 1];
  const label = latinLabel(raw, nextLetter(last?.label));
  const add = (into: DraftItem[]) => {
    const item = { label, text, items: [] };
    into.push(item);
    return item;
  };
  // A paragraph whose items are numbered (i), (ii)… directly.
  const topRoman = p.items.length > 0 && p.items.every((i) => isRoman(i.label));
  const asLetter = !topRoman && label === nextLetter(last?.label);
  const asNested = !topRoman && last !== undefined && isRoman(label) && label === nextRoman(last.items[last.items.length - 1]?.label);
  const asTopRoman = (p.items.length === 0 || topRoman) && isRoman(label) && label === nextRoman(last?.label);
  // "(i)" after "(h)" is the ninth letter unless "(ii)" follows it.
  if (asLetter && !(asNested && following === nextRoman(label))) return add(p.items);
  if (asNested) return add(last.items);
  if (asTopRoman) return add(p.items);
  return null;
}
