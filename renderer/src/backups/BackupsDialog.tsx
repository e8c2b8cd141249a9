// The backups of the workspace, from the header: take one now, or restore an earlier one. When the
// last backup failed (the daily one runs unseen), the button says so until one succeeds.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceHealth } from '../../../shared/api/types';
import { api } from '../api/client';
import { formatDateTime } from '../i18n';
import { BackupList } from './BackupList';
import './backups.css';

/** How often the header asks whether the background backup failed. */
const HEALTH_EVERY_MS = 5 * 60 * 1000;

export function BackupsButton({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation('backups');
  const [open, setOpen] = useState(false);
  const [health, setHealth] = useState<WorkspaceHealth | null>(null);
  const failure = health?.backupFailure ?? null;
  const refresh = useCallback(() => {
    void api['workspace.health']({}).then((h) => h.ok && setHealth(h.value));
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, HEALTH_EVERY_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return (
    <>
      <button
        type="button"
        className={failure ? 'header-button has-problem' : 'header-button'}
        aria-expanded={open}
        aria-description={failure ? t('failedBadge') : undefined}
        onClick={() => (setOpen(!open), refresh())}
      >
        {t('title')}
        {failure && <span className="problem-mark" aria-hidden="true">!</span>}
      </button>
      {open && (
        <div className="header-dialog" role="dialog" aria-label={t('title')} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <h2>{t('title')}</h2>
          {failure && (
            <p className="backup-failed" role="alert">
              {t('failed', {
                when: formatDateTime(failure.at, i18n.language),
                // The known reasons in the user's language; another one as the system gave it.
                message: failure.reason === 'other' ? failure.message.replace(/\.$/, '') : t(`failure_${failure.reason}`, { path: health?.backupDir }),
              })}
            </p>
          )}
          <p className="muted">{t('explain')}</p>
          <BackupList allowCreate onRestored={onRestored} onCreated={refresh} />
          <button type="button" onClick={() => setOpen(false)}>
            {t('close')}
          </button>
        </div>
      )}
    </>
  );
}
