import { statSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { CA_CERT_PATH, ensureShopTls, fingerprintOf, type ShopTls } from '../../app/host/tls/shop-tls';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * HTTPS on the shop's Wi-Fi: the shop's own CA (key owner-only), a server certificate for this
 * PC's names, a client that trusts only that CA gets through, one that trusts the usual roots does
 * not, and a tablet learns the CA's fingerprint from the pairing method.
 */
let host: TestHost;
let https: HttpServer;
let tls: ShopTls;

beforeAll(async () => {
  host = makeTestHost();
  tls = ensureShopTls(host.dir, ['localhost', '127.0.0.1'], 'Sharma General Store');
  https = await startHttpServer(host, { port: 0, tls });
  host.setPairing({
    url: `https://192.168.1.20:${https.port}`,
    caFingerprint: tls.caFingerprint,
    caCertUrl: `https://192.168.1.20:${https.port}${CA_CERT_PATH}`,
  });
});
afterAll(async () => {
  await https?.close();
  host?.dispose();
});

const get = (path: string, ca: string | undefined) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: https.port, path, servername: 'localhost', headers: { host: `localhost:${https.port}` }, ...(ca ? { ca } : {}) },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });

describe('the shop’s own HTTPS', () => {
  it('keeps the CA key and the server key owner-only, and names this PC in the certificate', () => {
    for (const f of ['ca.key', 'server.key', 'ca.crt', 'server.crt']) expect(statSync(join(host.dir, 'tls', f)).mode & 0o777).toBe(0o600);
    expect(statSync(join(host.dir, 'tls')).mode & 0o777).toBe(0o700);
    const server = new X509Certificate(tls.cert);
    expect(server.subjectAltName).toContain('DNS:localhost');
    expect(server.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(server.verify(new X509Certificate(tls.caCert).publicKey)).toBe(true);
    expect(new X509Certificate(tls.caCert).ca).toBe(true);
    expect(tls.caFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(tls.caFingerprint).toBe(new X509Certificate(tls.caCert).fingerprint256);
  });

  it('answers a client that trusts the shop’s CA, and only that one', async () => {
    expect(https.url).toMatch(/^https:\/\//);
    expect((await get('/healthz', tls.caCert)).status).toBe(200);
    await expect(get('/healthz', undefined)).rejects.toThrow(/self[- ]signed|unable to (get|verify)/i);
  });

  it('serves the CA certificate for a tablet to install, whose fingerprint the pairing shows', async () => {
    const served = await get(CA_CERT_PATH, tls.caCert);
    expect(served.status).toBe(200);
    expect(fingerprintOf(served.body)).toBe(tls.caFingerprint);
    const manager = await host.as('manager');
    expect(await manager.call('auth.pairing', {})).toMatchObject({ caFingerprint: tls.caFingerprint, url: `https://192.168.1.20:${https.port}` });
  });

  it('keeps the CA when the PC’s addresses change, and makes a new server certificate for them', () => {
    const next = ensureShopTls(host.dir, ['localhost', '127.0.0.1', '192.168.1.33']);
    expect(next.caFingerprint).toBe(tls.caFingerprint);
    expect(new X509Certificate(next.cert).subjectAltName).toContain('IP Address:192.168.1.33');
    expect(next.cert).not.toBe(tls.cert);
    expect(ensureShopTls(host.dir, ['localhost', '127.0.0.1', '192.168.1.33']).cert).toBe(next.cert);
  });
});
