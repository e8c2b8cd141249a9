// "Articles 8 to 15" -> 8..15; "Articles 49, 51 to 54" -> 49, 51, 52, 53, 54 (English, French, Spanish, Russian).
const HEAD = /^(?:Articles?|Artículos?|Стать(?:я|и))\s+(.+)$/iu;
const RANGE = /^(\d+)\s*(?:to|à|a|al|по|-|–|—)\s*(\d+)$/iu;
const SEPARATORS = /\s*(?:,|;|\band\b|\bet\b|\by\b|\be\b|\bи\b)\s*/iu;

/** The articles an "Articles …" heading covers, or null when the line is not such a heading. */
export function parseArticleGroup(line: string): number[] | null {
  const m = HEAD.exec(line.trim());
  if (!m) return null;
  const rest = m[1].replace(/\s*(?:of the Convention|de la Convention|de la Convención|Конвенции)\s*$/iu, '').trim();
  const out: number[] = [];
  for (const part of rest.split(SEPARATORS).filter(Boolean)) {
    const range = RANGE.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > 100) return null;
      for (let a = from; a <= to; a++) out.push(a);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
    else return null;
  }
  return out.length > 0 ? out : null;
}
