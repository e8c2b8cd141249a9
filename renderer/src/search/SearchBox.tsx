// Search across questions and answers from the header. Results show the matches highlighted;
// choosing one opens its paragraph and puts the cursor in the matching answer.
import { forwardRef, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/types';
import { api } from '../api/client';

interface Props {
  onOpen: (hit: SearchHit) => void;
}

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ onOpen }, inputRef) {
  const { t } = useTranslation('search');
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [active, setActive] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) return setHits(null);
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      void api['search.query']({ q: query, limit: 30 }).then((r) => {
        if (mine !== seq.current) return;
        setHits(r.ok ? r.value : []);
        setActive(0);
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [q]);

  const open = (hit: SearchHit) => {
    setHits(null);
    onOpen(hit);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!hits || hits.length === 0) return;
    if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') open(hits[active]);
    else if (e.key === 'Escape') setHits(null);
    else return;
    e.preventDefault();
  };

  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        value={q}
        placeholder={t('placeholder')}
        aria-label={t('label')}
        aria-controls="search-results"
        aria-expanded={hits !== null}
        aria-activedescendant={hits && hits.length > 0 ? `search-hit-${active}` : undefined}
        role="combobox"
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {hits && (
        <ul id="search-results" className="search-results" role="listbox" aria-label={t('results')}>
          {hits.length === 0 && <li className="muted">{t('none')}</li>}
          {hits.map((h, i) => (
            <li
              key={`${h.kind}:${h.ref}`}
              id={`search-hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                open(h);
              }}
            >
              <span className="hit-label">
                {h.label} <span className="hit-kind">{t(h.kind)}</span>
              </span>
              <span className="hit-snippet">
                {h.snippet.map((s, k) => (s.match ? <mark key={k}>{s.text}</mark> : <span key={k}>{s.text}</span>))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
