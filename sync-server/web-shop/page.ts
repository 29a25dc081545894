import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What a customer's phone may load besides the page (the counter's LAN catalog sends the same): the built catalog's own scripts and styles, and pictures from the web. */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https: http:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The catalog page at /<slug>: the built catalog.html with the shop's Open Graph words, its base,
 * the snapshot preloaded beside the script, and the shop's name and address in the HTML itself
 * (the first paint on a slow phone), as the counter host serves it on the Wi-Fi.
 */
export function sendShopPage(res: ServerResponse, shell: string | undefined, slug: string, title: string, address: string) {
  const base = `/${slug}`;
  const tags = `<title>${escapeHtml(title)}</title><meta property="og:title" content="${escapeHtml(title)}"><meta property="og:description" content="${escapeHtml(address)}"><meta property="og:type" content="website">`;
  const first =
    `<div id="app" data-base="${base}"><header><a href="${base}/" class="home"><h1>${escapeHtml(title)}</h1></a></header>` +
    `<div><main><section class="shop"><p>${escapeHtml(address)}</p></section></main></div></div>`;
  const page = shell
    ? shell
        .replace(/<title>[^<]*<\/title>/, tags)
        .replaceAll('"./assets/', '"/assets/')
        .replace('</head>', `<link rel="preload" href="${base}/snapshot.json" as="fetch" crossorigin="anonymous"></head>`)
        .replace('<div id="app"></div>', first)
    : `<!doctype html><html><head><meta charset="utf-8">${tags}</head><body>${first}</body></html>`;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': PAGE_POLICY,
  });
  res.end(page);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** /assets/<file> from the built renderer: names are the build's hashed ones, so they are cached for good. */
export function serveAsset(req: IncomingMessage, res: ServerResponse, assetsDir: string | undefined, name: string): boolean {
  const type = TYPES[extname(name)];
  if (!assetsDir || !type || !/^[A-Za-z0-9_.-]{1,120}$/.test(name) || name.startsWith('.')) return false;
  const file = join(assetsDir, name);
  if (!existsSync(file)) return false;
  const body = readFileSync(file);
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(body.length),
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** The built customer catalog (npm run build) the relay serves at /<slug>, when it is there. */
export function catalogPage(dir: string): { shell?: string; assetsDir?: string } {
  const html = join(dir, 'catalog.html');
  return existsSync(html) ? { shell: readFileSync(html, 'utf8'), assetsDir: join(dir, 'assets') } : {};
}
