// Where the user is, kept in the URL hash so that reload and back/forward return there:
// #/p/5 (a paragraph) or #/dashboard.
import { useCallback, useEffect, useState } from 'react';

export type Route = { view: 'paragraph'; ref: string | null } | { view: 'dashboard' };

function parse(hash: string): Route {
  if (hash === '#/dashboard') return { view: 'dashboard' };
  return { view: 'paragraph', ref: /^#\/p\/(\d{1,3})$/.exec(hash)?.[1] ?? null };
}
const format = (r: Route) => (r.view === 'dashboard' ? '#/dashboard' : r.ref ? `#/p/${r.ref}` : '');

export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((r: Route) => {
    const hash = format(r);
    if (hash && location.hash !== hash) history.pushState(null, '', hash);
    setRoute(r);
  }, []);
  return [route, go];
}
