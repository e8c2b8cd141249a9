// Strings of the paragraph view.
import type { Catalog } from '../i18n/types';

type Key = 'paragraph' | 'headings' | 'footnotes' | 'answerTo' | 'answerToItem';

export const messages: Catalog<Key> = {
  en: {
    paragraph: 'Paragraph {{number}}',
    headings: 'Headings',
    footnotes: 'Footnotes',
    answerTo: 'Answer to paragraph {{number}}',
    answerToItem: 'Answer to paragraph {{number}} ({{label}})',
  },
  ru: {
    paragraph: 'Пункт {{number}}',
    headings: 'Заголовки',
    footnotes: 'Сноски',
    answerTo: 'Ответ на пункт {{number}}',
    answerToItem: 'Ответ на пункт {{number}} ({{label}})',
  },
  ky: {
    paragraph: '{{number}}-пункт',
    headings: 'Аталыштар',
    footnotes: 'Шилтемелер',
    answerTo: '{{number}}-пунктка жооп',
    answerToItem: '{{number}}-пунктка ({{label}}) жооп',
  },
};
