// Heading words of UN lists of issues in the official languages we read.
export const SECTION_WORDS = ['Section', 'Sección', 'Раздел'];
export const PART_WORDS = ['Part', 'Partie', 'Parte', 'Часть'];
export const ARTICLE_WORDS = ['Articles?', 'Artículos?', 'Стать(?:я|и)'];
export const RANGE_WORDS = ['to', 'à', 'a', 'al', 'по', '-', '–'];
export const AND_WORDS = ['and', 'et', 'y', 'e', 'и'];

export const COMMITTEES: Array<[string, RegExp]> = [
  ['CMW', /Migrant Workers|travailleurs migrants|trabajadores migratorios|трудящихся-мигрантов/i],
  ['CEDAW', /Discrimination against Women|discrimination à l’égard des femmes|Discriminación contra la Mujer|дискриминации в отношении женщин/i],
  ['CRC', /Rights of the Child|droits de l’enfant|Derechos del Niño|правам ребенка/i],
  ['CAT', /against Torture|contre la torture|contra la Tortura|против пыток/i],
  ['CRPD', /Persons with Disabilities|personnes handicapées|Personas con Discapacidad|прав инвалидов/i],
  ['CED', /Enforced Disappearances|disparitions forcées|Desapariciones Forzadas|насильственным исчезновениям/i],
  ['CERD', /Racial Discrimination|discrimination raciale|Discriminación Racial|расовой дискриминации/i],
  ['CESCR', /Economic, Social and Cultural|économiques, sociaux et culturels|Económicos, Sociales y Culturales|экономическим, социальным и культурным/i],
  ['CCPR', /Human Rights Committee|Comité des droits de l’homme|Comité de Derechos Humanos|Комитет по правам человека/i],
];

const ORDINALS: Record<string, number> = {
  initial: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, segundo: 2, tercer: 3, cuarto: 4, quinto: 5,
  второго: 2, третьего: 3, четвертого: 4, пятого: 5,
};

export function reportNumber(title: string): number | null {
  for (const [word, n] of Object.entries(ORDINALS)) if (new RegExp(`\\b${word}\\b`, 'iu').test(title)) return n;
  return null;
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
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
