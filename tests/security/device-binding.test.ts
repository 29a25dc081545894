import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEVICE_HEADER } from '../../app/core/contract';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { demoUser, makeTestHost, type TestHost } from '../support/test-host';

/**
 * A session is bound to the device that opened it: every HTTP call proves the device with its own
 * secret (the client id it made once), so a token copied into another browser, or read from a log
 * or a URL, is refused there, in the caller's language, while the device itself goes on working.
 */
let host: TestHost;
let http: HttpServer;
let token = '';

beforeAll(async () => {
  host = makeTestHost();
  http = await startHttpServer(host, { port: 0 });
  const owner = await demoUser(host, 'owner');
  token = (await host.client().call('auth.login', { userId: owner.id, pin: owner.pin, deviceId: 'owner-phone-secret-1', deviceName: 'Phone' })).token;
  // another registered device, whose secret an attacker might also hold
  await host.as('staff', 'counter-pc-secret-2');
});
afterAll(async () => {
  await http?.close();
  host?.dispose();
});

const call = async (method: string, headers: Record<string, string>) => {
  const res = await fetch(`${http.url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string; key?: string; message: string } } };
};

const opens = (url: string) =>
  new Promise<number | 'open'>((resolve) => {
    const ws = new WebSocket(url);
    // A refused token still gets a handshake, closed at once with 4401: a socket open a second later was accepted.
    ws.once('open', () =>
      setTimeout(() => {
        resolve('open');
        ws.close();
      }, 1000),
    );
    ws.once('close', (code) => resolve(code));
    ws.once('error', () => undefined);
  });

describe('sessions bound to their device', () => {
  it('answers the device that logged in', async () => {
    const reply = await call('auth.me', { authorization: `Bearer ${token}`, [DEVICE_HEADER]: 'owner-phone-secret-1' });
    expect(reply.status).toBe(200);
  });

  it('refuses the same token from a browser without the device’s secret, or with another device’s, in Hindi too', async () => {
    for (const device of [undefined, '', 'made-up-browser', 'counter-pc-secret-2']) {
      const reply = await call('auth.me', { authorization: `Bearer ${token}`, ...(device === undefined ? {} : { [DEVICE_HEADER]: device }) });
      expect(reply.status).toBe(401);
      expect(reply.body.error).toMatchObject({ code: 'UNAUTHENTICATED', key: 'auth.otherDevice' });
    }
    const hindi = await call('shop.backups', { authorization: `Bearer ${token}`, [DEVICE_HEADER]: 'someone-else', 'x-sk-lang': 'hi' });
    expect(hindi.body.error?.code).toBe('UNAUTHENTICATED');
    // the device's own calls still work after the refusals: nothing was ended by them
    expect((await call('auth.me', { authorization: `Bearer ${token}`, [DEVICE_HEADER]: 'owner-phone-secret-1' })).status).toBe(200);
  });

  it('binds the event socket the same way', async () => {
    const base = `${http.url.replace(/^http/, 'ws')}/events?token=${encodeURIComponent(token)}`;
    expect(await opens(`${base}&device=owner-phone-secret-1`)).toBe('open');
    expect(await opens(base)).toBe(4401);
    expect(await opens(`${base}&device=counter-pc-secret-2`)).toBe(4401);
  });
});
