// Strings of the history panel.
import type { Catalog } from '../i18n/types';

type Key =
  | 'title' | 'empty' | 'from' | 'to' | 'when' | 'author' | 'words' | 'actions' | 'compareFrom' | 'compareTo'
  | 'current' | 'checkpoint' | 'restore' | 'restoreN' | 'difference';

export const messages: Catalog<Key> = {
  en: {
    title: 'History of {{label}}', empty: 'No saved revisions yet.', from: 'From', to: 'To', when: 'Saved', author: 'Author',
    words: 'Words', actions: 'Actions', compareFrom: 'Compare from revision {{n}}', compareTo: 'Compare to revision {{n}}',
    current: 'current', checkpoint: 'checkpoint', restore: 'Restore', restoreN: 'Restore revision {{n}}', difference: 'Difference between the two revisions',
  },
  ru: {
    title: 'История: {{label}}', empty: 'Сохранённых версий пока нет.', from: 'С', to: 'По', when: 'Сохранено', author: 'Автор',
    words: 'Слов', actions: 'Действия', compareFrom: 'Сравнить с версии {{n}}', compareTo: 'Сравнить по версию {{n}}',
    current: 'текущая', checkpoint: 'контрольная точка', restore: 'Восстановить', restoreN: 'Восстановить версию {{n}}', difference: 'Различия между двумя версиями',
  },
  ky: {
    title: 'Тарых: {{label}}', empty: 'Сакталган версиялар азырынча жок.', from: 'Баштап', to: 'Чейин', when: 'Сакталды', author: 'Автор',
    words: 'Сөз', actions: 'Аракеттер', compareFrom: '{{n}}-версиядан баштап салыштыруу', compareTo: '{{n}}-версияга чейин салыштыруу',
    current: 'учурдагы', checkpoint: 'текшерүү чекити', restore: 'Калыбына келтирүү', restoreN: '{{n}}-версияны калыбына келтирүү', difference: 'Эки версиянын айырмасы',
  },
};
