// The API contract: every method the core offers, with the schema of its argument. The Electron
// preload, the loopback host and the CLI all derive their surface from this one map.
import { z } from 'zod';
import { answerContentSchema } from '../editor/schema';
import type { Result } from '../result';
import type { Outline, QuestionDetail, SaveResult, StatusReport, WorkspaceInfo } from './types';

export const questionRef = z
  .string()
  .regex(/^\d{1,3}(?:[a-z]{1,2}(?:\.[a-z]{1,6})*)?$/, 'must be a paragraph or sub-item reference such as "5" or "5a"');

const none = z.object({}).strict();

export const methods = {
  'workspace.info': none,
  'outline.get': none,
  'question.get': z.object({ ref: questionRef }).strict(),
  'answer.save': z.object({ ref: questionRef, content: answerContentSchema }).strict(),
  'status.get': none,
} as const;

export interface Returns {
  'workspace.info': WorkspaceInfo;
  'outline.get': Outline;
  'question.get': QuestionDetail;
  'answer.save': SaveResult;
  'status.get': StatusReport;
}

export type Method = keyof typeof methods;
export const methodNames = Object.keys(methods) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(methods, name);

export type Args<M extends Method> = z.input<(typeof methods)[M]>;
export type ParsedArgs<M extends Method> = z.output<(typeof methods)[M]>;

/** The client side: what the renderer holds, whether it talks IPC or HTTP. */
export type Api = { [M in Method]: (arg: Args<M>) => Promise<Result<Returns[M]>> };

/** The core side: plain functions over validated arguments; they may throw UserError. */
export type Handlers = { [M in Method]: (arg: ParsedArgs<M>) => Returns[M] | Promise<Returns[M]> };
