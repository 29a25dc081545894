import type { RoomStore } from '../../../sync-server';
import { SqliteSyncLog } from '../../../db/sync-log';
import type { Host } from '../create-host';

/**
 * The relay's document store on the shop file the host has open now. A restore or the move from
 * the demo shop reopens the file, so the log follows the host's current connection.
 */
export function hostRoomStore(host: Host): RoomStore {
  let log: { raw: unknown; store: SqliteSyncLog } | null = null;
  const current = () => {
    const raw = host.store.raw;
    if (log?.raw !== raw) log = { raw, store: new SqliteSyncLog(raw) };
    return log.store;
  };
  return {
    load: (room) => current().load(room),
    append: (room, update) => current().append(room, update),
    compact: (room, merge) => current().compact(room, merge),
    listRooms: (prefix) => current().listRooms(prefix),
    destroy: (room) => current().destroy(room),
  };
}
