import { connect } from 'node:net';

/** What came back on a raw connection: the status (0 if none) and the head and body as text. */
export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

function dechunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    const size = eol === -1 ? 0 : parseInt(raw.slice(at, eol), 16);
    if (!size) return out;
    out += raw.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

/**
 * Sends bytes exactly as given (no client library would send a broken request line) and reads
 * until the server closes or `ms` passes. A reset or an immediate close is status 0.
 */
export function rawExchange(port: number, request: string | Buffer, ms = 2000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      const raw = split === -1 ? '' : text.slice(split + 4);
      resolve({ status, head, body: /\r\ntransfer-encoding: *chunked/i.test(head) ? dechunk(raw) : raw });
    };
    const timer = setTimeout(finish, ms);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // One answer is enough: keep-alive connections would otherwise wait for the timeout.
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split === -1) return;
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split))?.[1];
      if (length !== undefined && text.length - split - 4 >= Number(length)) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(request);
  });
}

const hostUnlessGiven = (port: number, headers: Record<string, string>) =>
  Object.keys(headers).some((k) => k.toLowerCase() === 'host') ? [] : [`Host: 127.0.0.1:${port}`];

/** A GET with the given target and headers, on HTTP/1.1. */
export function rawGet(port: number, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const lines = [
    `GET ${target} HTTP/1.1`,
    ...hostUnlessGiven(port, headers),
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    'Connection: close',
    '',
    '',
  ];
  return rawExchange(port, lines.join('\r\n'));
}

/** A WebSocket handshake for `target`, sent by hand so that the target can be anything. */
export function rawUpgrade(port: number, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const lines = [
    `GET ${target} HTTP/1.1`,
    ...hostUnlessGiven(port, headers),
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version: 13',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ];
  return rawExchange(port, lines.join('\r\n'), 1500);
}

/** The request targets that threw inside the listeners: stray and broken escapes, absolute forms. */
export const MALFORMED_TARGETS = [
  '/%',
  '/%zz',
  '/%E0%A4',
  '/%C3',
  '/%ED%A0%80',
  '/%FF',
  '/assets/%',
  '/invoices/%.pdf',
  '/invoices/%E0%A4.pdf?key=x',
  '/api/%',
  '/events?token=%',
  '/?q=%zz',
  '/%00',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/package.json',
  '/..\\..\\package.json',
  'http://[',
  'http://[/events',
  'http://%zz/',
  'http://evil.example/api/auth.users',
  '//evil.example/',
  '*',
  'x',
  `/${'a'.repeat(9000)}`,
];
