// Naming the coordinating ministry: a workspace the app made starts as "Lead ministry". Offered
// until a signed bundle carries the name out (the core refuses after that, and says why).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../../../shared/api/bundle-types';
import { displayName, tidyName } from '../../../shared/api/display-name';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { PromptFooter, cancelOnEscape } from './PromptFooter';

interface Props {
  current: string;
  onRenamed: (me: IdentityView, message: string) => void;
  /** The core refused (the name was taken out by a bundle signed meanwhile, say): what the dialog shows may be stale. */
  onRefused: () => void;
  onCancel: () => void;
}

export function RenameForm({ current, onRenamed, onRefused, onCancel }: Props) {
  const { t } = useTranslation('bundles');
  const coreText = useCoreText();
  const [typed, setTyped] = useState(current);
  const [error, setError] = useState<CoreSaid | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!displayName.safeParse(tidyName(typed)).success) return setError({ error: t('renameInvalid') });
    setBusy(true);
    const r = await api['identity.rename']({ name: typed });
    setBusy(false);
    if (!r.ok) {
      setError(r);
      return onRefused();
    }
    onRenamed(r.value, t('renamed', { name: r.value.institution }));
  };

  return (
    <form className="bundle-prompt" onSubmit={(e) => void submit(e)} onKeyDown={cancelOnEscape(onCancel)} aria-label={t('renameTitle')}>
      <label>
        {t('renameInput')}
        <input className="name-input" autoComplete="organization" autoFocus value={typed} maxLength={200} onChange={(e) => setTyped(e.target.value)} required />
      </label>
      <p className="bundle-hint">{t('renameExplain')}</p>
      <PromptFooter error={error && coreText(error)} busy={busy} empty={typed.trim() === ''} submitLabel={t('renameDo')} onCancel={onCancel} />
    </form>
  );
}
