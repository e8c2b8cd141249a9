// Binding an institution to a key: the coordinator types the fingerprint the institution reads out
// by phone; the core binds it only if a refused bundle was signed with exactly that key.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { PromptFooter, cancelOnEscape } from './PromptFooter';

interface Props {
  institution: string;
  /** The fingerprint of the key seen on a refused bundle, shown for comparison. */
  seen: string | null;
  onTrusted: (message: string) => void;
  onCancel: () => void;
}

export function TrustForm({ institution, seen, onTrusted, onCancel }: Props) {
  const { t } = useTranslation('bundles');
  const coreText = useCoreText();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<CoreSaid | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await api['institution.trust']({ institution, fingerprint: typed });
    setBusy(false);
    if (!r.ok) return setError(r);
    onTrusted(t('trusted', { name: r.value.institution, fp: r.value.fingerprint }));
  };

  return (
    <form className="bundle-prompt" onSubmit={(e) => void submit(e)} onKeyDown={cancelOnEscape(onCancel)} aria-label={t('trustTitle', { name: institution })}>
      <p className="bundle-prompt-label">{t('trustTitle', { name: institution })}</p>
      {seen && <p className="bundle-hint">{t('trustSeen', { fp: seen })}</p>}
      <p className="bundle-hint">{t('trustExplain', { name: institution })}</p>
      <label>
        {t('trustInput', { name: institution })}
        <input className="fingerprint-input" inputMode="numeric" autoComplete="off" autoFocus value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="00000 00000 00000 00000 00000" required />
      </label>
      <PromptFooter error={error && coreText(error)} busy={busy} empty={typed.trim() === ''} submitLabel={t('trustDo')} onCancel={onCancel} />
    </form>
  );
}
