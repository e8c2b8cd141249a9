// Strings of the comments panel.
import type { Catalog } from '../i18n/types';

type Key = 'title' | 'internal' | 'resolved' | 'resolve' | 'new' | 'add';

export const messages: Catalog<Key> = {
  en: {
    title: 'Comments on {{label}}', internal: 'Internal: comments are never part of the report.', resolved: 'resolved',
    resolve: 'Mark resolved', new: 'Write a comment', add: 'Add comment',
  },
  ru: {
    title: 'Комментарии: {{label}}', internal: 'Внутренние: комментарии не попадают в доклад.', resolved: 'решено',
    resolve: 'Отметить как решённый', new: 'Напишите комментарий', add: 'Добавить комментарий',
  },
  ky: {
    title: 'Комментарийлер: {{label}}', internal: 'Ички: комментарийлер баяндамага кирбейт.', resolved: 'чечилди',
    resolve: 'Чечилди деп белгилөө', new: 'Комментарий жазыңыз', add: 'Комментарий кошуу',
  },
};
