import type { ApiClient } from '../app/core/contract';
import { billParams, makeCarts, type Cart } from './bill-carts';

/** A cashier's pace, very quick: a bill every 25 ms (a real counter posts one every few seconds), so a job of seconds sees hundreds. */
const GAP_MS = 25;

/** A cashier billing 40 carts in turn through one client, a pace apart, timing each bill. */
export interface QuickCashier {
  /** posts `count` bills; answers their times in ms */
  bills(count: number): Promise<number[]>;
  /** posts bills until `stop()` says so; answers their times in ms */
  billsUntil(stop: () => boolean): Promise<number[]>;
}

/** Prices the carts, then posts `warmUp` bills untimed, so the timed ones start on a warm host. */
export async function quickCashier(client: ApiClient, warmUp: number): Promise<QuickCashier> {
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
  for (let i = 0; i < warmUp; i++) await post();
  return {
    async bills(count) {
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        times.push(await post());
        await pause();
      }
      return times;
    },
    async billsUntil(stop) {
      const times: number[] = [];
      while (!stop()) {
        times.push(await post());
        await pause();
      }
      return times;
    },
  };
}
