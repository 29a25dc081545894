import { join } from 'node:path';
import type { ApiClient } from '../app/core/contract';
import { createHost, type Host } from '../app/host/create-host';
import { billParams, makeCarts, type Cart } from './bill-carts';
import { signIn } from './lib/sign-in';
import { tempDir } from './lib/tmp';

/** A cashier's pace, very quick: a bill every 25 ms (a real counter posts one every few seconds), so a job of seconds sees hundreds. */
const GAP_MS = 25;
/** Bills in each idle window: a p95 of fewer moves with one slow bill. */
export const IDLE_BILLS = 200;

/**
 * The counter beside the insights job: a host on its own shop file posts bills through the
 * in-process client while idle, then again while the job runs on its worker, then idle again, so
 * the p95 during the job can be set beside the idle windows on either side of it.
 */
export interface Counter {
  /** the counter host's requests in flight, for the job's thread to yield to, as the host hands it to its own jobs */
  gate: SharedArrayBuffer;
  /** posts IDLE_BILLS bills; answers their times */
  idle(): Promise<number[]>;
  /** posts bills until `done` settles; answers their times */
  during(done: Promise<unknown>): Promise<number[]>;
  close(): void;
}

export async function openCounter(): Promise<Counter> {
  const dir = tempDir('insights-counter');
  const host: Host = createHost({ dbFile: join(dir.dir, 'shop.sqlite'), log: () => {}, registerDevicesOnLogin: true });
  const client: ApiClient = await signIn(host, 'manager', 'bench-counter');
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
  for (let i = 0; i < 20; i++) await post();
  return {
    gate: host.counterGate,
    async idle() {
      const times: number[] = [];
      for (let i = 0; i < IDLE_BILLS; i++) {
        times.push(await post());
        await pause();
      }
      return times;
    },
    async during(done) {
      let finished = false;
      void done.finally(() => (finished = true));
      const times: number[] = [];
      while (!finished) {
        times.push(await post());
        await pause();
      }
      return times;
    },
    close() {
      host.close();
      dir.cleanup();
    },
  };
}
