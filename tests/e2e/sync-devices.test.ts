import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type * as Y from 'yjs';
import { SYNC_DOCUMENT, SYNC_KEYS, TodayFigures } from '../../app/core/contract/sync-documents';
import { formatInr } from '../../app/core/format';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { launchChromium, scanCode } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { startLanFront, type LanFront } from '../sync/support/lan-front';
import { payKhataOffline, queued } from './support/offline-queue';

/**
 * The manager's tablet (820×1180, touch) and the owner's phone (390×844, touch, Hindi) working
 * from their own copies while the counter is out of reach: the tablet bills, the phone takes 10
 * khata payments, a reload offline still opens the app (service worker), and on reconnect every
 * command is applied once by the counter and its outcome shows on the device. The counter is the
 * real host with its embedded relay (`npm start`'s shape), reached through a LAN address that
 * can be cut off.
 */
const OUT = 'test-results/sync-devices';
let served: ServedHost;
let front: LanFront;
let browser: Browser;
let shopId: string;
let staff: Y.Doc;
/** commands the counter had recorded before these walks (sync_commands) */
const before = new Set<string>();
const GONE = { name: 'Purana Grahak', phone: '9000000099' };

type Row = { commandId: string; status: string; reference: string | null };
/** What the counter recorded for the devices' commands since the walks began: each command id is its row's key. */
const recorded = (): Row[] =>
  served.host.store.raw
    .prepare<[], Row>('SELECT command_id AS commandId, status, reference FROM sync_commands')
    .all()
    .filter((r) => !before.has(r.commandId));
const invoicesFor = (ids: string[]) =>
  ids.reduce(
    (n, id) => n + (served.host.store.raw.prepare<[string], { n: number }>('SELECT count(*) AS n FROM invoices WHERE client_ref = ?').get(id)?.n ?? 0),
    0,
  );

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  served = await serveTestHost({}, { sync: true });
  shopId = served.sync?.shopId ?? '';
  if (!served.sync) throw new Error('the host runs no relay');
  staff = (await served.sync.relay.openDocument(SYNC_DOCUMENT.staff(shopId))).doc;
  for (const r of served.host.store.raw.prepare<[], { id: string }>('SELECT command_id AS id FROM sync_commands').all()) before.add(r.id);
  // A customer who owes the shop: a khata sale before the devices copy the dues.
  const manager = await served.host.as('manager');
  const [customer] = await manager.call('khata.customers', {});
  const lines = [{ productId: (await manager.call('catalog.byBarcode', { barcode: demoBarcode(1) })).id, qtyMilli: 3000 }];
  const { totals } = await manager.call('billing.quote', { lines, customerId: customer!.customerId });
  await manager.call('billing.postInvoice', {
    lines,
    customerId: customer!.customerId,
    clientRef: 'khata-sale-0001',
    tenders: [{ method: 'credit', amountPaise: totals.payablePaise }],
  });
  // A customer the phone copies into its dues and the shop then removes while the phone is offline.
  await manager.call('customers.add', GONE);
  front = await startLanFront(served.http.port);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await front?.close();
  await served?.stop();
});

async function device(width: number, height: number, lang: 'en' | 'hi'): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
  const target = JSON.stringify({ shopId, relayUrl: null, relayToken: null });
  await ctx.addInitScript(
    ([t, l]) => {
      localStorage.setItem('sk.syncTarget', t);
      if (!localStorage.getItem('sk.lang')) localStorage.setItem('sk.lang', l);
    },
    [target, lang] as const,
  );
  return { ctx, page: await ctx.newPage() };
}

async function signIn(page: Page, name: RegExp, pin: string) {
  await page.goto(front.url);
  await page.getByRole('button', { name }).tap();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });

describe('the manager’s tablet with the counter out of reach', () => {
  let page: Page;
  let ctx: BrowserContext;

  it('keeps a copy of the catalogue with its age and installs the app shell while online', async () => {
    ({ ctx, page } = await device(820, 1180, 'en'));
    await signIn(page, /Suresh \(Manager\)/, '2222');
    await page.goto(`${front.url}/#/device-queue`);
    await expect.poll(() => page.getByTestId('prices-as-of').textContent(), { timeout: 15_000 }).toMatch(/^Prices as of \d\d-\d\d-\d{4} .*\(just now\)$/);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)), { timeout: 15_000 })
      .toBe(true);
  });

  it('makes bills offline, by scanner and by touch, priced as the counter prices them, into its outbox', async () => {
    front.down();
    await page.goto(`${front.url}/#/counter`);
    await page.getByText('Counter out of reach — working offline').waitFor({ timeout: 15_000 });
    const manager = await served.host.as('manager');
    const [first, second, third] = await Promise.all([1, 2, 3].map((n) => manager.call('catalog.byBarcode', { barcode: demoBarcode(n) })));
    const carts = [
      [{ productId: first!.id, qtyMilli: 2000 }],
      [{ productId: second!.id, qtyMilli: 1000 }],
      [
        { productId: third!.id, qtyMilli: 1000 },
        { productId: first!.id, qtyMilli: 1000 },
      ],
    ];
    const quotes = await Promise.all(carts.map((lines) => manager.call('billing.quote', { lines })));
    const rupees = (paise: number) => `₹${(paise / 100).toLocaleString('en-IN', { minimumFractionDigits: 2 })}`;

    // 1: a Bluetooth scanner types the code twice; paid in cash with F2.
    await scanCode(page, demoBarcode(1));
    await scanCode(page, demoBarcode(1));
    await expect.poll(() => page.getByTestId('offline-line').count()).toBe(1);
    await expect.poll(() => page.getByTestId('offline-payable').textContent()).toBe(rupees(quotes[0]!.totals.payablePaise));
    await page.keyboard.press('F2');
    await expect.poll(() => queued(page, 'waiting').count()).toBe(1);

    // 2: searched and tapped; paid by UPI with a tap on the key bar.
    await page.getByLabel('Scan or search (name, barcode)').fill(second!.name);
    await page.getByRole('option').filter({ hasText: second!.name }).first().tap();
    await expect.poll(() => page.getByTestId('offline-payable').textContent()).toBe(rupees(quotes[1]!.totals.payablePaise));
    await page.getByRole('button', { name: /Paid by UPI/ }).tap();
    await expect.poll(() => queued(page, 'waiting').count()).toBe(2);

    // 3: two lines, paid by card.
    await scanCode(page, demoBarcode(3));
    await scanCode(page, demoBarcode(1));
    await expect.poll(() => page.getByTestId('offline-payable').textContent()).toBe(rupees(quotes[2]!.totals.payablePaise));
    await page.keyboard.press('F4');
    await expect.poll(() => queued(page, 'waiting').count()).toBe(3);
    await shot(page, 'tablet-offline');
    expect(recorded()).toHaveLength(0);
  });

  it('opens again after a reload with the network off, with its queue', async () => {
    await ctx.setOffline(true);
    await page.reload();
    await page.getByText('Counter out of reach — working offline').waitFor({ timeout: 15_000 });
    await expect.poll(() => queued(page, 'waiting').count(), { timeout: 10_000 }).toBe(3);
    await ctx.setOffline(false);
  });

  it('catches up by itself when the counter is back: each bill posted once, its number shown', async () => {
    front.up();
    await page.goto(`${front.url}/#/device-queue`);
    await expect.poll(() => queued(page, 'posted').count(), { timeout: 30_000 }).toBe(3);
    const rows = recorded();
    const numbers = rows.filter((o) => o.status === 'applied').map((o) => o.reference ?? '');
    expect(numbers).toHaveLength(3);
    for (const n of numbers) await expect.poll(() => page.getByText(`Posted ${n}`).count()).toBe(1);
    expect(invoicesFor(rows.map((r) => r.commandId))).toBe(3);
    const bills = await (await served.host.as('owner')).call('billing.listInvoices', {});
    for (const n of numbers) expect(bills.filter((b) => b.number === n)).toHaveLength(1);
    await shot(page, 'tablet-caught-up');
    await ctx.close();
  });
});

describe('the owner’s phone, in Hindi', () => {
  let page: Page;
  let ctx: BrowserContext;
  const shopDate = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 10);

  it('shows today against last week, the drawer, the split, low stock and dues from the staff document', async () => {
    // The counter's own figures, as it wrote them after the tablet's bills.
    const day = (ms: number) => TodayFigures.parse(staff.getMap(SYNC_KEYS.staff.today).get(shopDate(ms)));
    ({ ctx, page } = await device(390, 844, 'hi'));
    await signIn(page, /Ramesh/, '1111');
    await page.goto(`${front.url}/#/shop-today`);
    await expect.poll(() => page.getByTestId('sales-today').textContent(), { timeout: 15_000 }).toContain(formatInr(day(Date.now()).salesPaise));
    expect(day(Date.now()).salesPaise).toBeGreaterThan(0);
    expect(await page.getByTestId('sales-today').textContent()).toContain(`पिछले हफ़्ते इसी दिन ${formatInr(day(Date.now() - 7 * 86_400_000).salesPaise)}`);
    expect(await page.getByTestId('cash-in-drawer').textContent()).toContain(formatInr(day(Date.now()).cashInDrawerPaise));
    expect(await page.getByTestId('tender-split').textContent()).toContain('यूपीआई');
    await expect.poll(() => page.getByTestId('dues').locator('li').count()).toBeGreaterThan(0);
    await shot(page, 'phone-online');
  });

  it('records 10 khata payments and an expense offline into its outbox, and says which field is wrong', async () => {
    const gone = (await (await served.host.as('owner')).call('khata.customers', { q: GONE.phone }))[0]!;
    await expect.poll(() => page.locator('option', { hasText: GONE.name }).count()).toBe(1);
    front.down();
    // Removed at the counter meanwhile (the shop's books have nothing of theirs).
    served.host.store.raw.prepare('DELETE FROM customers WHERE id = ?').run(gone.customerId);
    await expect.poll(() => page.getByTestId('sync-link').textContent(), { timeout: 15_000 }).toBe('ऑफ़लाइन');
    const form = page.getByRole('form', { name: 'खाते का भुगतान मिला' });
    await form.getByRole('button', { name: 'भुगतान सहेजें' }).tap();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('ग्राहक: चुनें किसने भुगतान किया।');
    const customers = await (await served.host.as('owner')).call('khata.customers', { dueOnly: true });
    const payer = customers[0]!;
    await form.getByRole('combobox').selectOption(payer.customerId);
    await form.getByRole('textbox').first().fill('abc');
    await form.getByRole('button', { name: 'भुगतान सहेजें' }).tap();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('रक़म ₹');
    await payKhataOffline(page, form, 10, 10);
    await form.getByRole('combobox').selectOption(gone.customerId);
    await form.getByRole('textbox').first().fill('50');
    await form.getByRole('button', { name: 'भुगतान सहेजें' }).tap();
    await expect.poll(() => queued(page, 'waiting').count()).toBe(11);
    const expense = page.getByRole('form', { name: 'ख़र्च दर्ज करें' });
    await expense.getByRole('combobox').selectOption('ELECTRICITY');
    await expense.getByRole('textbox').first().fill('120');
    await expense.getByRole('button', { name: 'ख़र्च सहेजें' }).tap();
    await expect.poll(() => queued(page, 'waiting').count()).toBe(12);
    await shot(page, 'phone-offline');

    front.up();
    await expect.poll(() => queued(page, 'posted').count(), { timeout: 30_000 }).toBe(11);
    await expect.poll(() => queued(page, 'refused').count()).toBe(1);
    const refused = await queued(page, 'refused').textContent();
    expect(refused).toMatch(/अस्वीकार: \S+/);
    expect(refused).not.toContain(gone.customerId);
    const after = await (await served.host.as('owner')).call('khata.customers', { q: payer.phone });
    expect(payer.balancePaise - after[0]!.balancePaise).toBe((11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20) * 100);
    expect(recorded().filter((r) => r.status === 'applied')).toHaveLength(3 + 11);
    await shot(page, 'phone-caught-up');
    await ctx.close();
  });
});

describe('a tablet on the shop’s Wi-Fi over plain http', () => {
  // The PC's LAN name, resolved to this machine: an http origin that is not loopback, as a tablet sees the counter.
  const lanName = 'kirana-pc.lan';
  const resolve = `--host-resolver-rules=MAP ${lanName} 127.0.0.1`;
  const lanUrl = () => front.url.replace('127.0.0.1', lanName);

  it('gets no service worker without a secure context', async () => {
    const plain = await launchChromium([resolve]);
    try {
      const page = await plain.newPage();
      await page.goto(lanUrl());
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    } finally {
      await plain.close();
    }
  }, 60_000);

  it('opens after a reload offline once the browser treats the counter’s address as secure', async () => {
    const trusted = await launchChromium([resolve, `--unsafely-treat-insecure-origin-as-secure=http://${lanName}:${new URL(front.url).port}`]);
    try {
      const ctx = await trusted.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
      await ctx.addInitScript((t) => localStorage.setItem('sk.syncTarget', t), JSON.stringify({ shopId, relayUrl: null, relayToken: null }));
      const page = await ctx.newPage();
      await page.goto(lanUrl());
      await page.getByRole('button', { name: /Pooja \(Staff\)/ }).tap();
      await page.keyboard.type('3333');
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)), { timeout: 15_000 })
        .toBe(true);
      await page.goto(`${lanUrl()}/#/device-queue`);
      await expect.poll(() => page.getByTestId('prices-as-of').textContent(), { timeout: 15_000 }).toMatch(/^Prices as of/);
      await page.goto(`${lanUrl()}/#/counter`);
      front.down();
      await ctx.setOffline(true);
      await page.reload();
      await page.getByText('Counter out of reach — working offline').waitFor({ timeout: 15_000 });
      await ctx.setOffline(false);
      front.up();
    } finally {
      await trusted.close();
    }
  }, 60_000);
});
