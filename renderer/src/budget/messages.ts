// Strings of the word budget.
import type { Catalog } from '../i18n/types';

type Key = 'title' | 'wordLimit' | 'wordsPerPage' | 'save' | 'cancel' | 'edit';

export const messages: Catalog<Key> = {
  en: { title: 'Word limits', wordLimit: 'Word limit of the report', wordsPerPage: 'Words per page (for page limits)', save: 'Save', cancel: 'Cancel', edit: 'Limits…' },
  ru: { title: 'Ограничения по объёму', wordLimit: 'Предельное число слов в докладе', wordsPerPage: 'Слов на страницу (для ограничений в страницах)', save: 'Сохранить', cancel: 'Отмена', edit: 'Ограничения…' },
  ky: { title: 'Көлөмдүн чектери', wordLimit: 'Баяндамадагы сөздөрдүн чеги', wordsPerPage: 'Бир беттеги сөздөр', save: 'Сактоо', cancel: 'Жокко чыгаруу', edit: 'Чектер…' },
};
