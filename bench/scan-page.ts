/**
 * The in-page probe for the scan benchmark, as source text (bench/ is type-checked against Node,
 * not the DOM). Added with addInitScript it runs before the app's scripts, so its keydown
 * listener is the first on window in the capture phase and notes the scan's Enter before the
 * scanner hook sees it; a MutationObserver notes when a new cart row is in the DOM.
 *
 * Per scan: ms from the Enter keydown's event.timeStamp (fromEvent) and from this listener's
 * performance.now() (fromHandler) to the observer's callback; and the resource timing of every
 * catalog.byBarcode request, to split a scan's time into before / during / after the round trip.
 *
 * The harness waits through __scanProbe.until(…), a promise checked on DOM mutations, so nothing
 * of the harness runs in the page while a scan is being handled (polling from outside would).
 */
export const SCAN_PROBE = `(() => {
  const rows = () => document.querySelectorAll('[data-testid="cart-line"]').length;
  const probe = { armed: false, pending: null, samples: [], lookups: [] };
  const waiters = new Set();
  const checks = {
    sample: (n) => probe.samples.length >= n ? 'row' : document.querySelector('[role="dialog"]') ? 'dialog' : null,
    rows: (n) => rows() === n ? 'ok' : null,
    quoted: () => [...document.querySelectorAll('.cart td.amount')].some((td) => td.textContent === '…') ? null : 'ok',
    ready: () => document.activeElement?.getAttribute('aria-label') === 'Search' ? 'ok' : null,
  };
  const settle = () => {
    for (const w of waiters) {
      const r = checks[w.name](w.arg);
      if (r) { waiters.delete(w); w.resolve(r); }
    }
  };
  probe.until = (name, arg, timeoutMs = 10000) => new Promise((resolve) => {
    const w = { name, arg, resolve };
    waiters.add(w);
    settle();
    setTimeout(() => { if (waiters.delete(w)) resolve('timeout'); }, timeoutMs);
  });
  window.__scanProbe = probe;
  // Focus moves without a DOM mutation; a slow re-check catches it (only outside a scan's handling matters).
  setInterval(settle, 50);
  window.addEventListener('keydown', (e) => {
    if (probe.armed && e.key === 'Enter') probe.pending = { fromEvent: e.timeStamp, fromHandler: performance.now(), rows: rows() };
  }, { capture: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.includes('catalog.byBarcode')) probe.lookups.push({ start: e.startTime, end: e.responseEnd });
  }).observe({ type: 'resource' });
  new MutationObserver(() => {
    const p = probe.pending;
    if (p && rows() > p.rows) {
      const end = performance.now();
      probe.samples.push({ at: p.fromEvent, fromEvent: end - p.fromEvent, fromHandler: end - p.fromHandler });
      probe.pending = null;
    }
    settle();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export interface ScanSample {
  /** the Enter keydown's event.timeStamp */
  at: number;
  fromEvent: number;
  fromHandler: number;
}

/** Resource timing of each catalog.byBarcode request (page clock) */
export interface Lookup {
  start: number;
  end: number;
}

/** Page-side expressions the benchmark evaluates. */
export const probe = {
  arm: 'window.__scanProbe.armed = true',
  /** a scan that did not become a row (a split burst): forget it */
  disarmPending: 'window.__scanProbe.pending = null',
  samples: 'window.__scanProbe.samples',
  lookups: 'window.__scanProbe.lookups',
  rows: 'document.querySelectorAll(\'[data-testid="cart-line"]\').length',
  until: (name: 'sample' | 'rows' | 'quoted' | 'ready', arg = 0, timeoutMs = 10_000) =>
    `window.__scanProbe.until(${JSON.stringify(name)}, ${arg}, ${timeoutMs})`,
};
