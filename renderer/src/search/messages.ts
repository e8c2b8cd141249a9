// Strings of search.
import type { Catalog } from '../i18n/types';

type Key = 'placeholder' | 'label' | 'results' | 'none' | 'question' | 'answer';

export const messages: Catalog<Key> = {
  en: { placeholder: 'Search questions and answers (Ctrl+F)', label: 'Search', results: 'Search results', none: 'Nothing found', question: 'question', answer: 'answer' },
  ru: { placeholder: 'Поиск по вопросам и ответам (Ctrl+F)', label: 'Поиск', results: 'Результаты поиска', none: 'Ничего не найдено', question: 'вопрос', answer: 'ответ' },
  ky: { placeholder: 'Суроолор жана жооптор боюнча издөө (Ctrl+F)', label: 'Издөө', results: 'Издөөнүн натыйжалары', none: 'Эч нерсе табылган жок', question: 'суроо', answer: 'жооп' },
};
