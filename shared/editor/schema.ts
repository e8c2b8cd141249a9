// Boundary validation of answer content: the only shape of rich text the core accepts, with limits
// that keep a hostile or broken payload from reaching the store.
import { z } from 'zod';
import type { AnswerContent } from './types';

export const LIMITS = { blocks: 5000, leafChars: 200_000, noteChars: 20_000, urlChars: 2000, inlines: 2000 } as const;

const text = z
  .object({
    text: z.string().max(LIMITS.leafChars),
    bold: z.literal(true).optional(),
    italic: z.literal(true).optional(),
    underline: z.literal(true).optional(),
  })
  .strict();

const url = z
  .string()
  .max(LIMITS.urlChars)
  .refine((u) => /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i.test(u), 'links must be http(s) or mailto addresses');

const link = z.object({ type: z.literal('link'), url, children: z.array(text).min(1).max(LIMITS.inlines) }).strict();
const footnote = z
  .object({ type: z.literal('footnote'), note: z.string().max(LIMITS.noteChars), children: z.tuple([z.object({ text: z.literal('') }).strict()]) })
  .strict();
const inlines = z.array(z.union([text, link, footnote])).min(1).max(LIMITS.inlines);

const paragraph = z.object({ type: z.literal('paragraph'), children: inlines }).strict();
const quote = z.object({ type: z.literal('block-quote'), children: inlines }).strict();
const listItem = z.object({ type: z.literal('list-item'), children: inlines }).strict();
const list = z
  .object({ type: z.enum(['numbered-list', 'bulleted-list']), children: z.array(listItem).min(1).max(LIMITS.blocks) })
  .strict();

export const answerContentSchema: z.ZodType<AnswerContent> = z
  .array(z.union([paragraph, quote, list]))
  .min(1)
  .max(LIMITS.blocks) as unknown as z.ZodType<AnswerContent>;
