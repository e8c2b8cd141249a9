// Strings of the paragraph view.
import type { Catalog } from '../i18n/types';

type Key = 'paragraph' | 'headings' | 'footnotes' | 'answerTo' | 'answerToItem' | 'assignment' | 'lead' | 'contributors' | 'contributorsHint' | 'assignmentSaved';

export const messages: Catalog<Key> = {
  en: {
    paragraph: 'Paragraph {{number}}',
    headings: 'Headings',
    footnotes: 'Footnotes',
    answerTo: 'Answer to paragraph {{number}}',
    answerToItem: 'Answer to paragraph {{number}} ({{label}})',
    assignment: 'Assignment',
    lead: 'Lead institution',
    contributors: 'Contributing institutions',
    contributorsHint: 'Separate names with commas',
    assignmentSaved: 'Assignment saved',
  },
  ru: {
    paragraph: 'Пункт {{number}}',
    headings: 'Заголовки',
    footnotes: 'Сноски',
    answerTo: 'Ответ на пункт {{number}}',
    answerToItem: 'Ответ на пункт {{number}} ({{label}})',
    assignment: 'Распределение',
    lead: 'Ведущее ведомство',
    contributors: 'Участвующие ведомства',
    contributorsHint: 'Перечислите через запятую',
    assignmentSaved: 'Распределение сохранено',
  },
  ky: {
    paragraph: '{{number}}-пункт',
    headings: 'Аталыштар',
    footnotes: 'Шилтемелер',
    answerTo: '{{number}}-пунктка жооп',
    answerToItem: '{{number}}-пунктка ({{label}}) жооп',
    assignment: 'Бөлүштүрүү',
    lead: 'Жооптуу мекеме',
    contributors: 'Катышуучу мекемелер',
    contributorsHint: 'Үтүр менен бөлүп жазыңыз',
    assignmentSaved: 'Бөлүштүрүү сакталды',
  },
};
