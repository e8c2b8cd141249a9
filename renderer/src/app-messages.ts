// Strings of the app frame: header, status bar, language switcher.
import type { Catalog } from './i18n/types';

type Key = 'appName' | 'language' | 'loading' | 'reportWords' | 'reportWordsLabel' | 'sectionWords' | 'overLimit' | 'actions';

export const messages: Catalog<Key> = {
  en: {
    appName: 'Treaty Desk',
    language: 'Interface language',
    loading: 'Loading…',
    reportWords: 'Report: {{total}} / {{limit}} words',
    reportWordsLabel: 'Report word count',
    sectionWords: '{{section}}: {{total}} / {{limit}}',
    overLimit: 'over the limit',
    actions: 'Workspace actions',
  },
  ru: {
    appName: 'Treaty Desk',
    language: 'Язык интерфейса',
    loading: 'Загрузка…',
    reportWords: 'Доклад: {{total}} / {{limit}} слов',
    reportWordsLabel: 'Число слов в докладе',
    sectionWords: '{{section}}: {{total}} / {{limit}}',
    overLimit: 'сверх лимита',
    actions: 'Действия с рабочей областью',
  },
  ky: {
    appName: 'Treaty Desk',
    language: 'Интерфейстин тили',
    loading: 'Жүктөлүүдө…',
    reportWords: 'Баяндама: {{total}} / {{limit}} сөз',
    reportWordsLabel: 'Баяндамадагы сөздөрдүн саны',
    sectionWords: '{{section}}: {{total}} / {{limit}}',
    overLimit: 'чектен ашты',
    actions: 'Иш мейкиндиги менен аракеттер',
  },
};
