import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { parseUpiLink, upiAmount } from '../../app/core/payments/upi';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { launchChromium } from '../support/browser';
import { makeTestHost, type TestHost } from '../support/test-host';

let host: TestHost;
let http: HttpServer;
let staff: ApiClient;
let customerId: string;
let duePaise: number;
let browser: Browser;

beforeAll(async () => {
  host = makeTestHost();
  http = await startHttpServer(host, { port: 0 });
  host.setLanBaseUrl(http.url);
  staff = await host.as('manager');
  customerId = (await staff.call('customers.add', { name: 'Anita Joshi', phone: '9893012345', creditLimitPaise: 300000 })).id;
  const lines = [{ productId: 'prod-demo-001', qtyMilli: 1000 }];
  duePaise = (await staff.call('billing.quote', { lines, customerId })).totals.payablePaise;
  await staff.call('billing.postInvoice', {
    clientRef: '3f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a10',
    lines,
    customerId,
    tenders: [{ method: 'credit', amountPaise: duePaise }],
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await http?.close();
  host?.dispose();
});

describe('a khata reminder a customer can tap to pay', () => {
  it('the WhatsApp text carries a link to the shop’s pay page, not a bare upi:// that WhatsApp leaves as text', async () => {
    const r = await staff.call('khata.reminder', { customerId, lang: 'en' });
    expect(r.payPageUrl).toMatch(new RegExp(`^${http.url}/pay/[A-Za-z0-9_-]{20,}$`));
    expect(r.text).toContain(`Pay by UPI: ${r.payPageUrl}`);
    expect(r.text).not.toContain('upi://');
    expect(decodeURIComponent(r.whatsappUrl)).toContain(r.payPageUrl);
  });

  it('the page opens with the exact amount and the shop’s VPA, in a QR and a tap-to-pay link', async () => {
    const r = await staff.call('khata.reminder', { customerId, lang: 'hi' });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const reply = await page.goto(r.payPageUrl ?? '');
    expect(reply?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Sharma General Store को भुगतान करें');
    const pay = parseUpiLink((await page.locator('#pay').getAttribute('href')) ?? '');
    expect(pay).toMatchObject({ pa: 'sharmastore@upi', am: upiAmount(duePaise), cu: 'INR' });
    expect(await page.locator('#intent').getAttribute('href')).toMatch(/^intent:\/\/pay\?pa=sharmastore%40upi.*#Intent;scheme=upi;end$/);
    const png = PNG.sync.read(await page.locator('.qr').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    expect(parseUpiLink(decoded)).toMatchObject({ pa: 'sharmastore@upi', am: upiAmount(duePaise) });
    await page.close();
  });

  it('a wrong or expired key opens nothing, in words', async () => {
    const wrong = await fetch(`${http.url}/pay/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('This link is not valid (or has expired)');
    const r = await staff.call('khata.reminder', { customerId, lang: 'en' });
    const key = r.payPageUrl?.split('/pay/')[1] ?? '';
    host.store.raw.prepare("UPDATE pay_links SET expires_at = '2000-01-01T00:00:00.000Z'").run();
    expect((await fetch(`${http.url}/pay/${key}`)).status).toBe(401);
  });
});
