import * as Y from 'yjs';

/**
 * Where a relay keeps each document: an append-only log of Yjs updates per room, folded into one
 * row now and then. Small on purpose, so db/sync-log.ts (SQLite, embedded relay) satisfies it
 * structurally without importing this folder; PostgreSQL is postgres-store.ts.
 */
export interface RoomStore {
  /** every stored update of the room, oldest first (none for a new room) */
  load(room: string): Promise<Uint8Array[]>;
  append(room: string, update: Uint8Array): Promise<void>;
  /**
   * In one transaction: reads all of the room's rows (maybe none), writes merge(rows) as one row
   * in their place. Rows appended meanwhile by another process survive. Resolves to how many rows
   * were folded.
   */
  compact(room: string, merge: (updates: Uint8Array[]) => Uint8Array): Promise<number>;
  /** the stored rooms whose names start with prefix */
  listRooms(prefix: string): Promise<string[]>;
  destroy(room: string): Promise<void>;
}

/**
 * Folds updates into one by loading them into a scratch document, so content deleted since is
 * garbage-collected (Y.mergeUpdates would keep it). Updates still waiting for a missing earlier one
 * are kept as they are (encodeStateAsUpdate carries the pending structs).
 */
export function foldUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const scratch = new Y.Doc({ gc: true });
  try {
    scratch.transact(() => {
      for (const update of updates) Y.applyUpdate(scratch, update);
    });
    return Y.encodeStateAsUpdate(scratch);
  } finally {
    scratch.destroy();
  }
}

/** For tests and a relay that needs no durability. */
export function createMemoryStore(): RoomStore & { rows(room: string): number } {
  const rooms = new Map<string, Uint8Array[]>();
  return {
    rows: (room) => rooms.get(room)?.length ?? 0,
    load: async (room) => [...(rooms.get(room) ?? [])],
    append: async (room, update) => {
      const rows = rooms.get(room) ?? [];
      rows.push(update.slice());
      rooms.set(room, rows);
    },
    compact: async (room, merge) => {
      const rows = rooms.get(room) ?? [];
      rooms.set(room, [merge(rows)]);
      return rows.length;
    },
    listRooms: async (prefix) => [...rooms.keys()].filter((name) => name.startsWith(prefix)).sort(),
    destroy: async (room) => void rooms.delete(room),
  };
}
