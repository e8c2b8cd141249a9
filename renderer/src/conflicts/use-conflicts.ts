// Loads the open conflicts (of one answer, or all) and reloads after each resolution.
import { useCallback, useEffect, useState } from 'react';
import type { ConflictView } from '../../../shared/api/domains/merge';
import { api } from '../api/client';
import type { CoreSaid } from '../i18n/core-text';

export function useConflicts(ref?: string) {
  const [list, setList] = useState<ConflictView[] | null>(null);
  const [error, setError] = useState<CoreSaid | null>(null);
  const reload = useCallback(async () => {
    const r = await api['conflict.list'](ref === undefined ? {} : { ref });
    if (r.ok) {
      setList(r.value);
      setError(null);
    } else setError(r);
    return r.ok ? r.value : null;
  }, [ref]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { list, error, reload };
}
