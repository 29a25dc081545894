import type { RoomStore } from '../../../sync-server';
import { SqliteSyncLog } from '../../../db/sync-log';
import { deferredSync, type DeferredSync } from '../../../db/deferred-sync';
import type { Host } from '../create-host';

/**
 * The relay's document store on the shop file the host has open now. A restore or the move from
 * the demo shop reopens the file, so the log follows the host's current connection. An append
 * resolves once it is on disk, but its fsync runs off the host's thread, or is a bill's own
 * (db/deferred-sync.ts; the host's sync passes the one it shares with the applier): the relay
 * writes every few tens of ms while devices sync, and a cashier's bill must not wait for it.
 */
export function hostRoomStore(host: Host, durable: DeferredSync = deferredSync(() => host.store)): RoomStore {
  let log: { raw: unknown; store: SqliteSyncLog } | null = null;
  const current = () => {
    const raw = host.store.raw;
    if (log?.raw !== raw) log = { raw, store: new SqliteSyncLog(raw) };
    return log.store;
  };
  return {
    load: (room) => current().load(room),
    append: async (room, update) => {
      await durable.relaxed(() => current().append(room, update));
      await durable.flush();
      // A flush often resolves inside a counter's bill, at its commit; what the relay does next (a
      // compaction now and then) waits until the bill is answered.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    compact: (room, merge) => current().compact(room, merge),
    listRooms: (prefix) => current().listRooms(prefix),
    destroy: (room) => current().destroy(room),
  };
}
