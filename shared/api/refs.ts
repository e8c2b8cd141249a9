// Schemas for identifiers that many methods share.
import { z } from 'zod';

/** A paragraph ("5"), sub-item ("5a") or nested item ("30a.ii") of the list of issues. */
export const QUESTION_REF = /^\d{1,3}(?:[a-z]{1,2}(?:\.[a-z]{1,6})*)?$/;
export const questionRef = z.string().regex(QUESTION_REF, 'must be a paragraph or sub-item reference such as "5" or "5a"');
