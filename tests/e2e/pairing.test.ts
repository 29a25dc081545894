import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { ensureShopTls, type ShopTls } from '../../app/host/tls/shop-tls';
import { launchChromium, logIn } from '../support/browser';
import { RENDERER_DIR } from '../support/served-host';
import { makeTestHost, type TestHost } from '../support/test-host';

/** The screens over the shop's own HTTPS, and the pairing facts a manager shows a new tablet. */
let host: TestHost;
let https: HttpServer;
let tls: ShopTls;
let browser: Browser;

beforeAll(async () => {
  host = makeTestHost();
  tls = ensureShopTls(host.dir, ['localhost', '127.0.0.1']);
  https = await startHttpServer(host, { port: 0, tls, staticDir: RENDERER_DIR });
  host.setPairing({ url: https.url, caFingerprint: tls.caFingerprint, caCertUrl: `${https.url}/tls/shop-ca.crt` });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await https?.close();
  host?.dispose();
});

describe('pairing over HTTPS', { timeout: 60_000 }, () => {
  it('serves the screens over HTTPS and shows the CA fingerprint and QR on the Devices screen', async () => {
    // Chromium here has not installed the shop's CA (a tablet would, after comparing the fingerprint).
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(https.url);
    expect(page.url()).toMatch(/^https:/);
    await logIn(page, /Ramesh \(Owner\)/, '1111');
    await page.getByRole('navigation', { name: 'Screens' }).waitFor();
    await page.goto(`${https.url}/#/settings/devices`);
    await page.getByTestId('pairing').waitFor();
    expect(await page.getByTestId('pairing-fingerprint').textContent()).toBe(tls.caFingerprint);
    await page.getByTestId('pairing-qr').waitFor();
    await page.screenshot({ path: 'test-results/pairing.png' });
    await context.close();
  });
});
