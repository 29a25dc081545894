import { useEffect, useState } from 'react';

/** Screens are addressed by the URL hash (#/counter, #/settings/printer): works in Electron and any browser. */
export function currentPath(): string {
  return location.hash.replace(/^#/, '') || '/counter';
}

export function navigate(path: string) {
  location.hash = path;
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

/** "/accounting/ledger?account=CASH" → the page and its query. */
export function splitPath(path: string): { page: string; search: URLSearchParams } {
  const [page = '', query = ''] = path.split('?');
  return { page, search: new URLSearchParams(query) };
}
