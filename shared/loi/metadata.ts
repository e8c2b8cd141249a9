// Document metadata from the front matter: committee, title, State party, symbol, language, and the
// adoption session and dates from the asterisk note on the title.
import { SYMBOL } from './clean-lines';
import { TITLE_START } from './line-kinds';
import type { LoiMetadata } from './types';
import { COMMITTEES, detectLanguage, ordinalNumber, reportOf } from './vocabulary';

const STATE_PARTY = [
  /reports? (?:of|submitted by) (?:the )?(.+?)\*?$/iu,
  /rapports? (?:périodiques? |initial )?(?:combinés )?(?:de la |du |de l’|de l'|des |de )(.+?)\*?$/iu,
  /informes? (?:periódicos? |inicial )?(?:combinados )?(?:de la |del |de )(.+?)\*?$/iu,
  /доклад\p{L}* (.+?)\*?$/iu,
];
const committeeOfSymbol = (s: string | null) => (s === null ? null : /^E\/C\.12\//.test(s) ? 'CESCR' : (/^([A-Z]{2,6})\/C\//.exec(s)?.[1] ?? null));
const ADOPTED = /(?:Adopted|Adoptée?s?|Aprobad[ao]s?|Принят\p{L}*)\s.*?(?:at its|à sa|en su|на (?:его|своей))\s+(.+?)\s+(?:session|período de sesiones|сессии)\s*\(([^)]+)\)/iu;

export function readMetadata(frontMatter: string[], fullText: string, fileName?: string, language = detectLanguage(fullText)): LoiMetadata {
  const titleAt = frontMatter.findIndex((l) => TITLE_START.test(l));
  const title = (titleAt >= 0 ? frontMatter.slice(titleAt) : frontMatter.slice(-2)).join(' ').replace(/\s+/g, ' ').trim();
  const preamble = (titleAt >= 0 ? frontMatter.slice(0, titleAt) : frontMatter).join(' ');
  const symbol = findSymbol(fullText, preamble, title, fileName);
  const committee = committeeOfSymbol(symbol) ?? COMMITTEES.find(([, re]) => re.test(preamble) || re.test(title))?.[0] ?? null;
  const statePartyMatch = STATE_PARTY.map((re) => re.exec(title.replace(/\*+$/, ''))).find(Boolean);
  const stateParty = statePartyMatch ? statePartyMatch[1].replace(/[*\s]+$/, '') : null;
  return {
    symbol,
    committee,
    stateParty,
    title: title.replace(/\*+$/, '').trim(),
    language,
    note: null,
    adoption: null,
    report: reportOf(title),
  };
}

/** "Adopted by the Committee at its thirty-fourth session (28 March–8 April 2022)." -> session 34 and its dates. */
export function readAdoption(note: string | null): LoiMetadata['adoption'] {
  const m = note ? ADOPTED.exec(note) : null;
  if (!m) return null;
  return { session: ordinalNumber(m[1]), dates: m[2].trim() };
}

function findSymbol(text: string, preamble: string, title: string, fileName?: string): string | null {
  const direct = SYMBOL.exec(text);
  if (direct) return direct[1];
  const fromName = fileName && /([A-Z]{2,6})_C_([A-Z]{2,4})_(QPR|Q)_(\d+)/.exec(fileName);
  if (fromName) return `${fromName[1]}/C/${fromName[2]}/${fromName[3]}/${fromName[4]}`;
  // Lists of issues cite the committee's earlier concluding observations on the same country.
  const committee = COMMITTEES.find(([, re]) => re.test(preamble) || re.test(title))?.[0];
  const co = committee ? new RegExp(`\\b${committee}/C/([A-Z]{2,4})/CO/\\d+`).exec(text) : null;
  const n = reportOf(title)?.numbers.join('-');
  if (co && n && /prior to|préalable|avant la soumission|previa|antes de la presentación|до представления/iu.test(title)) return `${committee}/C/${co[1]}/QPR/${n}`;
  return null;
}
