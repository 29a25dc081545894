import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticate } from './auth';
import { CloseCode } from './close-codes';
import { Connection, type ConnectionContext } from './connection';
import { BucketsByKey, Tally, type Limits } from './limits';
import type { Metrics } from './metrics';
import { CapacityError, type RoomPool } from './pool';
import { accessFor, parseRoomName, type Principal } from './rooms';

export interface GateOptions {
  /** rooms are the path after this prefix, e.g. `/sync/` → `/sync/shop/<id>/catalog` */
  prefix: string;
  authenticate: Authenticate;
  pool: RoomPool;
  limits: Limits;
  metrics: Metrics;
  log: (message: string) => void;
}

/** Why a request was refused, when the refusal is decided (always before the upgrade completes). */
class Refusal {
  constructor(
    readonly code: CloseCode,
    readonly reason: string,
  ) {}
}

/**
 * The door: every check happens in the HTTP upgrade handler before the WebSocket exists —
 * rate and connection limits, the document name, the principal, its access, the room loaded.
 * A refused request is still upgraded, only to carry a close code: y-websocket retries an HTTP
 * error for ever but stops on 4400–4499.
 */
export class Gate {
  readonly connections = new Set<Connection>();
  /** when each device (`<shopId>/<deviceId>`) last opened or closed a connection here, ms since the epoch */
  private readonly lastSeen = new Map<string, number>();
  private readonly wss: WebSocketServer;
  private readonly attempts: BucketsByKey;
  private readonly perIp = new Tally();
  private readonly perShop = new Tally();
  private reserved = 0;
  private closing = false;
  private readonly connectionContext: ConnectionContext;

  constructor(private readonly options: GateOptions) {
    const { limits } = options;
    // ws cuts a frame off at twice the limit before buffering it (1009); between the two the relay closes with 4413.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: 2 * limits.maxMessageBytes, perMessageDeflate: false });
    this.wss.on('error', (e) => options.log(`[relay] websocket server: ${e.message}`));
    this.attempts = new BucketsByKey(limits.upgradesPerSecondPerIp, limits.upgradeBurstPerIp);
    this.connectionContext = { limits, metrics: options.metrics, log: options.log };
  }

  /** Whether this upgrade request is for the relay (its path is under the prefix); if so it is handled. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (!(req.url ?? '').startsWith(this.options.prefix)) return false;
    socket.on('error', () => undefined);
    if (req.headers.upgrade?.toLowerCase() !== 'websocket' || !req.headers['sec-websocket-key']) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return true;
    }
    this.admit(req, socket, head).catch((e: unknown) => {
      this.options.log(`[relay] upgrade failed: ${(e as Error).message}`);
      socket.destroy();
    });
    return true;
  }

  private async admit(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const ip = req.socket.remoteAddress ?? 'unknown';
    const decided = await this.decide(req, ip).catch((e: unknown) => {
      this.options.log(`[relay] could not admit a connection: ${(e as Error).message}`);
      return new Refusal(CloseCode.internalError, 'the relay could not open the document');
    });
    if (decided instanceof Refusal) return this.refuse(req, socket, head, decided);
    const { principal, access, room } = decided;
    if (socket.destroyed || this.closing) {
      this.unreserve(ip, principal.shopId);
      this.options.pool.release(room);
      if (!socket.destroyed) this.refuse(req, socket, head, new Refusal(CloseCode.goingAway, 'relay shutting down'));
      return;
    }
    // ws answers a malformed handshake itself and never calls back: the hold is given back when the socket closes.
    let upgraded = false;
    const abandoned = () => {
      if (upgraded) return;
      this.unreserve(ip, principal.shopId);
      this.options.pool.release(room);
    };
    socket.once('close', abandoned);
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      upgraded = true;
      socket.off('close', abandoned);
      const seen = principal.deviceId === null ? null : `${principal.shopId}/${principal.deviceId}`;
      if (seen) this.lastSeen.set(seen, Date.now());
      const connection = new Connection(ws, principal, access, room, ip, this.connectionContext, (gone) => {
        this.connections.delete(gone);
        if (seen) this.lastSeen.set(seen, Date.now());
        this.unreserve(ip, principal.shopId);
        this.options.pool.unloadWhenIdle(gone.room);
      });
      this.connections.add(connection);
      this.options.metrics.connectionsOpened++;
      connection.start();
      this.options.pool.release(room);
    });
  }

  private async decide(req: IncomingMessage, ip: string) {
    const { limits, pool } = this.options;
    if (this.closing) return new Refusal(CloseCode.goingAway, 'relay shutting down');
    if (!this.attempts.take(ip)) return new Refusal(CloseCode.rateLimited, 'too many connection attempts');
    let url: URL;
    try {
      url = new URL(req.url ?? '', 'http://relay.invalid');
    } catch {
      return new Refusal(CloseCode.badRequest, 'unreadable URL');
    }
    const room = parseRoomName(url.pathname.slice(this.options.prefix.length));
    if (!room) return new Refusal(CloseCode.unknownDocument, 'no such document');
    if (this.reserved >= limits.maxConnections || this.perIp.get(ip) >= limits.maxConnectionsPerIp) {
      return new Refusal(CloseCode.atCapacity, 'too many connections');
    }
    const token = url.searchParams.get('token') || null;
    const auth = await this.options.authenticate({ token, room, device: url.searchParams.get('device') });
    if (!auth.ok) return new Refusal(auth.code, auth.reason);
    const principal: Principal = auth.principal;
    if (principal.shopId !== room.shopId) return new Refusal(CloseCode.forbidden, 'another shop');
    const access = accessFor(principal, room);
    if (access === 'none') return new Refusal(CloseCode.forbidden, 'no access to this document');
    if (this.perShop.get(room.shopId) >= limits.maxConnectionsPerShop) return new Refusal(CloseCode.atCapacity, 'too many connections for this shop');
    this.reserve(ip, room.shopId);
    try {
      return { principal, access, room: await pool.acquire(room) };
    } catch (e) {
      this.unreserve(ip, room.shopId);
      if (e instanceof CapacityError) return new Refusal(CloseCode.atCapacity, 'too many documents for this shop');
      throw e;
    }
  }

  private refuse(req: IncomingMessage, socket: Duplex, head: Buffer, refusal: Refusal): void {
    this.options.metrics.closed(refusal.code);
    if (socket.destroyed) return;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => undefined);
      ws.close(refusal.code, refusal.reason);
    });
  }

  private reserve(ip: string, shopId: string): void {
    this.reserved++;
    this.perIp.add(ip);
    this.perShop.add(shopId);
  }

  private unreserve(ip: string, shopId: string): void {
    this.reserved--;
    this.perIp.remove(ip);
    this.perShop.remove(shopId);
  }

  /** A shop's devices seen by this process: connections open now, and when one last opened or closed. */
  devices(shopId: string): Array<{ deviceId: string; connections: number; lastSeenAt: number }> {
    const open = new Map<string, number>();
    for (const c of this.connections) {
      const { deviceId } = c.principal;
      if (c.principal.shopId === shopId && deviceId !== null) open.set(deviceId, (open.get(deviceId) ?? 0) + 1);
    }
    const prefix = `${shopId}/`;
    return [...this.lastSeen]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, lastSeenAt]) => {
        const deviceId = key.slice(prefix.length);
        return { deviceId, connections: open.get(deviceId) ?? 0, lastSeenAt };
      });
  }

  /** Closes the connections of a revoked device (all of them, or those with tokens issued at or before `at`). */
  closeRevoked(shopId: string, deviceId: string, at: number | null): number {
    let closed = 0;
    for (const connection of [...this.connections]) {
      const p = connection.principal;
      if (p.shopId !== shopId || p.deviceId !== deviceId) continue;
      if (at !== null && p.issuedAt !== undefined && p.issuedAt > at) continue;
      connection.close(CloseCode.revoked, 'device revoked');
      closed++;
    }
    return closed;
  }

  /** Every few seconds: close expired tokens' connections, and drop sockets that missed a ping. */
  sweep(nowMs: number, ping: boolean): void {
    for (const connection of [...this.connections]) {
      const expiresAt = connection.principal.expiresAt;
      if (expiresAt !== undefined && expiresAt * 1000 <= nowMs) {
        connection.close(CloseCode.unauthenticated, 'token expired');
        continue;
      }
      if (!ping) continue;
      if (!connection.alive) connection.terminate();
      else connection.ping();
    }
    this.attempts.sweep();
  }

  /** Stops admitting and closes every client with 1001, so it reconnects (to another process). */
  shutDown(): void {
    this.closing = true;
    for (const connection of [...this.connections]) connection.close(CloseCode.goingAway, 'relay shutting down');
    this.wss.close();
  }
}
