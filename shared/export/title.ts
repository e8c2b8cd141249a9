// Title-page defaults derived from the list of issues: the committee's full name and the article of
// its convention under which States report, so that a new workspace starts with the title a
// secretariat expects ("Second periodic report submitted by Kyrgyzstan under article 73 of the Convention").
// The title is built in the REPORT's language: a Russian report of an English list (or the other way
// round) gets a Russian title without the State's name, since the name cannot be known in the other language.
import { reportOf } from '../loi/vocabulary';
import type { ReportLanguage, ReportSettings } from './types';

interface TreatyBody {
  en: string;
  ru: string;
  /** The reporting article, or articles for the Covenant on Economic, Social and Cultural Rights. */
  articles: string[];
  covenant?: true;
}

const BODIES: Record<string, TreatyBody> = {
  CMW: {
    en: 'Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families',
    ru: 'Комитет по защите прав всех трудящихся-мигрантов и членов их семей',
    articles: ['73'],
  },
  CAT: { en: 'Committee against Torture', ru: 'Комитет против пыток', articles: ['19'] },
  CCPR: { en: 'Human Rights Committee', ru: 'Комитет по правам человека', articles: ['40'], covenant: true },
  CESCR: { en: 'Committee on Economic, Social and Cultural Rights', ru: 'Комитет по экономическим, социальным и культурным правам', articles: ['16', '17'], covenant: true },
  CEDAW: { en: 'Committee on the Elimination of Discrimination against Women', ru: 'Комитет по ликвидации дискриминации в отношении женщин', articles: ['18'] },
  CERD: { en: 'Committee on the Elimination of Racial Discrimination', ru: 'Комитет по ликвидации расовой дискриминации', articles: ['9'] },
  CRC: { en: 'Committee on the Rights of the Child', ru: 'Комитет по правам ребенка', articles: ['44'] },
  CRPD: { en: 'Committee on the Rights of Persons with Disabilities', ru: 'Комитет по правам инвалидов', articles: ['35'] },
  CED: { en: 'Committee on Enforced Disappearances', ru: 'Комитет по насильственным исчезновениям', articles: ['29'] },
};

const bodyOf = (committee: string | null) => (committee ? BODIES[committee.toUpperCase()] : undefined);

export function committeeName(committee: string | null, language: ReportLanguage): string | null {
  return bodyOf(committee)?.[language] ?? null;
}

export interface TitleSource {
  committee: string | null;
  stateParty: string | null;
  /** The list's own title: "List of issues prior to submission of the second periodic report of Kyrgyzstan". */
  title: string;
  language: string;
}

/** A Russian list is answered in Russian; any other in English (the UN takes reports in either). */
export const reportLanguageOf = (src: TitleSource): ReportLanguage => (src.language === 'ru' ? 'ru' : 'en');

// The first twelve ordinals, as a report's number is written in its title (the nominative in Russian).
const ORDINAL: Record<ReportLanguage, string[]> = {
  en: ['initial', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'],
  ru: ['первоначальный', 'второй', 'третий', 'четвертый', 'пятый', 'шестой', 'седьмой', 'восьмой', 'девятый', 'десятый', 'одиннадцатый', 'двенадцатый'],
};
const AND: Record<ReportLanguage, string> = { en: 'and', ru: 'и' };
const INITIAL = /(?<!\p{L})(?:initial|первоначальн\p{L}*)(?!\p{L})/iu;
// Russian ordinals by stem, since a list may name its report in any case: "до представления третьего
// периодического доклада", "в связи с объединенными вторым и третьим периодическими докладами".
const RU_ORDINAL_STEMS = ['первоначальн', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат'].map(
  (stem) => new RegExp(`^${stem}\\p{L}{1,4}$`, 'u'),
);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const list = (words: string[], language: ReportLanguage) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${AND[language]} ${words[words.length - 1]}`;

/** The ordinals in the words before "доклад": [2, 3] for "объединенными вторым и третьим периодическими докладами". */
function russianNumbers(title: string): number[] | null {
  const before = /^(.*?)доклад/iu.exec(title)?.[1] ?? '';
  const numbers = before
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .map((word) => RU_ORDINAL_STEMS.findIndex((re) => re.test(word)) + 1)
    .filter((n) => n > 0);
  return numbers.length > 0 ? [...new Set(numbers)] : null;
}

/** Which reports the list prepares, initial included ("combined initial and second"), or null if it does not say. */
function reportNumbers(title: string): number[] | null {
  if (/\p{Script=Cyrillic}/u.test(title)) return russianNumbers(title);
  const report = reportOf(title);
  if (!report) return null;
  return report.kind === 'periodic' && INITIAL.test(title) ? [1, ...report.numbers] : report.numbers;
}

/**
 * "Second periodic report", "Initial report", "Combined second and third periodic reports";
 * in Russian "Сводный второй и третий периодический доклад", singular as the UN often writes it, so
 * that the due-date clause ("подлежащий представлению в 2023 году") agrees with it.
 */
function reportKind(numbers: number[] | null, language: ReportLanguage): string {
  const known = numbers && numbers.every((n) => n >= 1 && n <= ORDINAL.en.length) ? numbers : null;
  const ordinals = known ? list(known.map((n) => ORDINAL[language][n - 1]), language) : null;
  const combined = known !== null && known.length > 1;
  if (language === 'ru') {
    if (!known) return 'Периодический доклад';
    if (known.length === 1 && known[0] === 1) return 'Первоначальный доклад';
    return combined ? `Сводный ${ordinals} периодический доклад` : `${capital(ordinals ?? '')} периодический доклад`;
  }
  if (!known) return 'Periodic report';
  if (known.length === 1 && known[0] === 1) return 'Initial report';
  return combined ? `Combined ${ordinals} periodic reports` : `${capital(ordinals ?? '')} periodic report`;
}

/** "article 73 of the Convention" / "статьей 73 Конвенции"; null for a committee we do not know. */
function underArticle(committee: string | null, language: ReportLanguage): string | null {
  const body = bodyOf(committee);
  if (!body) return null;
  const many = body.articles.length > 1;
  const numbers = list(body.articles, language);
  if (language === 'ru') return `${many ? 'статьями' : 'статьей'} ${numbers} ${body.covenant ? 'Пакта' : 'Конвенции'}`;
  return `${many ? 'articles' : 'article'} ${numbers} of the ${body.covenant ? 'Covenant' : 'Convention'}`;
}

// An English list title ends with the State: "…prior to submission of the second periodic report of Kyrgyzstan".
const EN_STATE = /\breports?\s+of\s+(?:the\s+)?(.+?)\s*\*?$/i;
// A Russian one ends with the State in the genitive: "…третьего периодического доклада Таджикистана".
const RU_STATE = /доклад\p{L}*\s+(.+?)\s*\*?$/iu;

function englishTitle(src: TitleSource, sameLanguage: boolean): string {
  const under = underArticle(src.committee, 'en');
  const state = sameLanguage ? (src.stateParty ?? EN_STATE.exec(src.title.trim())?.[1] ?? null) : null;
  const kind = reportKind(reportNumbers(src.title), 'en');
  if (!state && !under) return `${kind} of the State party`;
  return `${kind} submitted by ${state ?? 'the State party'}${under ? ` under ${under}` : ''}`;
}

function russianTitle(src: TitleSource, sameLanguage: boolean): string {
  const under = underArticle(src.committee, 'ru');
  // The genitive as the list has it: declining a State's name is not something to guess.
  const state = sameLanguage ? (RU_STATE.exec(src.title.trim())?.[1] ?? null) : null;
  return `${reportKind(reportNumbers(src.title), 'ru')} ${state ?? 'государства-участника'}${under ? `, представленный в соответствии со ${under}` : ''}`;
}

/** The suggested title in the report's language: "Second periodic report submitted by Kyrgyzstan under article 73 of the Convention". */
export function defaultTitle(src: TitleSource, language: ReportLanguage = reportLanguageOf(src)): string {
  const sameLanguage = src.language === language;
  return language === 'ru' ? russianTitle(src, sameLanguage) : englishTitle(src, sameLanguage);
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether a title is one this app suggested (in either language, or as earlier versions worded it)
 * rather than one the user typed: a suggested title follows the report's language, a typed one stays.
 */
export function isSuggestedTitle(src: TitleSource, title: string): boolean {
  const legacy = [
    src.stateParty ? `Периодический доклад, представленный государством-участником (${src.stateParty})` : 'Периодический доклад',
    src.stateParty ? `Periodic report submitted by ${src.stateParty}` : 'Periodic report of the State party',
  ];
  const t = normal(title);
  return [defaultTitle(src, 'en'), defaultTitle(src, 'ru'), ...legacy].some((s) => normal(s) === t);
}

export function defaultSettings(src: TitleSource): ReportSettings {
  return {
    title: defaultTitle(src),
    dueYear: null,
    submittedYear: null,
    language: reportLanguageOf(src),
    statisticalAnnex: false,
  };
}
