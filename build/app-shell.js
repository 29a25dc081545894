// The installed app shell: a service worker, written into the build with the list of the files it
// keeps, so a tablet or phone that loaded the screens once opens them again after a reload with
// the counter out of reach (docs/sync.md, "Devices offline"). Runs only in a secure context.
import { createHash } from 'node:crypto';

/** The worker itself; serialised into sw.js with its file list and version. */
function worker(self, files, version) {
  const CACHE = `sk-shell-${version}`;
  const SHELL = './index.html';
  const scope = new URL(self.registration.scope);
  const kept = new Set(files.map((f) => new URL(f, scope).pathname));
  // The API, the event and sync sockets, health and documents always go to the network.
  const live = /^\/(api\/|events|sync\/|healthz|invoices?\/|pay\/)/;

  self.addEventListener('install', (event) => {
    event.waitUntil(
      self.caches
        .open(CACHE)
        .then((cache) => cache.addAll([SHELL, ...files]))
        .then(() => self.skipWaiting()),
    );
  });
  self.addEventListener('activate', (event) => {
    event.waitUntil(
      self.caches
        .keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sk-shell-') && k !== CACHE).map((k) => self.caches.delete(k))))
        .then(() => self.clients.claim()),
    );
  });
  self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== scope.origin || live.test(url.pathname)) return;
    if (request.mode === 'navigate') {
      // The newest screens when the host answers; the kept shell when it does not.
      event.respondWith(
        self.fetch(request).catch(() =>
          self.caches
            .open(CACHE)
            .then((cache) => cache.match(SHELL))
            .then((hit) => hit ?? Response.error()),
        ),
      );
    } else if (kept.has(url.pathname)) {
      event.respondWith(
        self.caches
          .open(CACHE)
          .then((cache) => cache.match(request))
          .then((hit) => hit ?? self.fetch(request)),
      );
    }
  });
}

/** Which built files the shell keeps: code, styles, the Latin and Devanagari fonts (not every subset). */
export function keptFiles(names) {
  return names
    .filter((n) => /\.(js|css|wasm)$/.test(n) || (/\.woff2$/.test(n) && /(latin|devanagari)-(400|500|600|700)-normal/.test(n) && !/-ext-/.test(n)))
    .filter((n) => n !== 'sw.js')
    .sort();
}

export function serviceWorkerSource(files) {
  const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  return `'use strict';\n(${worker.toString()})(self, ${JSON.stringify(files.map((f) => `./${f}`))}, ${JSON.stringify(version)});\n`;
}

/** The Vite plugin: emits sw.js beside index.html with what this build produced. */
export function appShell() {
  return {
    name: 'smartkirana-app-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(keptFiles(Object.keys(bundle))) });
    },
  };
}
