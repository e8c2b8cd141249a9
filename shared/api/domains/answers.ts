// Questions and their answers: reading a paragraph with its sub-items, saving an answer.
import { z } from 'zod';
import { answerContentSchema } from '../../editor/schema';
import { questionRef } from '../refs';
import type { QuestionDetail, SaveResult } from '../types';

export const answerMethods = {
  'question.get': z.object({ ref: questionRef }).strict(),
  'answer.save': z.object({ ref: questionRef, content: answerContentSchema }).strict(),
} as const;

export interface AnswerReturns {
  'question.get': QuestionDetail;
  'answer.save': SaveResult;
}
