import type Database from 'better-sqlite3';

/**
 * The embedded relay's document store on the shop's SQLite file: an append-only log of Yjs
 * updates per room, folded into one row now and then. It has the shape sync-server's RoomStore
 * asks for (load, append, compact, listRooms, destroy) without importing it: db/ knows nothing
 * above it, and a test holds the two together. Yjs bytes are opaque here; the relay folds them.
 */
export class SqliteSyncLog {
  private readonly selectRoom: Database.Statement<[string], { seq: number; data: Buffer }>;
  private readonly insert: Database.Statement<[string, Buffer]>;
  private readonly deleteThrough: Database.Statement<[string, number]>;
  private readonly roomsBetween: Database.Statement<[string, string], { room: string }>;
  private readonly deleteRoom: Database.Statement<[string]>;

  constructor(private readonly db: Database.Database) {
    this.selectRoom = db.prepare('SELECT seq, data FROM sync_updates WHERE room = ? ORDER BY seq');
    this.insert = db.prepare('INSERT INTO sync_updates (room, data) VALUES (?, ?)');
    this.deleteThrough = db.prepare('DELETE FROM sync_updates WHERE room = ? AND seq <= ?');
    this.roomsBetween = db.prepare('SELECT DISTINCT room FROM sync_updates WHERE room >= ? AND room < ? ORDER BY room');
    this.deleteRoom = db.prepare('DELETE FROM sync_updates WHERE room = ?');
  }

  async load(room: string): Promise<Uint8Array[]> {
    return this.selectRoom.all(room).map((row) => row.data);
  }

  async append(room: string, update: Uint8Array): Promise<void> {
    this.insert.run(room, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  /** One synchronous transaction: no other write to this file can come between reading and replacing. */
  async compact(room: string, merge: (updates: Uint8Array[]) => Uint8Array): Promise<number> {
    return this.db
      .transaction(() => {
        const rows = this.selectRoom.all(room);
        const merged = merge(rows.map((row) => row.data));
        const last = rows.at(-1);
        if (last) this.deleteThrough.run(room, last.seq);
        this.insert.run(room, Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength));
        return rows.length;
      })
      .immediate();
  }

  async listRooms(prefix: string): Promise<string[]> {
    if (prefix === '') return this.roomsBetween.all('', '\uffff').map((row) => row.room);
    const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    return this.roomsBetween.all(prefix, end).map((row) => row.room);
  }

  async destroy(room: string): Promise<void> {
    this.deleteRoom.run(room);
  }
}
