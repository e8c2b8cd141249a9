// The API contract: every method the core offers, with the schema of its argument. The Electron
// preload, the loopback host and the CLI all derive their surface from this one map. Each domain
// declares its methods in domains/; add a domain here with one spread and one `extends`.
import type { z } from 'zod';
import type { Result } from '../result';
import { type AnswerReturns, answerMethods } from './domains/answers';
import { type AppReturns, appMethods } from './domains/app';
import { type BackupReturns, backupMethods } from './domains/backup';
import { type BundleReturns, bundleMethods } from './domains/bundles';
import { type DraftingReturns, draftingMethods } from './domains/drafting';
import { type LoiReturns, loiMethods } from './domains/loi';
import { type MergeReturns, mergeMethods } from './domains/merge';
import { type ReportReturns, reportMethods } from './domains/report';
import { type TableReturns, tableMethods } from './domains/tables';
import { type WorkspaceReturns, workspaceMethods } from './domains/workspace';

export const methods = {
  ...workspaceMethods,
  ...answerMethods,
  ...bundleMethods,
  ...draftingMethods,
  ...backupMethods,
  ...appMethods,
  ...mergeMethods,
  ...reportMethods,
  ...tableMethods,
  ...loiMethods,
} as const;

export interface Returns extends WorkspaceReturns, AnswerReturns, BundleReturns, DraftingReturns, BackupReturns, AppReturns, ReportReturns, MergeReturns, TableReturns, LoiReturns {}

export type Method = keyof typeof methods;
export const methodNames = Object.keys(methods) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(methods, name);

export type Args<M extends Method> = z.input<(typeof methods)[M]>;
export type ParsedArgs<M extends Method> = z.output<(typeof methods)[M]>;

/** The client side: what the renderer holds, whether it talks IPC or HTTP. */
export type Api = { [M in Method]: (arg: Args<M>) => Promise<Result<Returns[M]>> };

/** The core side: plain functions over validated arguments; they may throw UserError. */
export type Handlers = { [M in Method]: (arg: ParsedArgs<M>) => Returns[M] | Promise<Returns[M]> };

/** The handlers of one domain, for composing the whole set in main/core/api/handlers. */
export type DomainHandlers<K extends Method> = { [M in K]: Handlers[M] };

// Every method's result type is declared, and nothing else.
type _Exact = [keyof Returns] extends [Method] ? ([Method] extends [keyof Returns] ? true : never) : never;
export const _exact: _Exact = true;
