// Strings of the outline.
import type { Catalog } from '../i18n/types';

type Key = 'tree' | 'section' | 'outline';

export const messages: Catalog<Key> = {
  en: { tree: 'List of issues', section: 'Section {{label}}', outline: 'Outline' },
  ru: { tree: 'Перечень вопросов', section: 'Раздел {{label}}', outline: 'Структура' },
  ky: { tree: 'Маселелердин тизмеси', section: '{{label}}-бөлүм', outline: 'Түзүлүшү' },
};
