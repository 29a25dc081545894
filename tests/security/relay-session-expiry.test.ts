import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_MINUTES } from '../../app/core/auth/policy';
import { SYNC_DOCUMENT } from '../../app/core/contract/sync-documents';
import { startHostSync, type HostSync } from '../../app/host/sync/host-sync';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { connect, type Client } from '../sync/support/clients';
import { demoUser, makeTestHost, type TestHost } from '../support/test-host';

/**
 * A session that reaches its end while its device has the relay open: the socket is closed at that
 * moment (its own timer), not at the next sweep. The sweep is set to an hour here, so only the
 * session's own timer can close it in time. Real y-websocket clients against the host on 127.0.0.1.
 */
const REVOKED = 4410;
const UNAUTHENTICATED = 4401;
const MINUTE = 60_000;

let host: TestHost | undefined;
let sync: HostSync | undefined;
let http: HttpServer | undefined;
let running: NodeJS.Timeout | undefined;
const clients: Client[] = [];
afterEach(async () => {
  clearInterval(running);
  for (const c of clients.splice(0)) c.destroy();
  await http?.close();
  await sync?.close();
  host?.dispose();
});

async function closedWithin(client: Client, ms: number): Promise<number | 'still open'> {
  const timer = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms));
  return Promise.race([client.closed.then((c) => c.code), timer]);
}

describe('a session that expires with its relay socket open', () => {
  it('has the socket closed when its absolute limit passes, and is refused after; another device goes on', async () => {
    host = makeTestHost({ sessionsNeverExpire: false });
    const h = host;
    sync = await startHostSync(h, { log: () => {}, discoverMs: 200, settleMs: 5, recheckMs: 60 * MINUTE });
    http = await startHttpServer(h, { port: 0, sync, log: () => {} });
    const url = `${http.url.replace('http://', 'ws://')}/sync`;
    const open = (token: string, device: string) => {
      const c = connect(url, SYNC_DOCUMENT.staff(sync?.shopId ?? ''), token, undefined, device);
      clients.push(c);
      return c;
    };
    const login = async (role: 'staff' | 'owner', device: string) => {
      const user = await demoUser(h, role);
      return (await h.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: device, deviceName: device })).token;
    };
    const tablet = 'tablet-expires';
    const token = await login('staff', tablet);
    const staff = h.client(token, { device: tablet });
    // Kept in use (each call moves the idle limit) until a few seconds before the absolute one.
    const { idle, absolute } = SESSION_MINUTES.staff;
    let used = 0;
    while (used + idle - 1 < absolute) {
      h.clock.advance((idle - 1) * MINUTE);
      used += idle - 1;
      await staff.call('auth.me', {});
    }
    h.clock.advance((absolute - used) * MINUTE - 3_000);
    await staff.call('auth.me', {});
    const ownerToken = await login('owner', 'owner-pc-expiry');

    const socket = open(token, tablet);
    const owners = open(ownerToken, 'owner-pc-expiry');
    await Promise.all([socket.synced(), owners.synced()]);
    // From here the shop's clock runs with real time.
    running = setInterval(() => h.clock.advance(50), 50);
    const started = performance.now();
    expect(await closedWithin(socket, 15_000)).toBe(REVOKED);
    const tookMs = performance.now() - started;
    // Due 3 s after the clock started; the sweep would have taken an hour.
    expect(tookMs).toBeGreaterThan(2_000);
    expect(tookMs).toBeLessThan(15_000);
    await expect(staff.call('auth.me', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await open(token, tablet).closed).code).toBe(UNAUTHENTICATED);
    expect(owners.closes).toEqual([]);
  }, 60_000);
});
