// The backups of the workspace, from the header: take one now, or restore an earlier one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupList } from './BackupList';

export function BackupsButton({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation('backups');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('title')}
      </button>
      {open && (
        <div className="header-dialog" role="dialog" aria-label={t('title')} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <h2>{t('title')}</h2>
          <p className="muted">{t('explain')}</p>
          <BackupList allowCreate onRestored={onRestored} />
          <button type="button" onClick={() => setOpen(false)}>
            {t('close')}
          </button>
        </div>
      )}
    </>
  );
}
