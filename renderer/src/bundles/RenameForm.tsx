// Naming the coordinating ministry: a workspace the app made starts as "Lead ministry". Offered
// until a signed bundle carries the name out (the core refuses after that, and says why).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../../../shared/api/bundle-types';
import { displayName, tidyName } from '../../../shared/api/display-name';
import { api } from '../api/client';
import { PromptFooter } from './PromptFooter';

interface Props {
  current: string;
  onRenamed: (me: IdentityView, message: string) => void;
  onCancel: () => void;
}

export function RenameForm({ current, onRenamed, onCancel }: Props) {
  const { t } = useTranslation('bundles');
  const [typed, setTyped] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const name = tidyName(typed);
    if (!displayName.safeParse(name).success) return setError(t('renameInvalid'));
    setBusy(true);
    const r = await api['identity.rename']({ name });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    onRenamed(r.value, t('renamed', { name: r.value.institution }));
  };

  return (
    <form className="bundle-prompt" onSubmit={(e) => void submit(e)} aria-label={t('renameTitle')}>
      <label>
        {t('renameInput')}
        <input className="name-input" autoComplete="organization" autoFocus value={typed} maxLength={200} onChange={(e) => setTyped(e.target.value)} required />
      </label>
      <p className="bundle-hint">{t('renameExplain')}</p>
      <PromptFooter error={error} busy={busy} empty={typed.trim() === ''} submitLabel={t('renameDo')} onCancel={onCancel} />
    </form>
  );
}
