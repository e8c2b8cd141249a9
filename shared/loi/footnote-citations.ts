// Finds where each footnote is cited: the marker sits in the running text above the footnote block
// on the same page ("observations 1  and", "(para. 23), 2 please", "reporting.3 In", "Kyrgyzstan*").
// The marker is replaced by a private-use sentinel so its position survives line joining.
import { type BodyLine, EXPLICIT_CITATION, type RawFootnote } from './clean-lines';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = /\uE000(\d+)\uE001/gu;
const PAGE_LINES = 80;
const NUMBERED_WORDS =
  '(?:\\barticles?|\\barts?\\.|\\bparas?\\.|\\bparagraphs?|\\bNos?\\.|\\brule|\\bresolution|\\bcomment|\\brecommendation|\\bchapter|\\bpart|\\bpages?|\\bannex|\\bsection|статья|статьи|стать[еёю]й|пункт\\p{L}*|párrafo|artículo)';

export function markCitations(body: BodyLine[], footnotes: RawFootnote[]): Set<number> {
  const found = markExplicit(body, footnotes);
  footnotes.forEach((f, index) => {
    if (found.has(index)) return;
    const m = f.marker.replace(/\*/g, '\\*');
    const patterns =
      f.marker.startsWith('*')
        ? [new RegExp(`(?<=[\\p{L}\\p{N})])${m}(?!\\*)`, 'u')]
        : [
            new RegExp(`(?<=[\\p{L}.,;:)’”])\\s?${m}(?=\\s{2}|$)`, 'u'),
            // Glued to the word or punctuation before it: "observations,1 including", "решений1.".
            new RegExp(`(?<=[\\p{L}.,;:)’”])${m}(?=[\\s.,;:]|$)`, 'u'),
            // Separated by one space, but not a number that belongs to the words before it ("article 1").
            new RegExp(`(?<=[\\p{L}.,;:)’”])(?<!${NUMBERED_WORDS}\\s?)\\s${m}(?=\\s)`, 'iu'),
          ];
    const from = Math.min(f.bodyIndex, body.length) - 1;
    for (const re of patterns) {
      for (let i = from; i >= Math.max(0, from - PAGE_LINES); i--) {
        if (body[i].text.includes(f.marker) && re.test(body[i].text)) {
          body[i] = { ...body[i], text: body[i].text.replace(re, `${OPEN}${index}${CLOSE}`) };
          found.add(index);
          return;
        }
      }
    }
  });
  return found;
}

/** Citations an extractor marked (Word footnote references, PDF superscripts) go to the next footnote with that marker. */
function markExplicit(body: BodyLine[], footnotes: RawFootnote[]): Set<number> {
  const found = new Set<number>();
  body.forEach((l, at) => {
    if (!l.text.includes('\uE002')) return;
    const text = l.text.replace(EXPLICIT_CITATION, (_whole, marker: string) => {
      const fits = (f: RawFootnote, i: number) => f.marker === marker && !found.has(i);
      let index = footnotes.findIndex((f, i) => fits(f, i) && f.bodyIndex > at);
      if (index < 0) index = footnotes.findIndex(fits);
      if (index < 0) return '';
      found.add(index);
      return `${OPEN}${index}${CLOSE}`;
    });
    body[at] = { ...l, text };
  });
  return found;
}

/** Strips sentinels from a text, reporting which footnotes it cited and at which offsets. */
export function takeCitations(text: string): { text: string; cited: Array<{ index: number; offset: number }> } {
  const cited: Array<{ index: number; offset: number }> = [];
  let removed = 0;
  const clean = text.replace(SENTINEL, (whole, idx: string, at: number) => {
    cited.push({ index: Number(idx), offset: at - removed });
    removed += whole.length;
    return '';
  });
  return { text: clean, cited };
}

export const hasCitation = (text: string) => text.includes(OPEN);
