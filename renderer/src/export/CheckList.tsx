// The pre-export check as a list the user can act on: each unanswered, conflicting or unapproved
// reply (and each whose question a re-import changed) is a link that opens its paragraph; word counts
// stand against their limits.
import { useTranslation } from 'react-i18next';
import { refLabel, refParts } from '../../../shared/export/refs';
import type { ReportCheck } from '../../../shared/export/types';
import { formatNumber } from '../i18n';

interface Props {
  check: ReportCheck;
  onOpen: (paragraph: string, ref: string) => void;
}

function RefLink({ r, label, onOpen }: { r: string; label?: string; onOpen: Props['onOpen'] }) {
  return (
    <button type="button" className="link-button check-ref" onClick={() => onOpen(refParts(r).paragraph, r)}>
      {label ?? refLabel(r)}
    </button>
  );
}

function Group({ title, empty, children, bad }: { title: string; empty: string; bad: boolean; children: React.ReactNode[] }) {
  return (
    <section className={bad ? 'check-group bad' : 'check-group'} aria-label={title}>
      <h4>
        <span aria-hidden="true" className="check-mark">{bad ? '✗' : '✓'}</span> {title}
      </h4>
      {children.length ? <ul className="check-refs">{children.map((c, i) => <li key={i}>{c}</li>)}</ul> : <p className="check-empty">{empty}</p>}
    </section>
  );
}

export function CheckList({ check, onOpen }: Props) {
  const { t, i18n } = useTranslation('export');
  const fmt = (n: number) => formatNumber(n, i18n.language);
  const blocking = check.unanswered.filter((u) => !u.covered);
  const covered = check.unanswered.length - blocking.length;
  return (
    <div className="check-list">
      <p className={check.ready ? 'check-summary ready' : 'check-summary not-ready'} role="status">
        {check.ready ? t('ready') : t('notReady')}
      </p>
      <Group title={t('unanswered', { count: blocking.length })} empty={t('none')} bad={blocking.length > 0}>
        {blocking.map((u) => (
          <RefLink key={u.ref} r={u.ref} onOpen={onOpen} label={u.subitems ? t('withSubitems', { ref: refLabel(u.ref), count: u.subitems }) : undefined} />
        ))}
      </Group>
      {covered > 0 && <p className="check-note">{t('covered', { count: covered })}</p>}
      {/* The conflicts counted one by one, as the Conflicts button, the dashboard and the warning count them; each answer's beside it. */}
      <Group title={t('conflicts', { count: check.conflicts.reduce((n, c) => n + c.count, 0) })} empty={t('none')} bad={check.conflicts.length > 0}>
        {check.conflicts.map((c) => (
          <RefLink key={c.ref} r={c.ref} onOpen={onOpen} label={`${refLabel(c.ref)} (${c.count})`} />
        ))}
      </Group>
      <Group title={t('notApproved', { count: check.notApproved.length })} empty={t('none')} bad={check.notApproved.length > 0}>
        {check.notApproved.map((n) => (
          <span key={n.ref}>
            <RefLink r={n.ref} onOpen={onOpen} /> <span className="check-status">{t(`status_${n.status}`)}</span>
          </span>
        ))}
      </Group>
      {check.questionChanged.length > 0 && (
        <>
          <Group title={t('questionChanged', { count: check.questionChanged.length })} empty={t('none')} bad>
            {check.questionChanged.map((q) => (
              <RefLink key={q.ref} r={q.ref} onOpen={onOpen} />
            ))}
          </Group>
          <p className="check-note">{t('questionChangedHint')}</p>
        </>
      )}
      <Group title={t('words')} empty="" bad={check.words.some((w) => w.over)}>
        {check.words.map((w) => (
          <span key={w.scope} className={w.over ? 'check-words over' : 'check-words'}>
            {w.scope === 'total'
              ? t('wordsTotal', { words: fmt(w.words), limit: fmt(w.limit) })
              : t('wordsSection', { section: w.scope, words: fmt(w.words), limit: fmt(w.limit) })}
            {w.over && ` — ${t('over')}`}
          </span>
        ))}
      </Group>
      {/* What a secretariat counting the file gets: a warning, since the budget above is what decides. */}
      <p className={check.compiled.over ? 'check-note check-compiled over' : 'check-note check-compiled'} data-testid="compiled-words">
        {t(check.compiled.over ? 'compiledOver' : 'compiled', { words: fmt(check.compiled.words), limit: fmt(check.compiled.limit) })}
      </p>
    </div>
  );
}
