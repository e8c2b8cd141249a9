// The fixed wording of the report in the languages a State party submits in here (English and
// Russian; the UN does not take Kyrgyz), following the UN's own phrasing for replies to a list of issues.
import type { AnswerStatus } from '../api/types';
import type { ReportLanguage } from './types';

interface Strings {
  section: (label: string) => string;
  reply: (paragraph: string) => string;
  reviewParagraph: (paragraph: string) => string;
  pending: string;
  table: (n: string) => string;
  source: string;
  notes: string;
  symbols: string;
  annex: string;
  annexTitle: string;
  seeAnnex: (n: string, title: string) => string;
  annexRelates: (paragraph: string) => string;
  wordCount: (n: string) => string;
  dueIn: (year: number) => string;
  procedure: (symbol: string) => string;
  submitted: (year: number) => string;
  draft: string;
  reviewTitle: string;
  reviewNote: string;
  footnotes: string;
  status: (s: AnswerStatus) => string;
  draftUnanswered: (n: string) => string;
  draftConflicts: (n: string) => string;
  draftNotApproved: (n: string) => string;
  draftOverLimit: (scope: string, words: string, limit: string) => string;
  conflictStart: (first: string, second: string) => string;
  conflictVersion: (n: number, writers: string) => string;
  conflictDeleted: (n: number, writers: string) => string;
  conflictEnd: string;
  conflictTable: (place: string, sides: string, shown: string) => string;
  conflictPlace: (p: { place: 'cell' | 'row' | 'column' | 'meta'; field: string; row: string | null; column: string | null }) => string;
  conflictValue: (writers: string, value: string | null) => string;
}

// The words the answer editor shows for each status (renderer/src/editor/messages.ts), so that a
// reviewer reads in the review copy what the drafter saw on the screen.
const STATUS_EN: Record<AnswerStatus, string> = { not_started: 'not started', drafting: 'drafting', ready: 'ready for review', approved: 'approved' };
const STATUS_RU: Record<AnswerStatus, string> = { not_started: 'не начат', drafting: 'черновик', ready: 'готов к проверке', approved: 'утверждён' };

const en: Strings = {
  section: (l) => `Section ${l}`,
  reply: (p) => `Reply to paragraph ${p} of the list of issues`,
  reviewParagraph: (p) => `Paragraph ${p} of the list of issues`,
  pending: '[No reply yet]',
  table: (n) => `Table ${n}`,
  source: 'Source',
  notes: 'Note',
  symbols: 'Symbols: “..” data not available; “-” magnitude nil or negligible; “n/a” not applicable.',
  annex: 'Annex',
  annexTitle: 'Statistical tables',
  seeAnnex: (n, t) => `See annex, table ${n}${t ? `: ${t}` : ''}.`,
  annexRelates: (p) => `Reply to paragraph ${p} of the list of issues.`,
  wordCount: (n) => `Word count: ${n}`,
  dueIn: (y) => `, due in ${y}`,
  procedure: (sym) => `Submitted under the simplified reporting procedure in reply to the list of issues prior to reporting (${sym})`,
  submitted: (y) => `[Year of submission: ${y}]`,
  draft: 'Draft — not for submission',
  reviewTitle: 'List of issues with the draft replies',
  reviewNote: 'For internal review. Each question of the list of issues is followed by the current reply and its status.',
  footnotes: 'Notes',
  status: (s) => `Status: ${STATUS_EN[s]}`,
  draftUnanswered: (n) => `Paragraphs or sub-items without a reply: ${n}`,
  draftConflicts: (n) => `Open merge conflicts: ${n}`,
  draftNotApproved: (n) => `Replies not yet approved: ${n}`,
  draftOverLimit: (s, w, l) => `${s}: ${w} words, over the limit of ${l}`,
  conflictStart: (a, b) => `Conflict: two versions follow — version 1 by ${a}, version 2 by ${b}. Resolve it before the report is submitted.`,
  conflictVersion: (n, w) => `Version ${n} (${w}):`,
  conflictDeleted: (n, w) => `Version ${n} (${w}): this passage deleted.`,
  conflictEnd: 'End of the conflict.',
  conflictTable: (place, sides, shown) => `Conflict in the table below, ${place} — ${sides}. The table shows the version of ${shown}.`,
  conflictPlace: (p) =>
    p.place === 'cell' ? `row “${p.row}”, column “${p.column}”` : p.place === 'row' ? `row “${p.row}”` : p.place === 'column' ? `column “${p.column}”` : `its ${p.field}`,
  conflictValue: (w, v) => (v === null ? `${w}: deleted` : `${w}: “${v}”`),
};

const ru: Strings = {
  section: (l) => `Раздел ${l}`,
  reply: (p) => `Ответ на пункт ${p} перечня вопросов`,
  reviewParagraph: (p) => `Пункт ${p} перечня вопросов`,
  pending: '[Ответ ещё не подготовлен]',
  table: (n) => `Таблица ${n}`,
  source: 'Источник',
  notes: 'Примечание',
  symbols: 'Условные обозначения: «..» — данные отсутствуют; «-» — явление отсутствует или незначительно; «n/a» — неприменимо.',
  annex: 'Приложение',
  annexTitle: 'Статистические таблицы',
  seeAnnex: (n, t) => `См. приложение, таблица ${n}${t ? `: ${t}` : ''}.`,
  annexRelates: (p) => `Ответ на пункт ${p} перечня вопросов.`,
  wordCount: (n) => `Количество слов: ${n}`,
  dueIn: (y) => `, подлежащий представлению в ${y} году`,
  procedure: (sym) => `Представлен в рамках упрощенной процедуры отчетности в ответ на перечень вопросов, предваряющий представление доклада (${sym})`,
  submitted: (y) => `[Год представления: ${y}]`,
  draft: 'Проект — не для представления',
  reviewTitle: 'Перечень вопросов с проектами ответов',
  reviewNote: 'Для внутреннего рассмотрения. За каждым вопросом перечня следует текущий ответ и его статус.',
  footnotes: 'Сноски',
  status: (s) => `Статус: ${STATUS_RU[s]}`,
  draftUnanswered: (n) => `Пункты и подпункты без ответа: ${n}`,
  draftConflicts: (n) => `Неразрешённые конфликты слияния: ${n}`,
  draftNotApproved: (n) => `Ответы, ещё не утверждённые: ${n}`,
  // "слов — N" reads right for any N; "N слов" would need the plural form of each number.
  draftOverLimit: (s, w, l) => `${s}: слов — ${w} при лимите ${l}`,
  conflictStart: (a, b) => `Конфликт: далее две версии — версия 1 (${a}), версия 2 (${b}). Разрешите его до представления доклада.`,
  conflictVersion: (n, w) => `Версия ${n} (${w}):`,
  conflictDeleted: (n, w) => `Версия ${n} (${w}): этот фрагмент удалён.`,
  conflictEnd: 'Конец конфликта.',
  conflictTable: (place, sides, shown) => `Конфликт в таблице ниже, ${place} — ${sides}. В таблице показана версия: ${shown}.`,
  conflictPlace: (p) =>
    p.place === 'cell' ? `строка «${p.row}», столбец «${p.column}»` : p.place === 'row' ? `строка «${p.row}»` : p.place === 'column' ? `столбец «${p.column}»` : `поле «${p.field}»`,
  conflictValue: (w, v) => (v === null ? `${w}: удалено` : `${w}: «${v}»`),
};

export const REPORT_STRINGS: Record<ReportLanguage, Strings> = { en, ru };

/** Numbers as the report's language writes them: 21,200 in English, 21 200 in Russian. */
const FORMATS: Record<ReportLanguage, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-GB'), ru: new Intl.NumberFormat('ru-RU') };

export function formatCount(n: number, language: ReportLanguage): string {
  return FORMATS[language].format(n);
}
