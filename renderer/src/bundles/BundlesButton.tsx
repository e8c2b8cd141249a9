// The header's way into bundles: opens the bundles and institutions page, imports bundles dropped
// anywhere on the window or picked together (several in one call, one transaction in the core), and
// shows each one's report.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportReport, MANY_FILES } from '../../../shared/api/bundle-types';
import type { Result } from '../../../shared/result';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { BundlesDialog } from './BundlesDialog';
import { isBundleName, readAsBase64 } from './files';
import { ImportReportDialog } from './ImportReportDialog';
import { useBundleDrop } from './use-bundle-drop';
import './bundles.css';

/** A file as sent to the core. */
interface Sent {
  data: string;
  fileName: string;
}

interface Props {
  /** Answers may have changed: reload the outline and the open paragraph. */
  onImported: () => void;
  onOpen: (paragraph: string) => void;
  /** Our institution's name changed. */
  onRenamed: () => void;
}

export function BundlesButton({ onImported, onOpen, onRenamed }: Props) {
  const { t } = useTranslation('bundles');
  const coreText = useCoreText();
  const [open, setOpen] = useState(false);
  // One report per imported file, shown one after the other (several files can arrive at once).
  const [reports, setReports] = useState<Array<{ report: ImportReport; data: string; name: string }>>([]);
  const [canTrust, setCanTrust] = useState(false);
  const [version, setVersion] = useState(0);
  // A message key (translated when shown, so a language switch applies) or an error from the core.
  const [notice, setNotice] = useState<{ key?: 'notABundleFile' | 'notRead'; name?: string; said?: CoreSaid } | null>(null);

  /** Queues the reports on files sent to the core; `replacing`: the first one is a retry of the report shown. False when the call failed. */
  const receive = useCallback(
    async (reply: Promise<Result<ImportReport[]>>, sent: Sent[], replacing = false) => {
      const [r, me] = await Promise.all([reply, api['identity.get']({})]);
      if (!r.ok) {
        setNotice({ said: r });
        return false;
      }
      setCanTrust(me.ok && me.value.role === 'coordinator');
      const entries = r.value.map((report, i) => ({ report, data: sent[i].data, name: sent[i].fileName }));
      setReports((list) => (replacing ? [...entries, ...list.slice(1)] : [...list, ...entries]));
      setVersion((v) => v + 1);
      if (r.value.some((x) => x.outcome === 'accepted')) onImported();
      return true;
    },
    [onImported],
  );
  const run = useCallback(
    (data: string, fileName: string, replacing = false) =>
      receive(api['bundle.import']({ data, fileName }).then((r) => (r.ok ? { ok: true as const, value: [r.value] } : r)), [{ data, fileName }], replacing),
    [receive],
  );
  const importFiles = useCallback(
    async (files: File[]) => {
      setNotice(null);
      const bundles = files.filter((file) => isBundleName(file.name));
      const other = files.find((file) => !isBundleName(file.name));
      if (other) setNotice({ key: 'notABundleFile', name: other.name });
      // A file that cannot be read (gone, or a folder) is named; the others go on.
      const read: Sent[] = [];
      for (const file of bundles) {
        try {
          read.push({ data: await readAsBase64(file), fileName: file.name });
        } catch {
          setNotice({ key: 'notRead', name: file.name });
        }
      }
      if (read.length === 1) {
        await run(read[0].data, read[0].fileName);
        return;
      }
      // Several files go in one call per batch (one transaction in the core), batches kept under
      // what the browser-mode host takes in one request; a failed call stops the rest.
      for (const batch of batches(read)) {
        if (!(await receive(api['bundle.importMany']({ files: batch }), batch))) return;
      }
    },
    [run, receive],
  );
  const dragging = useBundleDrop((files) => void importFiles(files));

  // Bundles the operating system opened with the app (double-click, or a second start) wait in the
  // core until the window takes them: at start, and whenever the window comes back to the front.
  useEffect(() => {
    let taking = false;
    const take = async () => {
      if (taking) return;
      taking = true;
      try {
        const r = await api['app.takeOpenedFiles']({});
        for (const f of r.ok ? r.value : []) {
          if (f.data === null) setNotice({ said: { error: f.problem ?? f.name } });
          else await run(f.data, f.name);
        }
      } finally {
        taking = false;
      }
    };
    void take();
    window.addEventListener('focus', take);
    return () => window.removeEventListener('focus', take);
  }, [run]);

  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && <BundlesDialog version={version} onClose={() => setOpen(false)} onImport={(files) => void importFiles(files)} onRenamed={onRenamed} />}
      {reports[0] && (
        <ImportReportDialog
          key={`${version}:${reports.length}`}
          report={reports[0].report}
          fileName={reports[0].name}
          canTrust={canTrust}
          onClose={() => setReports((list) => list.slice(1))}
          onOpen={(p) => {
            setReports([]);
            setOpen(false);
            onOpen(p);
          }}
          onRetry={() => void run(reports[0].data, reports[0].name, true)}
          more={reports.length - 1}
        />
      )}
      {dragging && (
        <div className="bundle-drop" aria-hidden="true">
          <span>{t('dropHere')}</span>
        </div>
      )}
      {notice && (
        <div className="bundle-notice" role="alert">
          {notice.key ? t(notice.key, { name: notice.name }) : notice.said && coreText(notice.said)}
          <button type="button" className="bundle-close" aria-label={t('close')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}

/** Base64 characters per call: the browser-mode host refuses requests over 32 MB. */
const BATCH_CHARS = 24 * 1024 * 1024;

function batches<T extends { data: string }>(files: T[]): T[][] {
  const out: T[][] = [];
  let size = Infinity;
  for (const f of files) {
    if (size + f.data.length > BATCH_CHARS || out[out.length - 1].length >= MANY_FILES) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(f);
    size += f.data.length;
  }
  return out;
}
