import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { formatInr } from '../../core/format';
import type { CatalogSnapshot } from '../../core/contract/areas/orders';
import type { BaseHeaders } from '../transports/http-api';
import { escapeHtml as escape, PAGE_POLICY } from '../../../sync-server';

/**
 * The catalog page may show product pictures from the web (the shop's image links) and nothing
 * else foreign: scripts, data and forms stay on this host.
 */
export function catalogHeaders(base: BaseHeaders): BaseHeaders {
  return {
    ...base,
    'content-security-policy': PAGE_POLICY,
    'cross-origin-resource-policy': 'cross-origin',
  };
}

let shell: { file: string; mtimeMs: number; html: string } | null = null;

function readShell(staticDir: string | undefined): string | null {
  if (!staticDir) return null;
  const file = join(staticDir, 'catalog.html');
  if (!existsSync(file)) return null;
  const { mtimeMs } = statSync(file);
  if (!shell || shell.file !== file || shell.mtimeMs !== mtimeMs) shell = { file, mtimeMs, html: readFileSync(file, 'utf8') };
  return shell.html;
}

export interface PageMeta {
  /** what the page shows before its script runs: the shop's name and address (the largest paint on a phone) */
  shopName: string;
  address: string;
  title: string;
  description: string;
  image: string | null;
  url: string;
}

/** Open Graph tags for WhatsApp's preview: a product's name, price and picture, or the shop's name. */
export function metaFor(snapshot: CatalogSnapshot, origin: string, productId: string | null): PageMeta {
  const shop = snapshot.shop;
  const product = productId === null ? undefined : snapshot.products.find((p) => p.id === productId);
  const first = { shopName: shop.name, address: shop.address };
  if (!product) return { ...first, title: shop.name, description: `${shop.address} · ${shop.settings.hours}`, image: null, url: `${origin}/shop/` };
  const save = product.m !== null && product.m > product.p ? ` (MRP ${formatInr(product.m)})` : '';
  return {
    ...first,
    title: `${product.n} ${product.k} · ${formatInr(product.p)}`,
    description: `${formatInr(product.p)}${save} · ${shop.name}`,
    image: product.i,
    url: `${origin}/shop/p/${encodeURIComponent(product.id)}`,
  };
}

/**
 * On a slow phone the page must not wait for its script and then its data to show anything: the
 * snapshot is fetched beside the script (preload), and the shop's name and address are in the HTML
 * itself, laid out as the script draws them, so the first paint is the page's largest.
 */
export function firstPaint(html: string, base: string, first: { shopName: string; address: string }): string {
  const preload = `<link rel="preload" href="${base}/snapshot.json" as="fetch" crossorigin="anonymous">`;
  const shell =
    `<div id="app" data-base="${base}"><header><a href="${base}/" class="home"><h1>${escape(first.shopName)}</h1></a></header>` +
    `<div><main><section class="shop"><p>${escape(first.address)}</p></section></main></div></div>`;
  return html.replace('</head>', `${preload}</head>`).replace('<div id="app"></div>', shell);
}

export function sendCatalogPage(res: ServerResponse, base: BaseHeaders, staticDir: string | undefined, meta: PageMeta) {
  const html = readShell(staticDir);
  if (!html) {
    res.writeHead(404, { ...base, 'content-type': 'text/plain; charset=utf-8' });
    return res.end('The catalog is not built: run npm run build');
  }
  const tags = [
    `<title>${escape(meta.title)}</title>`,
    `<meta property="og:title" content="${escape(meta.title)}">`,
    `<meta property="og:description" content="${escape(meta.description)}">`,
    `<meta property="og:url" content="${escape(meta.url)}">`,
    `<meta property="og:type" content="product">`,
    ...(meta.image ? [`<meta property="og:image" content="${escape(meta.image)}">`] : []),
  ].join('');
  // The page is served at /shop/… while its assets sit at the root (the build's base is relative for Electron).
  const page = firstPaint(html.replace(/<title>[^<]*<\/title>/, tags).replaceAll('"./assets/', '"/assets/'), '/shop', meta);
  res.writeHead(200, {
    ...catalogHeaders(base),
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(page)),
    'cache-control': 'no-cache',
  });
  res.end(page);
}
