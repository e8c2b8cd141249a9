// A refusal from the core in the interface's language: the core sends its English one-liner and,
// for the messages of shared/core-messages, their key and values, which are put into words here.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../shared/core-messages';
import type { MessageRef } from '../../../shared/result';
import { LANGUAGES, type Language } from '.';

export interface CoreSaid {
  /** The core's English text: what is shown when the message has no key (or one this build does not know). */
  error: string;
  i18n?: MessageRef;
}

export function useCoreText(): (said: CoreSaid) => string {
  const { i18n } = useTranslation();
  const lang: Language = LANGUAGES.find((l) => l.code === i18n.language)?.code ?? 'en';
  return useCallback((said: CoreSaid) => (said.i18n && messageText(said.i18n, lang)) || said.error, [lang]);
}
