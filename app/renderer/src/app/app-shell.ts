/**
 * Installs the app shell (sw.js, made by the build) so a reload with the counter out of reach still
 * opens the screens. Browsers allow a service worker only in a secure context: https, or this PC's
 * own loopback address (docs/sync.md, "Devices offline"). The desktop window loads from disk and
 * needs none.
 */
export function installAppShell() {
  if (window.smartKirana || !window.isSecureContext || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without the shell the app still works online; nothing to tell the cashier.
  });
}
