// Questions and their answers: reading a paragraph with its sub-items, saving an answer.
import { z } from 'zod';
import { answerContentSchema } from '../../editor/schema';
import { CONTENT_HASH } from '../../json-checks';
import { questionRef } from '../refs';
import type { QuestionDetail, SaveResult } from '../types';

const revisionId = z.string().regex(CONTENT_HASH, 'must be a revision id (64 hex digits)');

export const answerMethods = {
  'question.get': z.object({ ref: questionRef }).strict(),
  /**
   * `base`: the revision the editor's text was edited from (null: the answer had none). When the
   * answer has moved on since, the text is merged with it instead of replacing it. Without a base
   * the text replaces the answer (the CLI's deliberate `answer` command).
   */
  'answer.save': z
    .object({
      ref: questionRef,
      content: answerContentSchema,
      base: revisionId.nullable().optional(),
      /** The base's parents (AnswerView.parents), should the base have been removed meanwhile. */
      baseParents: z.array(revisionId).max(1000).optional(),
    })
    .strict(),
} as const;

export interface AnswerReturns {
  'question.get': QuestionDetail;
  'answer.save': SaveResult;
}
