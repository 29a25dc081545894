import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { EVENTS_PATH } from '../../core/contract';
import { sessionFor } from '../../core/services';
import type { Host } from '../create-host';
import type { OriginPolicy } from './origin-policy';
import { parseTarget } from './request-target';

/**
 * Host events over WebSocket (/events?token=…). Everything is decided before the handshake
 * completes: a target that does not parse, a foreign Host or Origin, or too many sockets get a
 * plain HTTP refusal; a missing or dead token gets a socket that is closed at once with 4401
 * (browsers cannot read an HTTP status from a failed handshake, and 4400–4499 tells our screens
 * and y-websocket-style clients to stop retrying), on a server that reads at most one byte.
 * The screens only listen, so what a client sends is bounded in size, rate and count.
 */
export interface EventSocketLimits {
  /** largest frame a client may send */
  maxPayload: number;
  /** messages a client may send per window before it is cut off */
  maxMessages: number;
  windowMs: number;
  /** open sockets per remote address, and in all */
  perAddress: number;
  total: number;
  /** a socket that does not answer a ping within this time is dropped */
  heartbeatMs: number;
}

export const EVENT_SOCKET_LIMITS: EventSocketLimits = {
  maxPayload: 4 * 1024,
  maxMessages: 20,
  windowMs: 10_000,
  perAddress: 16,
  total: 256,
  heartbeatMs: 30_000,
};

/** The embedded sync relay's share of the port (app/host/sync): its WebSocket upgrades and HTTP endpoints under `prefix`. */
export interface SyncTransport {
  prefix: string;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
}

export interface EventSockets {
  count(): number;
  close(): void;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function refuse(socket: Duplex, status: number) {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

export function attachEventSockets(
  server: Server,
  host: Host,
  policy: OriginPolicy,
  port: () => number,
  log: (m: string, e?: unknown) => void,
  limits: EventSocketLimits = EVENT_SOCKET_LIMITS,
  sync?: SyncTransport,
): EventSockets {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayload, perMessageDeflate: false });
  const refusing = new WebSocketServer({ noServer: true, maxPayload: 1, perMessageDeflate: false });
  const perAddress = new Map<string, number>();
  const alive = new WeakSet<WebSocket>();

  const live = (token: string | undefined, device: string) => {
    try {
      sessionFor(host.deps, token, 'en', device);
      return true;
    } catch {
      return false;
    }
  };

  const serve = (ws: WebSocket, token: string, device: string, address: string) => {
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    alive.add(ws);
    let messages = 0;
    let windowStart = Date.now();
    // The session is checked again before each event, so a logout (or a removed user) stops the stream.
    const unsubscribe = host.events.subscribe((event) => {
      if (live(token, device)) ws.send(JSON.stringify(event));
      else ws.close(4401, 'log in first');
    });
    ws.on('message', () => {
      const now = Date.now();
      if (now - windowStart > limits.windowMs) [messages, windowStart] = [0, now];
      messages += 1;
      if (messages > limits.maxMessages) ws.close(1008, 'too many messages');
    });
    ws.on('pong', () => alive.add(ws));
    const ended = () => {
      unsubscribe();
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    };
    ws.once('close', ended);
    ws.on('error', () => ws.terminate());
  };

  const closeAtOnce = (ws: WebSocket) => {
    ws.on('error', () => ws.terminate());
    ws.close(4401, 'log in first');
    setTimeout(() => ws.terminate(), 1000).unref();
  };

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      const target = parseTarget(req.url);
      if (!target) return refuse(socket, 400);
      // The relay decides its own documents and tokens, after the same Host check as every request.
      if (sync && target.path.startsWith(sync.prefix)) {
        if (!policy.host(req.headers.host)) return refuse(socket, 421);
        if (!sync.handleUpgrade(req, socket, head)) refuse(socket, 404);
        return;
      }
      if (target.path !== EVENTS_PATH) return refuse(socket, 404);
      if (!policy.host(req.headers.host)) return refuse(socket, 421);
      if (!policy.origin(req.headers.origin, port())) return refuse(socket, 403);
      const address = req.socket.remoteAddress ?? 'unknown';
      if (wss.clients.size >= limits.total || (perAddress.get(address) ?? 0) >= limits.perAddress) return refuse(socket, 429);
      const token = target.query.get('token') ?? undefined;
      const device = target.query.get('device') ?? '';
      if (token === undefined || !live(token, device)) return refusing.handleUpgrade(req, socket, head, closeAtOnce);
      wss.handleUpgrade(req, socket, head, (ws) => serve(ws, token, device, address));
    } catch (e) {
      log('event socket upgrade failed', e);
      refuse(socket, 500);
    }
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  return {
    count: () => wss.clients.size,
    close() {
      clearInterval(heartbeat);
      for (const client of [...wss.clients, ...refusing.clients]) client.terminate();
      wss.close();
      refusing.close();
    },
  };
}
