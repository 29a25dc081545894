import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EVENT_SOCKET_LIMITS } from '../../app/host/transports/events-socket';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { makeTestHost, type TestHost } from '../support/test-host';
import { rawUpgrade } from './raw-http';

/** The event socket decides before its handshake, and bounds what a client may send. */
let host: TestHost;
let http: HttpServer;
let token = '';
const limits = { ...EVENT_SOCKET_LIMITS, maxMessages: 5, windowMs: 60_000, perAddress: 3, total: 4 };

beforeEach(async () => {
  host = makeTestHost();
  http = await startHttpServer(host, { port: 0, eventSocketLimits: limits });
  const staff = (await host.client().call('auth.users', {})).find((u) => u.role === 'staff')!;
  token = (await host.client().call('auth.login', { userId: staff.id, pin: '3333', deviceId: 'socket-test', deviceName: 'Counter' })).token;
});
afterEach(async () => {
  await http.close();
  host.dispose();
});

const eventsUrl = (t?: string) => `ws://127.0.0.1:${http.port}/events${t === undefined ? '' : `?token=${encodeURIComponent(t)}&device=socket-test`}`;

function opened(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => ws.once('open', () => resolve(ws)).once('error', reject));
}

function closed(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) return resolve(-1);
    ws.once('close', (code) => resolve(code));
    ws.once('error', () => undefined);
  });
}

describe('a socket without a live session', () => {
  it('never becomes an event socket: closed with 4401 on a server that reads one byte of what it sends', async () => {
    const sockets = await Promise.all(
      Array.from({ length: 16 }, () => {
        const ws = new WebSocket(eventsUrl('made-up-token'));
        // A tokenless client pushing big frames as soon as it can: each once sat in memory (100 MiB allowed).
        ws.once('open', () => ws.send(Buffer.alloc(8 << 20)));
        ws.on('error', () => undefined);
        return closed(ws);
      }),
    );
    for (const code of sockets) expect([4401, 1006, 1009]).toContain(code);
    expect(http.eventSockets()).toBe(0);
  });

  it('closes with 4401 when the token is missing or ended', async () => {
    expect(await closed(new WebSocket(eventsUrl()))).toBe(4401);
    await host.client(token).call('auth.logout', {});
    expect(await closed(new WebSocket(eventsUrl(token)))).toBe(4401);
    expect(http.eventSockets()).toBe(0);
  });
});

describe('a logged-in socket', () => {
  it('receives events, and a frame larger than 4 KiB ends it (1009)', async () => {
    const ws = await opened(eventsUrl(token));
    expect(http.eventSockets()).toBe(1);
    const end = closed(ws);
    ws.send('x'.repeat(EVENT_SOCKET_LIMITS.maxPayload + 1));
    expect(await end).toBe(1009);
    await expect.poll(() => http.eventSockets()).toBe(0);
  });

  it('is cut off (1008) when it sends more messages than the limit', async () => {
    const ws = await opened(eventsUrl(token));
    const end = closed(ws);
    for (let i = 0; i <= limits.maxMessages; i++) ws.send('ping');
    expect(await end).toBe(1008);
  });

  it('opens at most `perAddress` sockets from one address; the next handshake is refused with 429', async () => {
    const open = await Promise.all(Array.from({ length: limits.perAddress }, () => opened(eventsUrl(token))));
    expect(http.eventSockets()).toBe(limits.perAddress);
    expect((await rawUpgrade(http.port, `/events?token=${token}`)).status).toBe(429);
    open[0]!.close();
    await expect.poll(() => http.eventSockets()).toBe(limits.perAddress - 1);
    const again = await opened(eventsUrl(token));
    for (const ws of [...open, again]) ws.close();
  });
});
