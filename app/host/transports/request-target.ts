/**
 * The request line's target, read without ever throwing. The host is not a proxy: only the
 * origin form ("/path?query") is accepted; the absolute form ("http://…"), "*" and anything
 * `new URL` or `decodeURIComponent` would throw on come back as null, answered with 400.
 */
export interface RequestTarget {
  /** the path exactly as sent (still percent-encoded) */
  rawPath: string;
  /** the path with %XX decoded; no NUL bytes */
  path: string;
  query: URLSearchParams;
}

const MAX_TARGET = 8 * 1024;

/** decodeURIComponent that answers null for a stray '%', a bad escape or broken UTF-8. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function parseTarget(raw: string | undefined): RequestTarget | null {
  if (raw === undefined || raw.length === 0 || raw.length > MAX_TARGET || !raw.startsWith('/') || raw.startsWith('//')) return null;
  const hash = raw.indexOf('#');
  const target = hash === -1 ? raw : raw.slice(0, hash);
  const mark = target.indexOf('?');
  const rawPath = mark === -1 ? target : target.slice(0, mark);
  const path = safeDecode(rawPath);
  if (path === null || path.includes('\0') || path.includes('\\')) return null;
  let query: URLSearchParams;
  try {
    // URLSearchParams never throws on bad escapes (it keeps them), but a query must still decode.
    const search = mark === -1 ? '' : target.slice(mark + 1);
    if (safeDecode(search.replace(/\+/g, ' ')) === null) return null;
    query = new URLSearchParams(search);
  } catch {
    return null;
  }
  return { rawPath, path, query };
}
