// The workspace's refusals in each language: the one refusal built from a list (a final report
// that is not ready) reads in English as it always did, and names the same things in Russian and Kyrgyz.
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../shared/core-messages';
import { overLimits } from '../../../shared/core-messages/workspace';

const params = {
  unanswered: 0,
  unansweredFirst: '',
  conflicts: 2,
  conflictsFirst: '4',
  notApproved: 3,
  notApprovedFirst: '1 (a)',
  reworded: 1,
  rewordedFirst: '3',
  over: overLimits([
    { scope: 'total', words: 21_201, limit: 21_200 },
    { scope: 'II', words: 5000, limit: 4000 },
  ]),
};
const text = (lang: 'en' | 'ru' | 'ky') => messageText({ key: 'workspace.reportNotReady', params }, lang);

describe('a final report that is not ready', () => {
  it('lists each problem with its first paragraph, in English as before', () => {
    expect(text('en')).toBe(
      'The report is not ready: Open merge conflicts: 2 (first: paragraph 4); Replies not yet approved: 3 (first: paragraph 1 (a)), 1 of them answering a question that a re-imported list of issues changed (first: paragraph 3): read each against its new question and approve it again; Report: 21,201 words, over the limit of 21,200; Section II: 5,000 words, over the limit of 4,000. Resolve these, or export it as a draft.',
    );
  });

  it('in Russian and Kyrgyz', () => {
    expect(text('ru')).toBe(
      'Доклад не готов: неразрешённые конфликты слияния: 2 (первый — пункт 4); Ответы, ещё не утверждённые: 3 (первый — пункт 1 (a)), из них 1 отвечает на вопрос, изменённый при повторном импорте перечня вопросов (первый — пункт 3): сверьте каждый с новым вопросом и утвердите заново; Доклад: слов — 21\u00A0201 при лимите 21\u00A0200; Раздел II: слов — 5\u00A0000 при лимите 4\u00A0000. Устраните эти замечания или экспортируйте доклад как проект.',
    );
    expect(text('ky')).toContain('Баяндама: 21\u00A0201 сөз, чеги 21\u00A0200; II-бөлүм: 5\u00A0000 сөз, чеги 4\u00A0000');
  });
});
