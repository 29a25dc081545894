import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOriginPolicy, parseHostHeader } from '../../app/host/transports/origin-policy';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { makeTestHost, type TestHost } from '../support/test-host';
import { rawExchange, rawGet, rawUpgrade } from './raw-http';

/**
 * DNS rebinding: a page on evil.example points its name at 127.0.0.1 and calls the host from the
 * counter PC's own browser. Its requests say `Host: evil.example` and `Origin: http://evil.example`.
 */
let host: TestHost;
let http: HttpServer;
let token = '';

beforeAll(async () => {
  host = makeTestHost();
  http = await startHttpServer(host, { port: 0, allowedHosts: ['kirana-pc.local'] });
  const staff = (await host.client().call('auth.users', {})).find((u) => u.role === 'staff')!;
  token = (await host.client().call('auth.login', { userId: staff.id, pin: '3333', deviceId: 'rebind-test', deviceName: 'Counter' })).token;
});
afterAll(async () => {
  await http.close();
  host.dispose();
});

function post(method: string, body: string, headers: Record<string, string>) {
  const lines = [
    `POST /api/${method} HTTP/1.1`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  return rawExchange(http.port, `${lines.join('\r\n')}\r\n\r\n${body}`);
}

const local = () => `127.0.0.1:${http.port}`;
const json = { 'Content-Type': 'application/json' };

describe('a page on another site reaching the host through DNS rebinding', () => {
  it('gets nothing for a foreign Host: no users, no login, no screens', async () => {
    const users = await post('auth.users', '{}', { Host: `evil.example:${http.port}`, ...json });
    expect(users.status).toBe(421);
    expect(users.body).not.toContain('Owner');
    const login = await post('auth.login', JSON.stringify({ userId: 'user-0001', pin: '1111', deviceId: 'x' }), { Host: `evil.example:${http.port}`, ...json });
    expect(login.status).toBe(421);
    expect(login.body).not.toContain('token');
    expect((await rawGet(http.port, '/', { Host: 'evil.example' })).status).toBe(421);
  });

  it('gets nothing when a known Host comes with a foreign Origin', async () => {
    const reply = await post('auth.users', '{}', { Host: local(), Origin: 'http://evil.example', ...json });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('Owner');
    expect((await post('auth.users', '{}', { Host: local(), Origin: 'null', ...json })).status).toBe(403);
    // Same name on another port is another origin (another program on this PC).
    expect((await post('auth.users', '{}', { Host: local(), Origin: `http://127.0.0.1:${http.port + 1}`, ...json })).status).toBe(403);
  });

  it('cannot send a cross-site "simple" POST: only application/json is read', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json']) {
      const reply = await post('auth.logout', '{}', { Host: local(), 'Content-Type': type, Authorization: `Bearer ${token}`, 'x-sk-device': 'rebind-test' });
      expect(reply.status).toBe(415);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_PARAMS' } });
    }
    expect((await post('auth.logout', '{}', { Host: local(), Authorization: `Bearer ${token}`, 'x-sk-device': 'rebind-test' })).status).toBe(415);
    // The session is still alive: none of the refused calls reached the method.
    expect((await host.client(token).call('auth.me', {})).user.role).toBe('staff');
  });

  it('cannot open the event socket with a foreign Host or Origin, even holding a token', async () => {
    expect((await rawUpgrade(http.port, `/events?token=${token}`, { Origin: 'http://evil.example' })).status).toBe(403);
    const foreignHost = await rawExchange(
      http.port,
      `GET /events?token=${token} HTTP/1.1\r\nHost: evil.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
    expect(foreignHost.status).toBe(421);
    expect(http.eventSockets()).toBe(0);
  });
});

describe('the host’s own names and pages', () => {
  it('answers loopback names, with or without a port, and the configured name', async () => {
    for (const name of [local(), 'localhost', `LOCALHOST:${http.port}`, `[::1]:${http.port}`, 'kirana-pc.local', 'kirana-pc.local.']) {
      expect((await post('auth.users', '{}', { Host: name, ...json })).status, name).toBe(200);
    }
  });

  it('accepts its own origin and a request with no Origin (curl, the tablet’s app shell navigation)', async () => {
    expect((await post('auth.users', '{}', { Host: local(), Origin: `http://127.0.0.1:${http.port}`, ...json })).status).toBe(200);
    expect((await post('auth.users', '{}', { Host: local(), Origin: `http://localhost:${http.port}`, ...json })).status).toBe(200);
    expect((await post('auth.users', '{}', { Host: local(), ...json })).status).toBe(200);
    expect((await post('auth.users', '{}', { Host: local(), 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('a missing Host header is refused', async () => {
    expect((await rawExchange(http.port, 'GET /healthz HTTP/1.0\r\n\r\n')).status).toBe(421);
  });
});

describe('which names are allowed', () => {
  it('on this PC only: loopback and configured names; not the PC’s LAN address or name', () => {
    const policy = createOriginPolicy({ lan: false, names: ['shop.example'] });
    expect(policy.names().sort()).toEqual(['127.0.0.1', '::1', 'localhost', 'shop.example']);
  });

  it('with --lan: also this PC’s addresses and name', () => {
    const policy = createOriginPolicy({ lan: true });
    expect(policy.names()).toEqual(expect.arrayContaining(['localhost', '127.0.0.1']));
    expect(policy.names().length).toBeGreaterThan(3);
    expect(policy.host('evil.example')).toBeNull();
  });

  it('reads Host headers strictly', () => {
    expect(parseHostHeader('LocalHost.:4747')).toEqual({ name: 'localhost', authority: 'localhost:4747' });
    expect(parseHostHeader('[::1]:80')).toEqual({ name: '::1', authority: '[::1]:80' });
    for (const bad of ['', 'a b', 'x:99999999', 'user@host', 'host/path', '[::1', 'évil.example']) expect(parseHostHeader(bad), bad).toBeNull();
  });
});
