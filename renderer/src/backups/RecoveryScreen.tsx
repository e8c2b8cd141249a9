// What a damaged workspace shows instead of the drafting screen: what went wrong, and its backups.
import { useTranslation } from 'react-i18next';
import type { WorkspaceHealth } from '../../../shared/api/types';
import { BackupList } from './BackupList';

export function RecoveryScreen({ health, onRestored }: { health: WorkspaceHealth; onRestored: () => void }) {
  const { t } = useTranslation('backups');
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('damagedTitle')}</h1>
      <p>{t('damagedText', { path: health.path })}</p>
      <p className="muted">{health.problem}</p>
      <h2>{t('chooseBackup')}</h2>
      <BackupList allowCreate={false} onRestored={onRestored} />
    </main>
  );
}
