// The dashboard's line on merging: how many conflicts are open, in which answers, with links.
import { useTranslation } from 'react-i18next';
import { useConflicts } from './use-conflicts';

export function ConflictSummary({ onOpen }: { onOpen: (paragraph: string, ref: string) => void }) {
  const { t } = useTranslation('conflicts');
  const { list } = useConflicts();
  if (list === null) return null;
  const byRef = new Map<string, { label: string; count: number }>();
  for (const c of list) byRef.set(c.ref, { label: c.label, count: (byRef.get(c.ref)?.count ?? 0) + 1 });
  return (
    <section className="conflict-summary" aria-labelledby="conflict-summary-title">
      <h2 id="conflict-summary-title">{t('summaryTitle', { count: list.length })}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('summaryNone')}</p>
      ) : (
        <ul>
          {[...byRef].map(([ref, e]) => (
            <li key={ref}>
              <button type="button" className="link-button" onClick={() => onOpen(/^\d+/.exec(ref)?.[0] ?? ref, ref)}>
                {t('inParagraph', { label: e.label })}
              </button>{' '}
              <span className="muted">{t('marker', { count: e.count })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
