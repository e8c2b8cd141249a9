// The institutions of the reporting workspace: paragraphs, trust state, key fingerprints, keys
// waiting for a confirmation, and the last bundle taken from each; the coordinator confirms and
// revokes keys here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionView } from '../../../shared/api/bundle-types';
import { api } from '../api/client';
import { formatDateTime } from '../i18n';
import type { CoreSaid } from '../i18n/core-text';
import { TrustForm } from './TrustForm';

interface Props {
  institutions: InstitutionView[];
  coordinator: boolean;
  onChanged: (message: string | null, error?: CoreSaid) => void;
}

export function InstitutionsTable({ institutions, coordinator, onChanged }: Props) {
  const { t } = useTranslation('bundles');
  const [trusting, setTrusting] = useState<InstitutionView | null>(null);

  const revoke = async (i: InstitutionView) => {
    if (!window.confirm(t('revokeConfirm', { name: i.name }))) return;
    const r = await api['institution.revoke']({ institution: i.name });
    if (r.ok) onChanged(t('revoked', { name: i.name }));
    else onChanged(null, r);
  };

  return (
    <>
      <table className="institutions">
        <thead>
          <tr>
            <th scope="col">{t('colInstitution')}</th>
            <th scope="col">{t('colRole')}</th>
            <th scope="col">{t('colParagraphs')}</th>
            <th scope="col">{t('colTrust')}</th>
            <th scope="col">{t('colFingerprint')}</th>
            <th scope="col">{t('colLastBundle')}</th>
            {coordinator && <th scope="col">{t('colActions')}</th>}
          </tr>
        </thead>
        <tbody>
          {institutions.length === 0 && (
            <tr>
              <td colSpan={coordinator ? 7 : 6} className="bundle-muted">
                {t('noInstitutions')}
              </td>
            </tr>
          )}
          {institutions.map((i) => {
            const key = i.keys.find((k) => k.state === 'trusted') ?? i.keys.at(-1);
            return (
              <tr key={i.id} data-institution={i.name}>
                <th scope="row">
                  {i.name}
                  {i.self && <span className="bundle-muted"> ({t('selfRow')})</span>}
                </th>
                <td>{i.role === 'coordinator' ? t('roleCoordinator') : t('roleDrafter')}</td>
                <td>{i.paragraphs.join(', ') || '—'}</td>
                <td>
                  {!i.self && (
                    <span className={`trust trust-${i.trust}`} data-trust={i.trust}>
                      {t(`trust_${i.trust}`)}
                    </span>
                  )}
                </td>
                <td className="fingerprint">
                  {i.self ? '' : key ? key.fingerprint : ''}
                  {i.pending.map((p) => (
                    <div key={p.keyId} className="bundle-muted">
                      {t('keySeen', { fp: p.fingerprint })}
                    </div>
                  ))}
                </td>
                <td>
                  {i.lastBundle ? t('lastBundle', { seq: i.lastBundle.sequence, when: formatDateTime(i.lastBundle.importedAt) }) : i.self ? '' : t('noBundleYet')}
                  {i.lastAttempt?.outcome === 'rejected' && <div className="bundle-muted">{t('lastRefused', { when: formatDateTime(i.lastAttempt.at) })}</div>}
                </td>
                {coordinator && (
                  <td>
                    <div className="row-actions">
                      {!i.self && i.pending.length > 0 && (
                        <button type="button" className="secondary" onClick={() => setTrusting(i)}>
                          {t('trust')}
                        </button>
                      )}
                      {!i.self && i.trust === 'trusted' && (
                        <button type="button" className="secondary danger" onClick={() => void revoke(i)}>
                          {t('revoke')}
                        </button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {trusting && (
        <TrustForm
          institution={trusting.name}
          seen={trusting.pending[0]?.fingerprint ?? null}
          onCancel={() => setTrusting(null)}
          onTrusted={(m) => {
            setTrusting(null);
            onChanged(m);
          }}
        />
      )}
    </>
  );
}
