// A small form that floats over the editor: the text of a footnote, the address of a link.
// Escape cancels, Enter (Ctrl+Enter in a multi-line field) applies; focus returns to the editor.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  initial?: string;
  placeholder?: string;
  multiline?: boolean;
  submitLabel: string;
  error?: string | null;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

export function InlineDialog({ label, initial = '', placeholder, multiline, submitLabel, error, onSubmit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const { t } = useTranslation('editor');
  useEffect(() => field.current?.focus(), []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmit(value);
    }
  };
  return (
    <span className="inline-dialog" role="dialog" aria-label={label} contentEditable={false} onKeyDown={onKeyDown}>
      <label>
        <span className="inline-dialog-label">{label}</span>
        {multiline ? (
          <textarea ref={field} value={value} placeholder={placeholder} rows={3} onChange={(e) => setValue(e.target.value)} />
        ) : (
          <input ref={field} value={value} placeholder={placeholder} onChange={(e) => setValue(e.target.value)} />
        )}
      </label>
      {error && (
        <span className="inline-dialog-error" role="alert">
          {error}
        </span>
      )}
      <span className="inline-dialog-actions">
        <button type="button" onClick={() => onSubmit(value)}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </span>
    </span>
  );
}
