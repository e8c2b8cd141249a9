// Heading words of UN lists of issues in the official languages we read.
export const SECTION_WORDS = ['Section', 'Sección', 'Раздел'];
export const PART_WORDS = ['Part', 'Partie', 'Parte', 'Часть'];
export const ARTICLE_WORDS = ['Articles?', 'Artículos?', 'Стать(?:я|и)'];
export const RANGE_WORDS = ['to', 'à', 'a', 'al', 'по', '-', '–'];
export const AND_WORDS = ['and', 'et', 'y', 'e', 'и'];

export const COMMITTEES: Array<[string, RegExp]> = [
  ['CMW', /Migrant Workers|travailleurs migrants|trabajadores migratorios|трудящихся-мигрантов/i],
  ['CEDAW', /Discrimination against Women|discrimination à l[’']égard des femmes|Discriminación contra la Mujer|дискриминации в отношении женщин/i],
  ['CRC', /Rights of the Child|droits de l[’']enfant|Derechos del Niño|правам ребенка/i],
  ['CAT', /against Torture|contre la torture|contra la Tortura|против пыток/i],
  ['CRPD', /Persons with Disabilities|personnes handicapées|Personas con Discapacidad|прав инвалидов/i],
  ['CED', /Enforced Disappearances|disparitions forcées|Desapariciones Forzadas|насильственным исчезновениям/i],
  ['CERD', /Racial Discrimination|discrimination raciale|Discriminación Racial|расовой дискриминации/i],
  ['CESCR', /Economic, Social and Cultural|économiques, sociaux et culturels|Económicos, Sociales y Culturales|экономическим, социальным и культурным/i],
  ['CCPR', /Human Rights Committee|Comité des droits de l[’']homme|Comité de Derechos Humanos|Комитет по правам человека/i],
];

const ORDINALS: Record<string, number> = {
  initial: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  segundo: 2, tercer: 3, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, séptimo: 7, octavo: 8, noveno: 9, décimo: 10,
  второго: 2, третьего: 3, четвертого: 4, четвёртого: 4, пятого: 5, шестого: 6, седьмого: 7, восьмого: 8, девятого: 9, десятого: 10,
};
const INITIAL = /(?<!\p{L})(?:initial|inicial|первоначальн\p{L}*)(?!\p{L})/iu;
const ORDINAL_WORDS = Object.entries(ORDINALS).map(([word, n]) => ({ n, re: new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu') }));

/** Which report the list prepares: "the combined fifth and sixth periodic reports" -> periodic 5, 6. */
export function reportOf(title: string): { kind: 'initial' | 'periodic'; numbers: number[] } | null {
  const found = ORDINAL_WORDS.map(({ n, re }) => ({ n, at: title.search(re) })).filter((f) => f.at >= 0 && f.n > 1).sort((a, b) => a.at - b.at);
  if (found.length > 0) return { kind: 'periodic', numbers: [...new Set(found.map((f) => f.n))] };
  return INITIAL.test(title) ? { kind: 'initial', numbers: [1] } : null;
}

// Ordinal words of session numbers ("thirty-fourth", "quarante-deuxième", "тридцать четвертой"): tokens add up.
const ORDINAL_TOKENS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  premier: 1, première: 1, unième: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8,
  neuvième: 9, dixième: 10, onzième: 11, douzième: 12, vingtième: 20, trentième: 30, quarantième: 40, cinquantième: 50,
  dix: 10, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, séptimo: 7, octavo: 8, noveno: 9,
  décimo: 10, vigésimo: 20, trigésimo: 30, cuadragésimo: 40, quincuagésimo: 50,
  первой: 1, второй: 2, третьей: 3, четвертой: 4, четвёртой: 4, пятой: 5, шестой: 6, седьмой: 7, восьмой: 8, девятой: 9, десятой: 10,
  двадцатой: 20, тридцатой: 30, сороковой: 40, пятидесятой: 50, двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60,
};

/** "thirty-fourth" -> 34, "34th" / "34º" -> 34; null when the words are not an ordinal. */
export function ordinalNumber(words: string): number | null {
  const digits = /(\d{1,3})/.exec(words);
  if (digits) return Number(digits[1]);
  const tokens = words.toLowerCase().split(/[-\s]+/u).filter((t) => t && !['its', 'sa', 'su', 'et', 'y', 'его', 'своей'].includes(t));
  if (tokens.length === 0 || !tokens.every((t) => t in ORDINAL_TOKENS)) return null;
  return tokens.reduce((sum, t) => sum + ORDINAL_TOKENS[t], 0);
}


export function detectLanguage(text: string): string {
  // A few pages are plenty to tell the four languages apart.
  const sample = text.slice(0, 12000);
  const cyr = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  const lat = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (cyr > lat) return 'ru';
  const score = (re: RegExp) => (sample.match(re) ?? []).length;
  const fr = score(/\b(?:les|des|du|veuillez|la|et)\b/gi);
  const es = score(/\b(?:los|las|del|sírvanse|y|el)\b/gi);
  const en = score(/\b(?:the|of|and|please|provide)\b/gi);
  if (fr > en && fr >= es) return 'fr';
  if (es > en && es > fr) return 'es';
  return 'en';
}
