import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { createMemoryStore, createRelay, type Authenticate, type Relay } from '../../../sync-server';

/**
 * The counter host as a device on the shop's Wi-Fi reaches it once the relay is embedded: one
 * address serving the screens, the API and events (forwarded to the real test host) and the relay
 * at /sync/ (a real relay on a memory store). `down()` makes the whole address unreachable, as when
 * the counter PC is off or the Wi-Fi drops: every socket is cut and new ones are refused.
 */
export interface ShopFront {
  url: string;
  relay: Relay;
  down(): void;
  up(): void;
  close(): Promise<void>;
}

export async function startShopFront(hostPort: number, authenticate: Authenticate): Promise<ShopFront> {
  const sockets = new Set<Socket>();
  let reachable = true;
  let port = 0;
  const hostAuthority = `127.0.0.1:${hostPort}`;
  // The host checks Host and Origin against its own address: a reverse proxy presents them so.
  const rewrite = (req: IncomingMessage) => {
    const headers = { ...req.headers, host: hostAuthority };
    if (headers.origin) headers.origin = `http://${hostAuthority}`;
    return headers;
  };
  const server: Server = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: hostPort, method: req.method, path: req.url, headers: rewrite(req) }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    if (!reachable) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const relay = await createRelay({ server, pathPrefix: '/sync/', store: createMemoryStore(), authenticate, log: () => {} });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!req.url?.startsWith('/events')) return;
    const upstream = connect(hostPort, '127.0.0.1', () => {
      const headers = rewrite(req);
      const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
      for (const [k, v] of Object.entries(headers)) for (const value of Array.isArray(v) ? v : [v]) if (value !== undefined) lines.push(`${k}: ${value}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.on('close', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    relay,
    down() {
      reachable = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    up() {
      reachable = true;
    },
    async close() {
      reachable = false;
      for (const s of sockets) s.destroy();
      await relay.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
