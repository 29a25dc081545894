import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * The counter host as a tablet on the shop's Wi-Fi reaches it: one address forwarding every
 * request and every WebSocket (the API, /events and the embedded relay at /sync/) to the real
 * host. `down()` makes the address unreachable, as when the Wi-Fi drops: every socket is cut and
 * new ones are refused, while the counter itself keeps working.
 */
export interface LanFront {
  url: string;
  down(): void;
  up(): void;
  close(): Promise<void>;
}

export async function startLanFront(hostPort: number): Promise<LanFront> {
  const sockets = new Set<Socket | Duplex>();
  let reachable = true;
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
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const upstream = connect(hostPort, '127.0.0.1', () => {
      const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
      for (const [k, v] of Object.entries(rewrite(req))) for (const value of Array.isArray(v) ? v : [v]) if (value !== undefined) lines.push(`${k}: ${value}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.on('close', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as AddressInfo;
  const cut = () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    down() {
      reachable = false;
      cut();
    },
    up() {
      reachable = true;
    },
    async close() {
      reachable = false;
      cut();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
