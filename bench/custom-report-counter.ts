import type { ApiClient } from '../app/core/contract';
import { billParams, makeCarts, type Cart } from './bill-carts';
import { summarize, type Summary } from './lib/stats';

/** A cashier's pace, very quick: a bill every 25 ms (a real counter posts one every few seconds), so a job of seconds sees many. */
const GAP_MS = 25;
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
  const carts: Cart[] = await makeCarts(client, 40);
  let n = 0;
  const post = async () => {
    const cart = carts[n % carts.length];
    if (!cart) throw new Error('no carts');
    const started = performance.now();
    await client.call('billing.postInvoice', billParams(cart, n++));
    return performance.now() - started;
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, GAP_MS));
  for (let i = 0; i < 10; i++) await post();
  return {
    async idle() {
      const times: number[] = [];
      for (let i = 0; i < IDLE_BILLS; i++) {
        times.push(await post());
        await pause();
      }
      return summarize(times);
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
      const counter = (async () => {
        const times: number[] = [];
        while (!finished) {
          times.push(await post());
          await pause();
        }
        return times;
      })();
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
