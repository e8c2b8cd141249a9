// The workspace's backups, newest first, each restorable after a confirmation; used by the backups
// dialog and by the recovery screen of a damaged workspace.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/api/types';
import { api } from '../api/client';
import { formatDateTime, formatNumber } from '../i18n';
import { type CoreSaid, useCoreText } from '../i18n/core-text';

export function BackupList({ onRestored, allowCreate, onCreated }: { onRestored: (name: string) => void; allowCreate: boolean; onCreated?: () => void }) {
  const { t, i18n } = useTranslation('backups');
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** What the core said, or a message of this screen (already in the interface's language). */
  const [message, setMessage] = useState<CoreSaid | null>(null);
  const coreText = useCoreText();

  const load = () => void api['backup.list']({}).then((r) => (r.ok ? setList(r.value) : setMessage(r)));
  useEffect(load, []);

  const create = async () => {
    setBusy(true);
    const r = await api['backup.create']({});
    setBusy(false);
    setMessage(r.ok ? { error: t('created', { name: r.value.name }) } : r);
    load();
    onCreated?.();
  };
  const restore = async (name: string) => {
    setBusy(true);
    const r = await api['backup.restore']({ name });
    setBusy(false);
    setConfirming(null);
    if (!r.ok) return setMessage(r);
    setMessage({ error: t('restored', { when: formatDateTime(list?.find((b) => b.name === name)?.createdAt ?? new Date().toISOString(), i18n.language) }) });
    onRestored(name);
    load();
  };

  return (
    <div className="backup-list">
      {allowCreate && (
        <button type="button" onClick={() => void create()} disabled={busy}>
          {t('create')}
        </button>
      )}
      {message && <p role="status">{coreText(message)}</p>}
      {list?.length === 0 && <p className="muted">{t('none')}</p>}
      {list && list.length > 0 && (
        <table className="revisions">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('size')}</th>
              <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.name}>
                <td>{formatDateTime(b.createdAt, i18n.language)}</td>
                <td>{t(`reason_${b.reason}`)}</td>
                <td>{t('kilobytes', { n: formatNumber(Math.max(1, Math.round(b.bytes / 1024)), i18n.language) })}</td>
                <td>
                  {confirming === b.name ? (
                    <span role="group" aria-label={t('confirmTitle')}>
                      {t('confirm')}{' '}
                      <button type="button" onClick={() => void restore(b.name)} disabled={busy}>
                        {t('yesRestore')}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setConfirming(b.name)} aria-label={t('restoreFrom', { when: formatDateTime(b.createdAt, i18n.language) })}>
                      {t('restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
