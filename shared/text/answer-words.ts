// The words an answer contributes to the report: its running text and its footnotes, as Word counts them.
import { type AnswerContent, footnotes, plainText } from '../editor/types';
import { countWords } from './word-count';

export function answerWords(content: AnswerContent): number {
  return countWords(plainText(content)) + footnotes(content).reduce((n, f) => n + countWords(f), 0);
}
