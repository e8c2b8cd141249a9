// The bundles and institutions page: who we are and our key's fingerprint, Export bundle and
// Import bundle, the institutions with their trust state, and (coordinator) inviting an
// institution or (a fresh workspace) joining from an invitation. A modal <dialog>.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView, InstitutionView } from '../../../shared/api/bundle-types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { downloadBase64, pickBundle, pickBundles, readAsBase64 } from './files';
import { InstitutionsTable } from './InstitutionsTable';
import { PassphrasePrompt } from './PassphrasePrompt';
import { RenameForm } from './RenameForm';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  /** Bumped by the parent after each import, so the list shows the last bundle at once. */
  version: number;
  onClose: () => void;
  onImport: (files: File[]) => void;
  /** Our institution's name changed (the header shows it). */
  onRenamed: () => void;
}

interface Pending {
  mode: 'new' | 'existing';
  label: string;
  run: (passphrase: string) => Promise<CoreSaid | null>;
}

export function BundlesDialog({ version, onClose, onImport, onRenamed }: Props) {
  const { t } = useTranslation('bundles');
  const coreText = useCoreText();
  const [me, setMe] = useState<IdentityView | null>(null);
  const [list, setList] = useState<InstitutionView[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [renaming, setRenaming] = useState(false);
  // Focus goes back to "Rename…" when the form closes, not to the top of the page.
  const renameButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const stopRenaming = () => {
    refocus.current = true;
    setRenaming(false);
  };
  useEffect(() => {
    if (renaming || !refocus.current) return;
    refocus.current = false;
    renameButton.current?.focus();
  }, [renaming]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<CoreSaid | null>(null);
  const [invite, setInvite] = useState({ name: '', paragraphs: '' });
  const joined = useRef(false);

  const refresh = useCallback(async () => {
    const [a, b] = await Promise.all([api['identity.get']({}), api['institution.list']({})]);
    if (a.ok) setMe(a.value);
    if (b.ok) setList(b.value);
    if (!a.ok || !b.ok) setError(!a.ok ? a : !b.ok ? b : null);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh, version]);

  const done = (text: string | null) => {
    setPending(null);
    setError(null);
    setMessage(text);
    void refresh();
    return null;
  };
  const keyMode = (): Pending['mode'] => (me?.key ? 'existing' : 'new');

  const startExport = () =>
    setPending({
      mode: keyMode(),
      label: t('exportBundle'),
      run: async (passphrase) => {
        const r = await api['bundle.export']({ passphrase });
        if (!r.ok) return r;
        downloadBase64(r.value.fileName, r.value.data);
        const sent = t('exported', { seq: r.value.sequence, file: r.value.fileName, answers: t('answers', { count: r.value.answers }), size: Math.max(1, Math.round(r.value.bytes / 1024)) });
        return done(r.value.notSent.length > 0 ? `${sent} ${t('notSent', { list: r.value.notSent.join(', ') })}` : sent);
      },
    });
  const startImport = async () => {
    const files = await pickBundles();
    if (files.length > 0) onImport(files);
  };
  const startInvite = async (e: FormEvent) => {
    e.preventDefault();
    // A mistyped name or paragraph list is told here, before the passphrase is asked for.
    const checked = await api['institution.checkInvite']({ institution: invite.name, paragraphs: invite.paragraphs });
    if (!checked.ok) {
      setPending(null);
      setMessage(null);
      return setError(checked);
    }
    setError(null);
    setPending({
      mode: keyMode(),
      label: `${t('invite')}: ${invite.name}`,
      run: async (passphrase) => {
        const r = await api['institution.invite']({ institution: invite.name, paragraphs: invite.paragraphs, passphrase });
        if (!r.ok) return r;
        downloadBase64(r.value.fileName, r.value.data);
        setInvite({ name: '', paragraphs: '' });
        return done(t('invited', { name: r.value.institution, file: r.value.fileName, fp: r.value.coordinatorFingerprint }));
      },
    });
  };
  const startJoin = async () => {
    const file = await pickBundle();
    if (!file) return;
    const data = await readAsBase64(file);
    setPending({
      mode: 'new',
      label: `${t('join')}: ${file.name}`,
      run: async (passphrase) => {
        const r = await api['workspace.join']({ data, passphrase });
        if (!r.ok) return r;
        joined.current = true;
        return done(t('joined', { name: r.value.institution, coordinator: r.value.coordinator, fp: r.value.fingerprint }));
      },
    });
  };
  const startCreate = () =>
    setPending({
      mode: 'new',
      label: t('createKey'),
      run: async (passphrase) => {
        const r = await api['identity.create']({ passphrase });
        return r.ok ? done(t('keyCreated', { fp: r.value.key?.fingerprint ?? '' })) : r;
      },
    });
  const startRotate = () =>
    setPending({
      mode: 'existing',
      label: t('rotateKey'),
      run: async (passphrase) => {
        const r = await api['identity.rotate']({ passphrase });
        return r.ok ? done(t('rotated', { fp: r.value.key?.fingerprint ?? '' })) : r;
      },
    });

  const close = () => {
    onClose();
    // A joined workspace has another list of issues and another name: start the app over on it.
    if (joined.current) location.reload();
  };
  const coordinator = me?.role === 'coordinator';
  return (
    <ModalDialog kind="bundle" title={t('title')} titleId="bundles-title" closeLabel={t('close')} onClose={close}>
        {me && (
          <section className="bundle-self" aria-label={t('thisWorkspace')}>
            <p>
              <strong>{me.institution}</strong> · {coordinator ? t('roleCoordinator') : t('roleDrafter')}
              {!coordinator && me.paragraphs.length > 0 && <> · {t('yourParagraphs', { list: me.paragraphs.join(', ') })}</>}
              {me.renameRefusal === null && !renaming && (
                <button ref={renameButton} type="button" className="link-button" onClick={() => setRenaming(true)}>
                  {t('rename')}
                </button>
              )}
            </p>
            {me.renameRefusal === null && !renaming && <p className="bundle-hint">{t('renameHint')}</p>}
            {renaming && (
              <RenameForm
                current={me.institution}
                onCancel={() => stopRenaming()}
                onRefused={() => void refresh()}
                onRenamed={(view, text) => {
                  setMe(view);
                  stopRenaming();
                  done(text);
                  onRenamed();
                }}
              />
            )}
            {!coordinator && <p className="bundle-hint">{t('reinviteHint')}</p>}
            {me.key ? (
              <p>
                {t('yourKey')}: <span className="fingerprint" data-testid="own-fingerprint">{me.key.fingerprint}</span>
                {!coordinator && (
                  <button type="button" className="link-button" onClick={startRotate}>
                    {t('rotateKey')}
                  </button>
                )}
              </p>
            ) : (
              <p className="bundle-hint">
                {t('noKey')}{' '}
                {coordinator && (
                  <button type="button" className="link-button" onClick={startCreate}>
                    {t('createKey')}
                  </button>
                )}
              </p>
            )}
          </section>
        )}
        <div className="bundle-actions">
          <button type="button" className="primary" onClick={startExport} disabled={!me}>
            {t('exportBundle')}
          </button>
          <button type="button" className="primary" onClick={() => void startImport()}>
            {t('importBundle')}
          </button>
          <span className="bundle-hint">{t('dropHint')}</span>
        </div>
        {pending && <PassphrasePrompt key={pending.label} mode={pending.mode} label={pending.label} onSubmit={pending.run} onCancel={() => setPending(null)} />}
        {message && (
          <p className="bundle-ok" role="status">
            {message}
          </p>
        )}
        {error && (
          <p className="bundle-error" role="alert">
            {coreText(error)}
          </p>
        )}
        <h3>{t('institutions')}</h3>
        <InstitutionsTable institutions={list} coordinator={coordinator} onChanged={(m, e) => (e ? setError(e) : done(m))} />
        {coordinator && (
          <form className="bundle-invite" onSubmit={(e) => void startInvite(e)} aria-label={t('invite')}>
            <h3>{t('invite')}</h3>
            <label>
              {t('inviteName')}
              <input value={invite.name} onChange={(e) => setInvite({ ...invite, name: e.target.value })} required maxLength={200} />
            </label>
            <label>
              {t('inviteParagraphs')}
              <input value={invite.paragraphs} onChange={(e) => setInvite({ ...invite, paragraphs: e.target.value })} required maxLength={500} />
            </label>
            <button type="submit" className="secondary">
              {t('inviteDo')}
            </button>
          </form>
        )}
        {me?.canJoin && (
          <section className="bundle-join" aria-label={t('join')}>
            <h3>{t('join')}</h3>
            <p className="bundle-hint">{t('joinExplain')}</p>
            <button type="button" className="secondary" onClick={() => void startJoin()}>
              {t('joinDo')}
            </button>
          </section>
        )}
    </ModalDialog>
  );
}
