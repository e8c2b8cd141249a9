// Articles a heading covers: "Articles 8 to 15" -> 8..15; "Articles 49, 51 to 54" -> 49, 51, 52, 53, 54;
// "Article 2 (1) Maximum available resources" -> 2; "… (arts. 1 and 2)" -> 1, 2 (English, French, Spanish, Russian).
const HEAD = /^(?:Articles?|Artículos?|Стать[яи])\s+(\d.*|premier(?:\s.*)?|primero(?:\s.*)?)$/u;
const RANGE = /^(\d+)\s*(?:to|à|a|al|по|-|–|—)\s*(\d+)$/iu;
const SEPARATORS = /\s*(?:,|;|(?<!\p{L})(?:and|et|y|e|и)(?!\p{L}))\s*/iu;
const OF_TREATY = /\s*(?:of the (?:Convention|Covenant|Optional Protocol)|de la Convention|du Pacte|de la Convención|del Pacto|Конвенции|Пакта)\s*$/iu;
const PARENTHETICAL = /\((?:arts?\.|articles?|artículos?|стать[яи]|ст\.)\s*([^()]*(?:\(\d+\)[^()]*)*)\)/iu;

/** Article numbers in "8 to 15", "49, 51 to 54", "4, 42 and 44 (6)", "1–5"; null if anything else is there. */
export function parseArticleList(list: string): number[] | null {
  const out: number[] = [];
  const rest = list.replace(/\s*\(\d+(?:\s*\([a-z]\))?\)/g, '').replace(/(\d+)(?:er|re|º|°)(?!\p{L})/gu, '$1').trim();
  for (const part of rest.split(SEPARATORS).filter(Boolean)) {
    const range = RANGE.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > 100) return null;
      for (let a = from; a <= to; a++) out.push(a);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
    else return null;
  }
  return out.length > 0 ? [...new Set(out)] : null;
}

/** The articles an "Articles …" heading covers, or null when the line is not such a heading. */
export function parseArticleGroup(line: string): number[] | null {
  const m = HEAD.exec(line.trim());
  if (!m) return null;
  const rest = m[1].replace(/^(?:premier|primero)\b/u, '1').replace(OF_TREATY, '').trim();
  const whole = parseArticleList(rest);
  if (whole) return whole;
  // "Article 2 (1) Maximum available resources": one article, then a short title.
  const titled = /^(\d+)(?:\s*\(\d+\))?\s+\p{Lu}/u.exec(rest);
  return titled ? [Number(titled[1])] : null;
}

/** Articles cited in a heading's parenthesis: "Right to work (art. 6)", "(arts. 1 and 2)". */
export function articlesInHeading(title: string): number[] {
  const m = PARENTHETICAL.exec(title);
  return m ? (parseArticleList(m[1].replace(OF_TREATY, '')) ?? []) : [];
}
