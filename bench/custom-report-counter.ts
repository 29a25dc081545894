import type { ApiClient } from '../app/core/contract';
import { quickCashier } from './quick-cashier';
import { summarize, type Summary } from './lib/stats';

const IDLE_BILLS = 120;

/**
 * The counter on the same host as the custom report: bills posted through the in-process client
 * while nothing else runs, and while a report call (the first fill of the lines in memory, or a
 * report after a product moved category) is on its way, with the longest the host's thread was
 * held between two turns of its event loop meanwhile.
 */
export interface SameHostCounter {
  idle(): Promise<Summary>;
  during<T>(work: () => Promise<T>): Promise<{ result: T; wallMs: number; bills: Summary; longestHoldMs: number }>;
}

export async function sameHostCounter(client: ApiClient): Promise<SameHostCounter> {
  const cashier = await quickCashier(client, 10);
  return {
    async idle() {
      return summarize(await cashier.bills(IDLE_BILLS));
    },
    async during(work) {
      let finished = false;
      let longestHoldMs = 0;
      const probe = (async () => {
        let last = performance.now();
        while (!finished) {
          await new Promise((resolve) => setImmediate(resolve));
          const now = performance.now();
          longestHoldMs = Math.max(longestHoldMs, now - last);
          last = now;
        }
      })();
      const counter = cashier.billsUntil(() => finished);
      const started = performance.now();
      const result = await work();
      const wallMs = performance.now() - started;
      finished = true;
      const times = await counter;
      await probe;
      return { result, wallMs: Math.round(wallMs), bills: summarize(times), longestHoldMs: Math.round(longestHoldMs * 10) / 10 };
    },
  };
}
