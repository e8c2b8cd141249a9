// The header's way into bundles: opens the bundles and institutions page, imports a bundle dropped
// anywhere on the window, and shows the report after every import.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/api/bundle-types';
import { api } from '../api/client';
import { BundlesDialog } from './BundlesDialog';
import { isBundleName, readAsBase64 } from './files';
import { ImportReportDialog } from './ImportReportDialog';
import { useBundleDrop } from './use-bundle-drop';
import './bundles.css';

interface Props {
  /** Answers may have changed: reload the outline and the open paragraph. */
  onImported: () => void;
  onOpen: (paragraph: string) => void;
}

export function BundlesButton({ onImported, onOpen }: Props) {
  const { t } = useTranslation('bundles');
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [canTrust, setCanTrust] = useState(false);
  const [version, setVersion] = useState(0);
  // A message key (translated when shown, so a language switch applies) or an error from the core.
  const [notice, setNotice] = useState<{ key?: 'notABundleFile'; name?: string; text?: string } | null>(null);
  const last = useRef<{ data: string; name: string } | null>(null);

  const run = useCallback(
    async (data: string, name: string) => {
      last.current = { data, name };
      const [r, me] = await Promise.all([api['bundle.import']({ data, fileName: name }), api['identity.get']({})]);
      if (!r.ok) return setNotice({ text: r.error });
      setCanTrust(me.ok && me.value.role === 'coordinator');
      setReport(r.value);
      setVersion((v) => v + 1);
      if (r.value.outcome === 'accepted') onImported();
    },
    [onImported],
  );
  const importFile = useCallback(
    async (file: File) => {
      setNotice(null);
      if (!isBundleName(file.name)) return setNotice({ key: 'notABundleFile', name: file.name });
      await run(await readAsBase64(file), file.name);
    },
    [run],
  );
  const dragging = useBundleDrop((file) => void importFile(file));

  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && <BundlesDialog version={version} onClose={() => setOpen(false)} onImport={(f) => void importFile(f)} />}
      {report && (
        <ImportReportDialog
          key={`${version}`}
          report={report}
          canTrust={canTrust}
          onClose={() => setReport(null)}
          onOpen={(p) => {
            setReport(null);
            setOpen(false);
            onOpen(p);
          }}
          onRetry={() => last.current && void run(last.current.data, last.current.name)}
        />
      )}
      {dragging && (
        <div className="bundle-drop" aria-hidden="true">
          <span>{t('dropHere')}</span>
        </div>
      )}
      {notice && (
        <div className="bundle-notice" role="alert">
          {notice.key ? t(notice.key, { name: notice.name }) : notice.text}
          <button type="button" className="bundle-close" aria-label={t('close')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
