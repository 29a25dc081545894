import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtp, verifyOtp } from '../../app/core/services/orders/otp';
import { RENDERER_DIR, type ServedHost } from '../support/served-host';
import { closeServedBrowser, openServedDesk, signInAt } from './support/served-browser';

/**
 * A customer's order reaching the counter: the owner's screen open on the dashboard, an order
 * posted to /shop/api/orders, and the time until the badge beside the menu shows it and the two
 * tones ring (counted by wrapping the page's OscillatorNode.start). Then the packing slip from the
 * Orders screen reaches the receipt printer.
 */
const built = existsSync(join(RENDERER_DIR, 'catalog.html'));
let served: ServedHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!built) return;
  ({ served, browser, page } = await openServedDesk({ results: 'test-results', flags: ['--autoplay-policy=no-user-gesture-required'] }));
  await page.addInitScript(() => {
    const w = window as unknown as { __tones: number };
    w.__tones = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.__tones += 1;
      return start.apply(this, args);
    };
  });
  await signInAt(page, served.http.url);
});
afterAll(() => closeServedBrowser({ served, browser }));

describe.skipIf(!built)('a web order at the counter', () => {
  it('shows with a badge and a sound within 5 s, and its packing slip prints on the receipt printer', async () => {
    const phone = '9826077777';
    startOtp(served.host.deps, phone, '123456');
    const phoneToken = verifyOtp(served.host.deps, phone, '123456');
    // Let the screen settle: the badge's first count is its baseline, and only a rise rings.
    await page.waitForTimeout(1500);
    const started = Date.now();
    const r = await fetch(`${served.http.url}/shop/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        idempotencyKey: 'counter-arrival-key-000001',
        name: 'Meena Verma',
        phone,
        phoneToken,
        fulfilment: 'pickup',
        payment: 'cod',
        lines: [{ productId: 'prod-demo-001', qty: 1, pricePaise: 28500 }],
      }),
    });
    expect(r.status).toBe(201);
    await page.locator('[data-testid="new-orders"][data-count="1"]').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __tones: number }).__tones), { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    const ms = Date.now() - started;
    console.log(`web order → counter badge and sound: ${ms} ms`);
    expect(ms).toBeLessThan(5000);

    await page.evaluate(() => (location.hash = '#/orders'));
    await page.getByTestId('order-detail').waitFor();
    await page.keyboard.press('F9');
    await page.getByTestId('packing-slip').waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Packing slip printed.').waitFor({ timeout: 15_000 });
    const job = await served.printer.waitForJob(0);
    expect(job.bytes.includes(Buffer.from('PACKING SLIP'))).toBe(true);
  }, 90_000);
});
