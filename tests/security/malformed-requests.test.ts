import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { makeTestHost, type TestHost } from '../support/test-host';
import { MALFORMED_TARGETS, rawExchange, rawGet, rawUpgrade } from './raw-http';

/** Requests no client library would send; each once killed the host from inside its listener. */
let host: TestHost;
let http: HttpServer;
let staticDir: string;

beforeAll(async () => {
  host = makeTestHost();
  staticDir = join(host.dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>SmartKirana</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'app.js.map'), '{"sources":["secret.ts"]}');
  http = await startHttpServer(host, { port: 0, staticDir });
});
afterAll(async () => {
  await http.close();
  host.dispose();
});

const healthy = async () => (await rawGet(http.port, '/healthz')).status === 200;

describe('a request target that cannot be parsed', () => {
  it.each(MALFORMED_TARGETS)('GET %s is refused with a 4xx and the host keeps answering', async (target) => {
    const answer = await rawGet(http.port, target);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toContain('SmartKirana');
    expect(await healthy()).toBe(true);
  });

  it.each(MALFORMED_TARGETS)('the WebSocket upgrade to %s is refused before any handshake', async (target) => {
    const answer = await rawUpgrade(http.port, target);
    expect(answer.status).not.toBe(101);
    expect(http.eventSockets()).toBe(0);
    expect(await healthy()).toBe(true);
  });

  it('a POST to the API with a broken target is refused the same way', async () => {
    const body = '{}';
    const request = `POST /api/%zz HTTP/1.1\r\nHost: 127.0.0.1:${http.port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
    expect((await rawExchange(http.port, request)).status).toBe(400);
    expect(await healthy()).toBe(true);
  });

  it('garbage request lines and headers get a 4xx (or a closed connection), not a dead host', async () => {
    for (const garbage of [
      '\x00\x01\x02\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'GET /\r\n\r\n',
      `GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n`,
      'HELLO\r\n\r\n',
    ]) {
      const answer = await rawExchange(http.port, garbage);
      expect(answer.status === 0 || (answer.status >= 400 && answer.status < 500) || answer.status === 505).toBe(true);
    }
    expect(await healthy()).toBe(true);
  });

  it('fuzzed targets (seeded) never get a 5xx or take the host down', async () => {
    const pieces = ['/', '%', '%zz', '%E0', '%A4', '%C3', '%00', '..', '?', '#', '&', '=', 'a', 'é', '[', ']', '\\', 'http://', '%2f', '+', ' '];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), async (parts) => {
        const target = parts.join('').replace(/ /g, '%20');
        const answer = await rawGet(http.port, target);
        return answer.status === 0 || (answer.status >= 200 && answer.status < 500);
      }),
      { seed: 20261124, numRuns: 300 },
    );
    expect(await healthy()).toBe(true);
  });
});

describe('the built screens', () => {
  it('are served with the security headers', async () => {
    const answer = await rawGet(http.port, '/');
    expect(answer.status).toBe(200);
    expect(answer.head).toMatch(/content-security-policy: .*frame-ancestors 'none'/i);
    expect(answer.head).toMatch(/content-security-policy: .*script-src 'self' 'wasm-unsafe-eval'/i);
    expect(answer.head).toMatch(/x-content-type-options: nosniff/i);
    expect(answer.head).toMatch(/x-frame-options: DENY/i);
    expect(answer.head).toMatch(/referrer-policy: no-referrer/i);
  });

  it('never include a source map, even one a build left behind', async () => {
    expect((await rawGet(http.port, '/assets/app.js')).status).toBe(200);
    const map = await rawGet(http.port, '/assets/app.js.map');
    expect(map.status).toBe(404);
    expect(map.body).not.toContain('secret.ts');
  });

  it('never leave their folder', async () => {
    for (const target of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../shop.sqlite']) {
      const answer = await rawGet(http.port, target);
      expect(answer.body).not.toContain('"name"');
      expect(answer.body).not.toContain('SQLite format');
    }
  });
});
