// Asks for the signing key's passphrase (twice when a new one is being chosen) right where the
// action was started; the passphrase goes to the core with that one call and is not kept.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { PromptFooter, cancelOnEscape } from './PromptFooter';

interface Props {
  /** 'new': a passphrase is being chosen for a new key. */
  mode: 'new' | 'existing';
  label: string;
  /** Resolves with the core's refusal to show, or null when done. */
  onSubmit: (passphrase: string) => Promise<CoreSaid | null>;
  onCancel: () => void;
}

export function PassphrasePrompt({ mode, label, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('bundles');
  const coreText = useCoreText();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CoreSaid | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'new' && pass !== again) return setError({ error: t('passphraseMismatch') });
    setBusy(true);
    setError(null);
    try {
      const problem = await onSubmit(pass);
      if (problem) setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="bundle-prompt" onSubmit={(e) => void submit(e)} onKeyDown={cancelOnEscape(onCancel)} aria-label={label}>
      <p className="bundle-prompt-label">{label}</p>
      {mode === 'new' && <p className="bundle-hint">{t('passphraseNew')}</p>}
      <label>
        {t('passphrase')}
        <input type="password" autoComplete={mode === 'new' ? 'new-password' : 'current-password'} autoFocus value={pass} onChange={(e) => setPass(e.target.value)} required />
      </label>
      {mode === 'new' && (
        <label>
          {t('passphraseRepeat')}
          <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required />
        </label>
      )}
      <PromptFooter error={error && coreText(error)} busy={busy} empty={pass === ''} submitLabel={t('continue')} onCancel={onCancel} />
    </form>
  );
}
