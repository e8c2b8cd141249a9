// The header's way into the Export dialog; the dialog is mounted only while open, so its check is
// always fresh.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';

export function ExportButton({ onOpen }: { onOpen: (paragraph: string, ref: string) => void }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} onOpen={onOpen} />}
    </>
  );
}
