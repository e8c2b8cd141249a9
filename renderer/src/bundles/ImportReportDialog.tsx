// What an import did, right after it: which answers moved forward, merged or conflict, which were
// not taken and why, or why the bundle was refused; for a drafter taking a newer invitation, its
// paragraphs now. A refusal for a key not yet confirmed offers the confirmation on the spot.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, Reassignment } from '../../../shared/api/bundle-types';
import { formatDateTime } from '../i18n';
import { useCoreText } from '../i18n/core-text';
import { TrustForm } from './TrustForm';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  report: ImportReport;
  /** The file the report is about: several may be imported at once. */
  fileName?: string;
  canTrust: boolean;
  onClose: () => void;
  onOpen: (paragraph: string) => void;
  /** Imports the same file again, after its key was confirmed. */
  onRetry: () => void;
  /** Reports of files imported together that wait behind this one. */
  more: number;
}

const paragraphOf = (ref: string) => /^\d+/.exec(ref)?.[0] ?? ref;

/** Paragraph links, one per paragraph, with a comma between them so "5, 6, 7" never reads "567". */
function RefLinks({ refs, onOpen, title }: { refs: string[]; onOpen: (paragraph: string) => void; title?: (ref: string) => string }) {
  if (refs.length === 0) return <>—</>;
  return (
    <>
      {refs.map((ref, i) => (
        <Fragment key={ref}>
          {i > 0 && ', '}
          <button type="button" className="link-button" title={title?.(ref)} onClick={() => onOpen(paragraphOf(ref))}>
            {ref}
          </button>
        </Fragment>
      ))}
    </>
  );
}

/** The paragraphs a newer invitation assigns to this workspace, what changed, and what became of the text of those it lost. */
function Assignment({ assignment: a }: { assignment: Reassignment }) {
  const { t } = useTranslation('bundles');
  const list = a.paragraphs.join(', ') || '—';
  const dropped = a.olderThan ? [] : a.was.filter((p) => !a.paragraphs.includes(p));
  const text = a.olderThan
    ? t('olderInvitation', { list })
    : a.paragraphs.join() === a.was.join()
      ? t('stillAssigned', { list })
      : t('nowAssigned', { list, was: a.was.join(', ') || '—' });
  return (
    <p className="bundle-ok" data-testid="assignment">
      {text}
      {dropped.length > 0 && <> {t('droppedKept', { list: dropped.join(', ') })}</>}
    </p>
  );
}

export function ImportReportDialog({ report: r, fileName, canTrust, onClose, onOpen, onRetry, more }: Props) {
  const { t, i18n } = useTranslation('bundles');
  const coreText = useCoreText();
  const [trusting, setTrusting] = useState(false);
  const [trusted, setTrusted] = useState<string | null>(null);

  const headline = r.own
    ? t(r.outcome === 'accepted' ? 'reportOwnTaken' : 'reportOwnUnchanged', { seq: r.sequence })
    : r.outcome === 'accepted'
      ? t(r.assignment ? 'reportInvitation' : 'reportAccepted', { seq: r.sequence, name: r.signer?.institution ?? '' })
      : r.outcome === 'unchanged'
        ? r.sequence !== null && r.createdAt
          ? t(r.olderThan ? 'reportOlderBundle' : r.reusesNumber ? 'reportReusedNumber' : 'reportUnchangedBundle', {
              seq: r.sequence, name: r.signer?.institution ?? r.signer?.institutionId ?? '', made: formatDateTime(r.createdAt, i18n.language),
              newer: r.olderThan, when: r.importedAt ? formatDateTime(r.importedAt, i18n.language) : '',
            })
          : t('reportUnchanged')
        : t('reportRejected');
  const lists: Array<[string, string[]]> = [
    [t('updated'), r.fastForwarded],
    [t('merged'), r.merged],
    [t('conflicts'), r.conflicts],
    [t('unchangedList'), r.unchanged],
  ];
  if (r.rejected.length > 0) lists.push([t('notTaken'), r.rejected.map((x) => x.ref)]);
  const keyProblem = r.reason === 'unknown_signer' || r.reason === 'new_key';
  const institution = r.signer?.institution ?? null;
  const notAssigned = new Set(r.notAssigned ?? []);

  return (
    <ModalDialog kind="bundle" className="bundle-report" title={t('reportTitle')} titleId="bundle-report-title" closeLabel={t('close')} onClose={onClose}>
        <p className={`bundle-outcome outcome-${r.outcome}`} role={r.outcome === 'rejected' ? 'alert' : 'status'} data-outcome={r.outcome}>
          {headline}
        </p>
        {r.reason && <p className="bundle-reason">{t(`reason_${r.reason}`)}</p>}
        {fileName && <p className="bundle-hint bundle-file">{t('reportFile', { name: fileName })}</p>}
        {r.signer && (
          <p className="bundle-hint">
            {institution
              ? t('signedBy', { name: institution, fp: r.signer.fingerprint })
              : t('signedByUnknown', { id: r.signer.institutionId.slice(0, 8), fp: r.signer.fingerprint })}
          </p>
        )}
        {r.outcome === 'accepted' && (r.olderThan || r.reusesNumber) ? (
          <p className="bundle-hint" data-testid="older-note">
            {r.olderThan ? t('olderNote', { newer: r.olderThan }) : t('reusedNote')}
          </p>
        ) : null}
        {r.assignment && <Assignment assignment={r.assignment} />}
        {r.outcome === 'accepted' && (
          <dl className="bundle-summary">
            {lists.map(([label, refs]) => (
              <div key={label} data-list={label}>
                <dt>{label}</dt>
                <dd>
                  <RefLinks refs={refs} onOpen={onOpen} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {r.outcome === 'accepted' && r.rejected.length > 0 && (
          <div className="bundle-refused" data-testid="not-taken">
            <ul>
              {r.rejected.map((x) => (
                <li key={x.ref}>{notAssigned.has(x.ref) ? t('notAssigned', { paragraph: paragraphOf(x.ref), name: institution ?? '' }) : `${x.ref}: ${coreText({ error: x.reason, i18n: x.i18n })}`}</li>
              ))}
            </ul>
            {notAssigned.size > 0 && <p className="bundle-hint">{t('notAssignedHint', { name: institution ?? '' })}</p>}
          </div>
        )}
        {/* The core's own line (as the command line prints it, in the interface's language when it is a refusal) keeps the date of the first import. */}
        {r.outcome !== 'accepted' && r.message && (
          <details className="bundle-details">
            <summary>{t('details')}</summary>
            <p>{coreText({ error: r.message, i18n: r.detail })}</p>
          </details>
        )}
        {keyProblem && canTrust && institution && !trusting && !trusted && (
          <button type="button" className="primary" onClick={() => setTrusting(true)}>
            {t('confirmKey')}
          </button>
        )}
        {trusting && institution && (
          <TrustForm
            institution={institution}
            seen={r.signer?.fingerprint ?? null}
            onCancel={() => setTrusting(false)}
            onTrusted={(m) => {
              setTrusting(false);
              setTrusted(m);
            }}
          />
        )}
        {trusted && (
          <>
            <p className="bundle-ok" role="status">
              {trusted}
            </p>
            <button type="button" className="primary" onClick={onRetry}>
              {t('importAgain')}
            </button>
          </>
        )}
        {more > 0 && (
          <p className="bundle-hint" data-testid="more-reports">
            {t('moreReports', { count: more })}
          </p>
        )}
    </ModalDialog>
  );
}
