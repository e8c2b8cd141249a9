// Strings of the answer editor.
import type { Catalog } from '../i18n/types';

type Key = 'placeholder' | 'words_one' | 'words_few' | 'words_many' | 'words_other' | 'wordCount' | 'saved' | 'saving' | 'editing' | 'notSaved';

export const messages: Catalog<Key> = {
  en: {
    placeholder: 'Type the reply…',
    words_one: '{{count}} word',
    words_few: '{{count}} words',
    words_many: '{{count}} words',
    words_other: '{{count}} words',
    wordCount: '{{label}}: word count',
    saved: 'Saved',
    saving: 'Saving…',
    editing: 'Editing…',
    notSaved: 'Not saved: {{error}}',
  },
  ru: {
    placeholder: 'Введите ответ…',
    words_one: '{{count}} слово',
    words_few: '{{count}} слова',
    words_many: '{{count}} слов',
    words_other: '{{count}} слова',
    wordCount: '{{label}}: число слов',
    saved: 'Сохранено',
    saving: 'Сохранение…',
    editing: 'Редактирование…',
    notSaved: 'Не сохранено: {{error}}',
  },
  ky: {
    placeholder: 'Жоопту жазыңыз…',
    words_one: '{{count}} сөз',
    words_other: '{{count}} сөз',
    wordCount: '{{label}}: сөздөрдүн саны',
    saved: 'Сакталды',
    saving: 'Сакталууда…',
    editing: 'Түзөтүлүүдө…',
    notSaved: 'Сакталган жок: {{error}}',
  },
};
