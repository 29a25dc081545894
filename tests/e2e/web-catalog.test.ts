import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { consoleOtpProvider } from '../../app/host/web-shop/otp-provider';
import { launchChromium, slowPhonePage } from '../support/browser';
import { RENDERER_DIR } from '../support/served-host';
import { makeTestHost, type TestHost } from '../support/test-host';
import { verifyAndPlaceOrder } from './support/web-checkout';

const built = existsSync(join(RENDERER_DIR, 'catalog.html'));
let host: TestHost;
let http: HttpServer;
let browser: Browser;
let staff: ApiClient;
const codes = new Map<string, string>();

beforeAll(async () => {
  if (!built) return;
  host = makeTestHost();
  staff = await host.as('staff');
  http = await startHttpServer(host, { port: 0, staticDir: RENDERER_DIR, otpProvider: consoleOtpProvider((p, c) => codes.set(p, c)) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await http?.close();
  host?.dispose();
});

describe.skipIf(!built)('a customer orders from the web catalog on a slow phone', () => {
  it('browses, searches "aata", orders for delivery with OTP, and follows the order the counter moves', async () => {
    const page = await slowPhonePage(browser);
    await page.goto(`${http.url}/shop/`);
    await page.getByRole('searchbox').fill('aata');
    const atta = page.getByRole('listitem').filter({ hasText: 'Aashirvaad Atta 5kg' });
    await expect.poll(() => atta.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByRole('listitem').count()).toBeLessThan(5);
    await atta.getByRole('button', { name: /Add/ }).tap();
    await atta.getByRole('button', { name: 'One more' }).tap();
    await page.locator('#cart').tap();
    await page.getByLabel('Your name').fill('Meena Verma');
    await page.getByLabel('Mobile number').fill('9826012345');
    await page.getByRole('button', { name: 'Send OTP' }).tap();
    await expect.poll(() => codes.get('9826012345'), { timeout: 15_000 }).toMatch(/^\d{6}$/);
    await page.getByLabel('OTP (6 digits)').fill(codes.get('9826012345') ?? '');
    const sent = await verifyAndPlaceOrder(page, '12 Gandhi Nagar, near the temple');
    const upi = await page.locator('#upi-pay').getAttribute('href');
    expect(upi).toContain('pa=sharmastore%40upi');
    expect(upi).toContain('am=570.00');
    const [order] = await staff.call('orders.list', {});
    expect(order).toMatchObject({ status: 'placed', totalPaise: 57000, name: 'Meena Verma' });
    console.log(`order → counter inbox: ${Date.now() - sent} ms`);
    for (const to of ['accepted', 'packed'] as const) {
      await staff.call('orders.move', { id: order?.id ?? '', to });
      await page.locator(`#status[data-status="${to}"]`).waitFor({ timeout: 15_000 });
    }
    const bill = await staff.call('orders.bill', { id: order?.id ?? '', clientRef: 'browser-bill-0001' });
    await staff.call('orders.move', { id: order?.id ?? '', to: 'out' });
    await page.locator('#status[data-status="out"]').waitFor({ timeout: 15_000 });
    await page.getByText(`Bill ${bill.invoiceNumber}`).waitFor();
    await staff.call('orders.move', { id: order?.id ?? '', to: 'delivered' });
    await page.locator('#status[data-status="delivered"]').waitFor({ timeout: 15_000 });
    await page.context().close();
  }, 120_000);
});
