import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { ApiClient } from '../../app/core/contract';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { startHostSync, type HostSync } from '../../app/host/sync/host-sync';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { launchChromium, scanCode } from '../support/browser';
import { RENDERER_DIR } from '../support/served-host';
import { demoUser, makeTestHost, type TestHost } from '../support/test-host';
import { startLanFront, type LanFront } from '../sync/support/lan-front';
import { payKhataOffline, queued } from './support/offline-queue';

/**
 * The real counter host with its embedded relay, a tablet and a phone paired to it in Chromium
 * (registered with a device code, as in the shop): they adopt the shop's sync target at sign-in,
 * the Wi-Fi drops, the tablet makes 50 bills while the counter makes 50 of the same product, the
 * phone takes 10 khata payments; back on the Wi-Fi, the counter has all 110 exactly once.
 */
const OUT = 'test-results/sync-counter';
const BILLS = 50;
let host: TestHost;
let sync: HostSync;
let http: HttpServer;
let front: LanFront;
let browser: Browser;
let owner: ApiClient;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  host = makeTestHost({ clock: { now: () => new Date() } as never, registerDevicesOnLogin: false });
  const first = await demoUser(host, 'owner');
  await host.client().call('auth.registerDevice', { deviceId: 'counter-pc-0001', name: 'Counter', userId: first.id, pin: first.pin });
  owner = await host.as('owner', 'counter-pc-0001');
  // A customer who owes the shop, before the devices copy the dues.
  const [customer] = await owner.call('khata.customers', {});
  const lines = [{ productId: (await owner.call('catalog.byBarcode', { barcode: demoBarcode(2) })).id, qtyMilli: 3000 }];
  const { totals } = await owner.call('billing.quote', { lines, customerId: customer?.customerId });
  await owner.call('billing.postInvoice', {
    lines,
    customerId: customer?.customerId,
    clientRef: 'khata-sale-0001',
    tenders: [{ method: 'credit', amountPaise: totals.payablePaise }],
  });
  sync = await startHostSync(host, { log: () => {} });
  http = await startHttpServer(host, { port: 0, staticDir: RENDERER_DIR, sync, log: () => {} });
  front = await startLanFront(http.port);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await front?.close();
  await http?.close();
  await sync?.close();
  host?.dispose();
});

/** A browser registered with a code the owner made at the counter, then signed in. */
async function pairedDevice(size: { width: number; height: number }, lang: 'en' | 'hi', name: string, user: RegExp, pin: string) {
  const ctx: BrowserContext = await browser.newContext({ viewport: size, hasTouch: true, isMobile: true });
  await ctx.addInitScript((l) => localStorage.getItem('sk.lang') || localStorage.setItem('sk.lang', l), lang);
  const page = await ctx.newPage();
  const { code } = await owner.call('auth.newDeviceCode', { name });
  await page.goto(front.url);
  await page.locator('input[name=device-name]').fill(name);
  await page.locator('input[name=device-code]').fill(code);
  await page.locator('[data-testid=register-device] button[type=submit]').tap();
  await page.getByRole('button', { name: user }).tap();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sk.syncTarget')), { timeout: 15_000 }).toContain(sync.shopId);
  await page.goto(`${front.url}/#/device-queue`);
  await expect.poll(() => page.getByTestId('prices-as-of').count(), { timeout: 20_000 }).toBe(1);
  return { ctx, page };
}

describe('a tablet and a phone paired with the real counter, offline and back', () => {
  it('adopt the target at pairing; 50 + 50 bills and 10 khata payments reach the books exactly once', async () => {
    const tablet = await pairedDevice({ width: 820, height: 1180 }, 'en', 'Tablet', /Suresh \(Manager\)/, '2222');
    const target = JSON.parse((await tablet.page.evaluate(() => localStorage.getItem('sk.syncTarget'))) ?? 'null') as unknown;
    expect(target).toEqual({ shopId: sync.shopId, relayUrl: null, relayToken: null, cloud: null });
    const phone = await pairedDevice({ width: 390, height: 844 }, 'hi', 'Phone', /Ramesh/, '1111');

    const candidates = await Promise.all([1, 2, 3].map((n) => owner.call('catalog.byBarcode', { barcode: demoBarcode(n) })));
    const product = candidates.reduce((a, b) => (b.onHandMilli > a.onHandMilli ? b : a));
    const stockBefore = product.onHandMilli;
    const [payer] = await owner.call('khata.customers', { dueOnly: true });
    if (!payer) throw new Error('the demo shop has customers with dues');
    const billsBefore = await owner.call('billing.listInvoices', { limit: 500 });

    // the phone has the shop's dues before the Wi-Fi drops
    await phone.page.goto(`${front.url}/#/shop-today`);
    await expect.poll(() => phone.page.locator(`option[value="${payer.customerId}"]`).count(), { timeout: 20_000 }).toBe(1);
    front.down();
    await tablet.page.goto(`${front.url}/#/counter`);
    await tablet.page.getByText('Counter out of reach — working offline').waitFor({ timeout: 20_000 });
    const cashier = await host.as('staff', 'counter-pc-0001');
    const lines = [{ productId: product.id, qtyMilli: 1000 }];
    const { totals } = await cashier.call('billing.quote', { lines });
    const atCounter = (async () => {
      for (let i = 0; i < BILLS; i += 1)
        await cashier.call('billing.postInvoice', { lines, clientRef: `counter-bill-${i}`, tenders: [{ method: 'cash', amountPaise: totals.payablePaise }] });
    })();
    for (let i = 1; i <= BILLS; i += 1) {
      await scanCode(tablet.page, product.barcodes[0] ?? '');
      await expect.poll(() => tablet.page.getByTestId('offline-line').count()).toBe(1);
      await tablet.page.keyboard.press('F2');
      await expect.poll(() => queued(tablet.page, 'waiting').count()).toBe(i);
    }
    await tablet.page.screenshot({ path: `${OUT}/tablet-offline.png` });

    await expect.poll(() => phone.page.getByTestId('sync-link').textContent(), { timeout: 20_000 }).toBe('ऑफ़लाइन');
    const form = phone.page.getByRole('form', { name: 'खाते का भुगतान मिला' });
    await form.getByRole('combobox').selectOption(payer.customerId);
    await payKhataOffline(phone.page, form, 10, 100);
    await phone.page.screenshot({ path: `${OUT}/phone-offline.png`, fullPage: true });
    await atCounter;
    expect(host.store.syncCommands.perDevice()).toEqual([]);

    front.up();
    await tablet.page.goto(`${front.url}/#/device-queue`);
    await expect.poll(() => queued(tablet.page, 'posted').count(), { timeout: 60_000 }).toBe(BILLS);
    await phone.page.goto(`${front.url}/#/device-queue`);
    await expect.poll(() => queued(phone.page, 'posted').count(), { timeout: 60_000 }).toBe(10);
    await sync.idle();

    // exactly once: 60 commands recorded, 100 new bills with numbers unique per series
    const applied = host.store.syncCommands.perDevice();
    expect(applied.reduce((n, d) => n + d.commands, 0)).toBe(BILLS + 10);
    expect(applied.every((d) => d.refused === 0)).toBe(true);
    const bills = (await owner.call('billing.listInvoices', { limit: 500 })).filter((b) => !billsBefore.some((o) => o.id === b.id));
    expect(bills).toHaveLength(2 * BILLS);
    expect(new Set(bills.map((b) => b.number)).size).toBe(2 * BILLS);
    const series = new Map<string, number>();
    for (const b of bills) series.set(b.number.replace(/\d+$/, ''), (series.get(b.number.replace(/\d+$/, '')) ?? 0) + 1);
    expect([...series.values()].sort()).toEqual([BILLS, BILLS]);
    expect((await owner.call('catalog.byBarcode', { barcode: product.barcodes[0] ?? '' })).onHandMilli).toBe(stockBefore - 2 * BILLS * 1000);
    const [after] = await owner.call('khata.customers', { q: payer.phone });
    expect(payer.balancePaise - (after?.balancePaise ?? 0)).toBe((101 + 102 + 103 + 104 + 105 + 106 + 107 + 108 + 109 + 110) * 100);

    // every device shows every outcome: the tablet each of its bills' numbers
    const shown = (await queued(tablet.page, 'posted').allTextContents()).join('\n');
    const tabletNumbers = bills.map((b) => b.number).filter((n) => shown.includes(n));
    expect(tabletNumbers).toHaveLength(BILLS);
    await tablet.page.screenshot({ path: `${OUT}/tablet-caught-up.png` });
    await phone.page.screenshot({ path: `${OUT}/phone-caught-up.png`, fullPage: true });
    await tablet.ctx.close();
    await phone.ctx.close();
  }, 600_000);

  it('the owner sets a cloud relay on Settings → Devices; a wrong address is named in the reader’s language', async () => {
    for (const [lang, size, words] of [
      ['en', { width: 1366, height: 768 }, { title: 'Cloud relay', save: 'Connect to the relay', off: 'No cloud relay', field: 'Cloud relay address:' }],
      ['hi', { width: 390, height: 844 }, { title: 'क्लाउड रिले', save: 'रिले से जोड़ें', off: 'कोई क्लाउड रिले नहीं', field: 'क्लाउड रिले का पता:' }],
    ] as const) {
      const ctx = await browser.newContext({ viewport: size, hasTouch: lang === 'hi' });
      await ctx.addInitScript((l) => localStorage.setItem('sk.lang', l), lang);
      const page = await ctx.newPage();
      const { code } = await owner.call('auth.newDeviceCode', { name: `Owner ${lang}` });
      await page.goto(front.url);
      await page.locator('input[name=device-name]').fill(`Owner ${lang}`);
      await page.locator('input[name=device-code]').fill(code);
      await page.locator('[data-testid=register-device] button[type=submit]').click();
      await page.getByRole('button', { name: /Ramesh/ }).click();
      await page.keyboard.type('1111');
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
      await page.goto(`${front.url}/#/settings/devices`);
      const panel = page.getByRole('form', { name: new RegExp(words.title) });
      await expect.poll(() => panel.getByTestId('cloud-status').textContent(), { timeout: 15_000 }).toContain(words.off);
      await panel.locator('input[name=cloud-relay-url]').fill('http://not-a-relay');
      await panel.getByRole('button', { name: words.save }).click();
      await expect.poll(() => page.locator('.toasts').textContent()).toContain(words.field);
      // a well-formed address where no relay answers: the host says so, naming the field
      await panel.locator('input[name=cloud-relay-url]').fill('ws://127.0.0.1:9/sync');
      await panel.locator('input[name=cloud-relay-secret]').fill('a secret the operator gave the shop');
      await panel.getByRole('button', { name: words.save }).click();
      await expect.poll(() => page.locator('.toasts').textContent(), { timeout: 15_000 }).toContain(`${words.field} `);
      await expect.poll(() => page.locator('.toasts').textContent()).toContain('127.0.0.1:9');
      await page.screenshot({ path: `${OUT}/cloud-relay-${lang}.png`, fullPage: true });
      await ctx.close();
    }
  }, 180_000);
});
