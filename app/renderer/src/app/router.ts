import { useEffect, useState } from 'react';

/** Screens are addressed by the URL hash (#/counter, #/settings/printer): works in Electron and any browser. */
export function currentPath(): string {
  return location.hash.replace(/^#/, '') || '/counter';
}

export function navigate(path: string) {
  location.hash = path;
}

export function usePath(): string {
  // The raw hash, not the path: from no hash (the owner's dashboard) to #/counter the path reads
  // '/counter' both times, and a state that did not change would keep the dashboard on screen.
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash.replace(/^#/, '') || '/counter';
}

/** "/accounting/ledger?account=CASH" → the page and its query. */
export function splitPath(path: string): { page: string; search: URLSearchParams } {
  const [page = '', query = ''] = path.split('?');
  return { page, search: new URLSearchParams(query) };
}
