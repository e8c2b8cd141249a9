// The header's way into the import dialog; the dialog is mounted only while open, so it always
// plans against the workspace as it is now.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog';

export function ImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('import');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} onImported={onImported} />}
    </>
  );
}
