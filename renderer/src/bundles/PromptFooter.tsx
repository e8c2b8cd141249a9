// The end of every small form in the bundles dialog (passphrase, trust, rename): the error the
// core gave, the submit button and Cancel; and Escape in such a form cancels the form, not the dialog.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A form's onKeyDown: Escape cancels it and stops there (the dialog's own Escape would close everything). */
export const cancelOnEscape = (onCancel: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape') return;
  e.preventDefault();
  e.stopPropagation();
  onCancel();
};

interface Props {
  error: string | null;
  /** The form is waiting for the core: the submit button says so and Cancel waits too. */
  busy: boolean;
  /** Nothing to submit yet. */
  empty: boolean;
  submitLabel: string;
  onCancel: () => void;
}

export function PromptFooter({ error, busy, empty, submitLabel, onCancel }: Props) {
  const { t } = useTranslation('bundles');
  return (
    <>
      {error && (
        <p className="bundle-error" role="alert">
          {error}
        </p>
      )}
      <div className="bundle-actions">
        <button type="submit" className="primary" disabled={busy || empty}>
          {busy ? t('working') : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </>
  );
}
