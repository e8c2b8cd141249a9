// The core's messages to people, with their Russian and Kyrgyz: a refusal the core throws carries
// its message's key and values (MessageRef) beside the English text, so each door can show it in
// the user's language (the renderer does; the CLI prints the English).
import { type ErrorCode, type MessageRef, UserError } from '../result';
import type { Lang } from './format';
import { answerRefusalMessages } from './answer-refusals';
import { bundleRefusalMessages } from './bundle-refusals';
import { bundleMessages } from './bundles';
import { identityMessages } from './identity';
import { loiImportMessages } from './loi-import';
import { tableEditMessages } from './table-edit';
import { tableImportMessages } from './table-import';
import { workspaceMessages } from './workspace';

export type { Lang, MessageRef };

const catalog = {
  answerRefusal: answerRefusalMessages, bundleRefusal: bundleRefusalMessages, bundles: bundleMessages, identity: identityMessages, loiImport: loiImportMessages, tableEdit: tableEditMessages, tableImport: tableImportMessages, workspace: workspaceMessages,
};
type Catalog = typeof catalog;

export type MessageKey = { [D in keyof Catalog]: `${D & string}.${keyof Catalog[D] & string}` }[keyof Catalog];
type EntryOf<K extends MessageKey> = K extends `${infer D extends keyof Catalog}.${infer N}` ? (N extends keyof Catalog[D] ? Catalog[D][N] : never) : never;
export type MessageParams<K extends MessageKey> = EntryOf<K> extends { en: (p: infer P) => string } ? P : never;

type AnyEntry = Record<Lang, (p: Record<string, string | number>) => string>;

function entryOf(key: string): AnyEntry | null {
  const [domain, name] = key.split('.');
  const d = (catalog as unknown as Record<string, Record<string, AnyEntry> | undefined>)[domain];
  return (d && Object.hasOwn(d, name) && d[name]) || null;
}

/** The message in `lang`, or null for a key this build does not know. */
export function messageText(ref: MessageRef, lang: Lang): string | null {
  const entry = entryOf(ref.key);
  return entry ? entry[lang](ref.params) : null;
}

/** A message of the catalog: its English text, and its key and values for the other languages. */
export interface CoreMessage {
  text: string;
  i18n: MessageRef;
}

export function coreMessage<K extends MessageKey>(key: K, params: MessageParams<K>): CoreMessage {
  const i18n: MessageRef = { key, params: params as Record<string, string | number> };
  return { text: messageText(i18n, 'en')!, i18n };
}

/** The messages of one catalogue by name alone: `messagesOf('bundleRefusal')('firstLine', { line })`. */
export const messagesOf =
  <D extends keyof Catalog>(domain: D) =>
  <N extends keyof Catalog[D] & string>(name: N, params: MessageParams<`${D}.${N}` & MessageKey>): CoreMessage =>
    coreMessage(`${domain}.${name}` as `${D}.${N}` & MessageKey, params);

/** The refusal that says `m`: its English text, its key and values travelling with it. */
export const coreRefusal = (m: CoreMessage, code?: ErrorCode): UserError => new UserError(m.text, code, m.i18n);

/** A refusal whose English text comes from the catalog, and whose key travels with it. */
export function coreError<K extends MessageKey>(key: K, params: MessageParams<K>, code?: ErrorCode): UserError {
  return coreRefusal(coreMessage(key, params), code);
}

/** Every key of the catalog, for tests. */
export const messageKeys = (): string[] => Object.entries(catalog).flatMap(([d, entries]) => Object.keys(entries).map((n) => `${d}.${n}`));
