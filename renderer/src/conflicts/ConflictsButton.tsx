// The header's way into the conflict queue, with the number of open conflicts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from './ConflictDialog';

export function ConflictsButton({ count, onResolved }: { count: number; onResolved: (ref: string) => void }) {
  const { t } = useTranslation('conflicts');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={count > 0 ? 'header-button has-conflicts' : 'header-button'} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {count > 0 ? t('openCount', { count }) : t('open')}
      </button>
      {open && <ConflictDialog onClose={() => setOpen(false)} onResolved={onResolved} />}
    </>
  );
}
