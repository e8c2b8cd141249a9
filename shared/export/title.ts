// Title-page defaults derived from the list of issues: the committee's full name and the article of
// its convention under which States report, so that a new workspace starts with the title a
// secretariat expects ("Second periodic report submitted by Kyrgyzstan under article 73 of the Convention").
import type { ReportLanguage, ReportSettings } from './types';

interface TreatyBody {
  en: string;
  ru: string;
  /** The reporting article, or articles for the Covenant on Economic, Social and Cultural Rights. */
  article: string;
}

const BODIES: Record<string, TreatyBody> = {
  CMW: {
    en: 'Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families',
    ru: 'Комитет по защите прав всех трудящихся-мигрантов и членов их семей',
    article: '73',
  },
  CAT: { en: 'Committee against Torture', ru: 'Комитет против пыток', article: '19' },
  CCPR: { en: 'Human Rights Committee', ru: 'Комитет по правам человека', article: '40' },
  CESCR: { en: 'Committee on Economic, Social and Cultural Rights', ru: 'Комитет по экономическим, социальным и культурным правам', article: '16 and 17' },
  CEDAW: { en: 'Committee on the Elimination of Discrimination against Women', ru: 'Комитет по ликвидации дискриминации в отношении женщин', article: '18' },
  CERD: { en: 'Committee on the Elimination of Racial Discrimination', ru: 'Комитет по ликвидации расовой дискриминации', article: '9' },
  CRC: { en: 'Committee on the Rights of the Child', ru: 'Комитет по правам ребенка', article: '44' },
  CRPD: { en: 'Committee on the Rights of Persons with Disabilities', ru: 'Комитет по правам инвалидов', article: '35' },
  CED: { en: 'Committee on Enforced Disappearances', ru: 'Комитет по насильственным исчезновениям', article: '29' },
};

export function committeeName(committee: string | null, language: ReportLanguage): string | null {
  const body = committee ? BODIES[committee.toUpperCase()] : undefined;
  return body ? body[language] : null;
}

export interface TitleSource {
  committee: string | null;
  stateParty: string | null;
  /** The list's own title: "List of issues prior to submission of the second periodic report of Kyrgyzstan". */
  title: string;
  language: string;
}

/** "Second periodic report submitted by Kyrgyzstan under article 73 of the Convention". */
export function defaultTitle(src: TitleSource): string {
  const body = src.committee ? BODIES[src.committee.toUpperCase()] : undefined;
  const m = /^(?:list of issues\s+(?:prior to\s+(?:the\s+)?(?:submission of|reporting on)\s+|in relation to\s+)?)?(?:the\s+)?(.*?\breport)\s+of\s+(.+?)\s*\*?$/i.exec(src.title.trim());
  if (m && src.language !== 'ru') {
    const kind = m[1].charAt(0).toUpperCase() + m[1].slice(1);
    const state = src.stateParty ?? m[2];
    const article = body ? (body.article.includes(' ') ? `articles ${body.article}` : `article ${body.article}`) : null;
    return `${kind} submitted by ${state}${article ? ` under ${article} of the ${src.committee?.toUpperCase() === 'CCPR' || src.committee?.toUpperCase() === 'CESCR' ? 'Covenant' : 'Convention'}` : ''}`;
  }
  if (src.language === 'ru') return `Периодический доклад${src.stateParty ? `, представленный государством-участником (${src.stateParty})` : ''}`;
  return src.stateParty ? `Periodic report submitted by ${src.stateParty}` : 'Periodic report of the State party';
}

export function defaultSettings(src: TitleSource): ReportSettings {
  return {
    title: defaultTitle(src),
    dueYear: null,
    submittedYear: null,
    language: src.language === 'ru' ? 'ru' : 'en',
    statisticalAnnex: false,
  };
}
