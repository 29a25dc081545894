import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { sendText, type BaseHeaders } from './http-api';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The built screens. `path` is already decoded (and free of NUL and backslashes); anything that
 * would leave the folder is refused, and source maps are never served even if a build left one.
 */
export function serveStatic(staticDir: string | undefined, path: string, res: ServerResponse, base: BaseHeaders) {
  if (!staticDir || !existsSync(staticDir)) return sendText(res, base, 404, 'The screens are not built: run npm run build');
  if (path.endsWith('.map')) return sendText(res, base, 404, 'Not found');
  const root = resolve(staticDir);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return sendText(res, base, 403, 'Forbidden');
  // Client-side routes fall back to the app shell.
  let stat = existsSync(file) ? statSync(file) : null;
  if (!stat || !stat.isFile()) {
    file = join(root, 'index.html');
    stat = existsSync(file) ? statSync(file) : null;
    if (!stat) return sendText(res, base, 404, 'Not found');
  }
  const immutable = path.startsWith('/assets/');
  res.writeHead(200, {
    ...base,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': String(stat.size),
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  const stream = createReadStream(file);
  // A file removed by a rebuild while it is being sent ends this answer, not the host.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
