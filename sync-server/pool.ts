import { Room, type RoomContext } from './room';
import { parseRoomName, shopPrefix, type RoomName } from './rooms';

export class CapacityError extends Error {
  override name = 'CapacityError';
}

export interface PoolOptions {
  /** a room with no connection and no holder is unloaded after this long */
  idleUnloadMs: number;
  maxDocumentsPerShop: number;
}

/**
 * The rooms loaded in this process. A room is loaded by its first connection (before the
 * WebSocket upgrade completes) and unloaded, written and folded, when idle. A connection that
 * arrives while its room is unloading waits for that to finish and loads it again.
 */
export class RoomPool {
  private readonly rooms = new Map<string, Room>();
  private readonly opening = new Map<string, Promise<Room>>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly idle = new Map<string, NodeJS.Timeout>();
  /** loaded room names by shop, for the documents-per-shop cap */
  private readonly byShop = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: RoomContext,
    private readonly options: PoolOptions,
  ) {}

  /** rooms in memory: loaded, or unloading until their log is written and folded */
  get size(): number {
    let unloading = 0;
    for (const name of this.closing.keys()) if (!this.rooms.has(name)) unloading++;
    return this.rooms.size + unloading;
  }

  loaded(): IterableIterator<Room> {
    return this.rooms.values();
  }

  get(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** The room, loaded and held; every acquire is matched by a release. */
  async acquire(room: RoomName): Promise<Room> {
    for (;;) {
      const loaded = this.rooms.get(room.name);
      if (loaded) {
        loaded.holds++;
        const timer = this.idle.get(room.name);
        if (timer) clearTimeout(timer);
        this.idle.delete(room.name);
        return loaded;
      }
      const closing = this.closing.get(room.name);
      if (closing) {
        await closing;
        continue;
      }
      let opening = this.opening.get(room.name);
      if (!opening) {
        opening = this.load(room);
        this.opening.set(room.name, opening);
        const done = () => this.opening.delete(room.name);
        opening.then(done, done);
      }
      await opening;
    }
  }

  release(room: Room): void {
    room.holds--;
    this.unloadWhenIdle(room);
  }

  /** Called when a connection leaves: the room unloads later if nobody else is there. */
  unloadWhenIdle(room: Room): void {
    if (room.holds > 0 || room.peers.size > 0 || this.idle.has(room.name) || this.rooms.get(room.name) !== room) return;
    this.idle.set(
      room.name,
      setTimeout(() => {
        this.idle.delete(room.name);
        if (room.holds === 0 && room.peers.size === 0) void this.unload(room);
      }, this.options.idleUnloadMs),
    );
  }

  /** Unloads every room (shutdown): writes what each has waiting. */
  async closeAll(): Promise<void> {
    for (const timer of this.idle.values()) clearTimeout(timer);
    this.idle.clear();
    await Promise.allSettled([...this.opening.values()]);
    await Promise.all([...this.rooms.values()].map((room) => this.unload(room, false)));
    await Promise.all([...this.closing.values()]);
  }

  private async load(name: RoomName): Promise<Room> {
    const room = new Room(name.name, this.ctx);
    try {
      const isNew = await room.load();
      if (isNew) await this.checkShopHasRoom(name);
    } catch (e) {
      await room.close().catch(() => undefined);
      throw e;
    }
    this.rooms.set(name.name, room);
    const ofShop = this.byShop.get(name.shopId) ?? new Set<string>();
    ofShop.add(name.name);
    this.byShop.set(name.shopId, ofShop);
    return room;
  }

  /** A shop may have at most maxDocumentsPerShop documents, stored or loaded here. */
  private async checkShopHasRoom(name: RoomName): Promise<void> {
    const prefix = shopPrefix(name.shopId);
    const names = new Set(await this.ctx.store.listRooms(prefix));
    for (const loaded of this.byShop.get(name.shopId) ?? []) names.add(loaded);
    names.delete(name.name);
    if (names.size >= this.options.maxDocumentsPerShop) throw new CapacityError(`shop ${name.shopId} has ${names.size} documents`);
  }

  private unload(room: Room, fold = true): Promise<void> {
    if (this.rooms.get(room.name) !== room) return this.closing.get(room.name) ?? Promise.resolve();
    this.rooms.delete(room.name);
    const shopId = parseRoomName(room.name)?.shopId ?? '';
    this.byShop.get(shopId)?.delete(room.name);
    if (this.byShop.get(shopId)?.size === 0) this.byShop.delete(shopId);
    const closing = room
      .close(fold)
      .catch((e: Error) => this.ctx.log(`[relay] ${room.name}: unloading failed (${e.message})`))
      .finally(() => this.closing.delete(room.name));
    this.closing.set(room.name, closing);
    return closing;
  }
}
