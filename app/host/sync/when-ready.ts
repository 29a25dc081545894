import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Host } from '../create-host';
import type { SyncTransport } from '../transports/events-socket';
import { startHostSync, SYNC_PREFIX, type HostSync, type HostSyncOptions } from './host-sync';

/**
 * Sync for `npm start` and the desktop app: started now when the shop exists, else as soon as the
 * owner sets it up; the port answers /sync/… with 404 until then.
 */
export function syncWhenReady(host: Host, options: HostSyncOptions = {}): SyncTransport & { current(): HostSync | null; close(): Promise<void> } {
  const log = options.log ?? ((m, e) => console.error(m, e ?? ''));
  let sync: HostSync | null = null;
  let starting: Promise<void> | null = null;
  let closed = false;
  const tryStart = () => {
    if (sync || starting || closed || !host.store.shop.find()) return;
    starting = startHostSync(host, options)
      .then(async (started) => {
        if (closed) await started.close();
        else sync = started;
      })
      .catch((e: unknown) => log('[sync] the relay did not start', e))
      .finally(() => (starting = null));
  };
  const unsubscribe = host.events.subscribe((e) => {
    if (e.event === 'data.changed' && e.payload.areas.includes('shop')) tryStart();
  });
  tryStart();
  return {
    prefix: SYNC_PREFIX,
    handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => sync?.handleUpgrade(req, socket, head) ?? false,
    handleRequest: (req: IncomingMessage, res: ServerResponse) => sync?.handleRequest(req, res) ?? false,
    current: () => sync,
    close: async () => {
      closed = true;
      unsubscribe();
      await starting;
      await sync?.close();
    },
  };
}
