// Document metadata from the front matter: committee, title, State party, symbol, language.
import { SYMBOL } from './clean-lines';
import type { LoiMetadata } from './types';
import { COMMITTEES, detectLanguage, reportNumber } from './vocabulary';

const TITLE_START = /^(?:List of issues|Liste de points|Liste des points|Lista de cuestiones|Перечень вопросов)/iu;
const STATE_PARTY = [
  /report(?:s)? (?:of|submitted by) (?:the )?(.+?)\*?$/iu,
  /rapport(?:s)? périodique(?:s)? (?:de la |du |de l’|des |de )(.+?)\*?$/iu,
  /informe(?:s)? periódico(?:s)? (?:de la |del |de )(.+?)\*?$/iu,
];

export function readMetadata(frontMatter: string[], fullText: string, fileName?: string): LoiMetadata {
  const titleAt = frontMatter.findIndex((l) => TITLE_START.test(l));
  const title = (titleAt >= 0 ? frontMatter.slice(titleAt) : frontMatter.slice(-2)).join(' ').replace(/\s+/g, ' ').trim();
  const preamble = (titleAt >= 0 ? frontMatter.slice(0, titleAt) : frontMatter).join(' ');
  const committee = COMMITTEES.find(([, re]) => re.test(preamble) || re.test(title))?.[0] ?? null;
  const statePartyMatch = STATE_PARTY.map((re) => re.exec(title.replace(/\*+$/, ''))).find(Boolean);
  const stateParty = statePartyMatch ? statePartyMatch[1].replace(/[*\s]+$/, '') : null;
  return {
    symbol: findSymbol(fullText, committee, title, fileName),
    committee,
    stateParty,
    title: title.replace(/\*+$/, '').trim(),
    language: detectLanguage(fullText),
    note: null,
  };
}

function findSymbol(text: string, committee: string | null, title: string, fileName?: string): string | null {
  const direct = SYMBOL.exec(text);
  if (direct) return direct[1];
  const fromName = fileName && /([A-Z]{2,6})_C_([A-Z]{2,4})_(QPR|Q)_(\d+)/.exec(fileName);
  if (fromName) return `${fromName[1]}/C/${fromName[2]}/${fromName[3]}/${fromName[4]}`;
  // Lists of issues cite the committee's earlier concluding observations on the same country.
  const co = committee ? new RegExp(`\\b${committee}/C/([A-Z]{2,4})/CO/\\d+`).exec(text) : null;
  const n = reportNumber(title);
  if (co && n && /prior to|préalable|previa|до представления/iu.test(title)) return `${committee}/C/${co[1]}/QPR/${n}`;
  return null;
}
