import { join } from 'node:path';
import type { ApiClient } from '../app/core/contract';
import { createHost, type Host } from '../app/host/create-host';
import { quickCashier } from './quick-cashier';
import { signIn } from './lib/sign-in';
import { tempDir } from './lib/tmp';

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
  const cashier = await quickCashier(client, 20);
  return {
    gate: host.counterGate,
    idle: () => cashier.bills(IDLE_BILLS),
    async during(done) {
      let finished = false;
      void done.finally(() => (finished = true));
      return cashier.billsUntil(() => finished);
    },
    close() {
      host.close();
      dir.cleanup();
    },
  };
}
