import { createMemoryRegistry, createMemoryStore, createRelay, type Limits, type Relay, type RelayOptions, type RoomStore } from '../../../sync-server';
import { makeShop, type TestShop } from './clients';

export interface TestRelay {
  relay: Relay;
  url: string;
  shop: TestShop;
  store: RoomStore;
  close(): Promise<void>;
}

/** A relay on 127.0.0.1:0 at /sync/ with one registered shop (`demo`), checking that shop's tokens. */
export async function startTestRelay(options: { limits?: Partial<Limits>; store?: RoomStore } & Partial<RelayOptions> = {}): Promise<TestRelay> {
  const shop = makeShop('demo');
  const registry = createMemoryRegistry();
  await registry.register(shop.id, shop.keys.publicKey);
  const store = options.store ?? createMemoryStore();
  const relay = await createRelay({ registry, pathPrefix: '/sync/', log: () => undefined, ...options, store });
  return { relay, url: relay.url ?? '', shop, store, close: () => relay.close() };
}
