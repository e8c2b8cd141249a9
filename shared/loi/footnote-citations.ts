// Finds where each footnote is cited: the marker sits in the running text above the footnote block
// on the same page ("observations 1  and", "(para. 23), 2 please", "reporting.3 In", "Kyrgyzstan*").
// The marker is replaced by a private-use sentinel so its position survives line joining.
import type { BodyLine, RawFootnote } from './clean-lines';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = /\uE000(\d+)\uE001/gu;
const PAGE_LINES = 80;

export function markCitations(body: BodyLine[], footnotes: RawFootnote[]): Set<number> {
  const found = new Set<number>();
  footnotes.forEach((f, index) => {
    const m = f.marker.replace(/\*/g, '\\*');
    const patterns =
      f.marker.startsWith('*')
        ? [new RegExp(`(?<=[\\p{L}\\p{N})])${m}(?!\\*)`, 'u')]
        : [
            new RegExp(`(?<=[\\p{L}.,;:)’”])\\s?${m}(?=\\s{2}|$)`, 'u'),
            new RegExp(`(?<=[\\p{L}.,;:)’”])\\s?${m}(?=\\s)`, 'u'),
          ];
    const from = Math.min(f.bodyIndex, body.length) - 1;
    for (const re of patterns) {
      for (let i = from; i >= Math.max(0, from - PAGE_LINES); i--) {
        if (re.test(body[i].text)) {
          body[i] = { ...body[i], text: body[i].text.replace(re, `${OPEN}${index}${CLOSE}`) };
          found.add(index);
          return;
        }
      }
    }
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
