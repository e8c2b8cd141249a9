// Strings of the outline.
import type { Catalog } from '../i18n/types';

type Key = 'tree' | 'section' | 'outline' | 'retired';

export const messages: Catalog<Key> = {
  en: { tree: 'List of issues', section: 'Section {{label}}', outline: 'Outline', retired: 'No longer in the list of issues' },
  ru: { tree: 'Перечень вопросов', section: 'Раздел {{label}}', outline: 'Структура', retired: 'Больше нет в перечне вопросов' },
  ky: { tree: 'Маселелердин тизмеси', section: '{{label}}-бөлүм', outline: 'Түзүлүшү', retired: 'Маселелердин тизмесинде жок' },
};
