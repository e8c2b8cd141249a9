// Strings of the dashboard.
import type { Catalog } from '../i18n/types';

type Key =
  | 'title' | 'chart' | 'group' | 'questions' | 'answered' | 'ready' | 'approved' | 'words' | 'total' | 'unassigned' | 'bySection'
  | 'byInstitution' | 'unansweredTitle' | 'readyOnly' | 'draftedOnly' | 'unanswered' | 'open' | 'other';

export const messages: Catalog<Key> = {
  en: {
    title: 'Progress of the reply', chart: 'Paragraphs by section: approved, ready for review, drafted, unanswered', group: 'Group',
    questions: 'Paragraphs', answered: 'Answered', ready: 'Ready', approved: 'Approved', words: 'Words', total: 'Total', unassigned: 'Not assigned',
    bySection: 'By section', byInstitution: 'By lead institution', unansweredTitle: 'Still unanswered ({{count}})',
    readyOnly: 'Ready for review', draftedOnly: 'Drafted', unanswered: 'Unanswered', open: 'Dashboard', other: 'Other',
  },
  ru: {
    title: 'Ход подготовки ответов', chart: 'Пункты по разделам: утверждено, готово к проверке, черновик, без ответа', group: 'Группа',
    questions: 'Пункты', answered: 'С ответом', ready: 'Готово', approved: 'Утверждено', words: 'Слова', total: 'Итого', unassigned: 'Не распределено',
    bySection: 'По разделам', byInstitution: 'По ведущим ведомствам', unansweredTitle: 'Пока без ответа ({{count}})',
    readyOnly: 'Готово к проверке', draftedOnly: 'Черновик', unanswered: 'Без ответа', open: 'Сводка', other: 'Прочее',
  },
  ky: {
    title: 'Жооптордун даярдалышы', chart: 'Бөлүмдөр боюнча пункттар: бекитилген, текшерүүгө даяр, долбоор, жооп жок', group: 'Топ', questions: 'Пункттар', answered: 'Жооп берилген', ready: 'Даяр', approved: 'Бекитилген',
    words: 'Сөздөр', total: 'Бардыгы', unassigned: 'Бөлүштүрүлгөн эмес', bySection: 'Бөлүмдөр боюнча', byInstitution: 'Жооптуу мекемелер боюнча',
    unansweredTitle: 'Азырынча жооп жок ({{count}})', readyOnly: 'Текшерүүгө даяр', draftedOnly: 'Долбоор', unanswered: 'Жооп жок', open: 'Жыйынтык', other: 'Башка',
  },
};
