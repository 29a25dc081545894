import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { DEVANAGARI } from '../support/words';
import * as office from './support/day/back-office-keys';
import * as counter from './support/day/counter-keys';
import { hashOf, newWalk, shopToday, shot, signIn, type Walk } from './support/day/walk';
import { shopMorning, type Morning } from './support/shop-morning';

/**
 * The whole shop day in one Chromium walk, keyboard only at 1366×768, in English: the drawer opened,
 * bills with repeat scans, a weighed item, a manager's discount and split tenders with keys typed in
 * every tender box, a bill held here and resumed on a second device, two items of the morning's bill
 * returned by scanning its receipt, a bill cancelled, the Open Food Facts import, a purchase bill
 * checked against the supplier's total and a return of it, a khata reminder whose pay page opens a
 * UPI app on a phone, the drawer closed and the day book at the bills' amounts; then the same key
 * screens in Hindi. Screenshots go to test-results/day-walk/keyboard/.
 */
let served: ServedHost;
let w: Walk;
let morning: Morning;
const period = () => `${shopToday().slice(5, 7)}${shopToday().slice(0, 4)}`;

beforeAll(async () => {
  served = await serveTestHost();
  served.host.setLanBaseUrl(served.http.url);
  morning = await shopMorning(served, 'e2e-walk-keys');
  const browser = await launchChromium();
  w = newWalk(served, browser, await browser.newPage({ viewport: { width: 1366, height: 768 } }), 'test-results/day-walk/keyboard');
}, 60_000);
afterAll(async () => {
  await w?.browser.close();
  await served?.stop();
});

describe('the counter, the manager at the keyboard', () => {
  it('opens the drawer with the float counted', async () => {
    await signIn(w, w.page, /Suresh \(Manager\)/, '2222');
    await office.countDrawer(w, { 500: 2, 100: 5 }, 'drawer-open');
    expect((await morning.owner.call('accounting.register', {})).open?.openingCountedPaise).toBe(150_000);
    await w.page.keyboard.press('Alt+1');
    await expect.poll(() => hashOf(w.page)).toMatch(/^#\/counter/);
  }, 60_000);

  it('bills with repeat scans, a weighed item, a manager’s discount and split tenders the keys never change', async () => {
    await w.page.getByLabel('Search').focus();
    await counter.repeatScansAndWeight(w);
    await counter.discountAndQuantitySense(w);
    w.bills.morning = await counter.tenderKeysThenSplitPay(w);
    const bill = await morning.owner.call('billing.findInvoice', { number: w.bills.morning });
    expect(bill.payments.map((p) => p.method).sort()).toEqual(['cash', 'upi']);
  }, 60_000);

  it('holds a bill here and resumes it on a second device', async () => {
    await counter.holdHereResumeThere(w);
  }, 60_000);

  it('returns two items of the morning bill by scanning its receipt: stock back into the same lots, the note in GSTR-1', async () => {
    const before = (await morning.owner.call('gst.gstr1', { period: period() })).summary.b2cs.taxablePaise;
    const { invoiceId, creditNote } = await counter.returnTwoItems(w, w.bills.morning ?? '', 'scan');
    const note = await morning.owner.call('accounting.getCreditNote', { id: creditNote?.id ?? '' });
    const sold = await morning.owner.call('inventory.movesFor', { refId: invoiceId });
    const back = await morning.owner.call('inventory.movesFor', { refId: note.id });
    expect(back.length).toBe(2);
    for (const m of back) {
      expect(m.qtyMilli).toBe(1000);
      expect(sold.filter((s) => s.productId === m.productId).map((s) => s.batchId)).toContain(m.batchId);
    }
    // a B2C bill's credit note is declared in the month it is made, netted into B2CS
    const after = (await morning.owner.call('gst.gstr1', { period: period() })).summary.b2cs.taxablePaise;
    expect(before - after).toBe(note.totals.taxablePaise);
  }, 60_000);

  it('cancels a bill from the last-bill bar, and Alt-keys move on after clicks on empty space', async () => {
    w.bills.cancelled = await counter.cancelLastBill(w);
    await counter.altKeysAfterClicks(w);
  }, 60_000);
});

describe('the back office, the owner at the keyboard', () => {
  it.runIf(existsSync(office.OFF_FILE))(
    'imports the Open Food Facts file: the preview names the inactive and the guessed rows',
    async () => {
      await w.page.getByRole('button', { name: 'Switch user' }).click();
      await signIn(w, w.page, /Ramesh \(Owner\)/, '1111');
      await office.importOpenFoodFacts(w);
    },
    60_000,
  );

  it('a purchase bill checked against the supplier’s total, then a purchase return', async () => {
    if ((await w.page.getByTestId('signed-in-user').textContent())?.includes('Ramesh') !== true) await signIn(w, w.page, /Ramesh \(Owner\)/, '1111');
    await office.purchaseBillChecked(w, morning.biscuitName, 'MA/WALK/1');
    await office.purchaseReturn(w, morning.biscuitName);
    const bills = await morning.owner.call('purchasing.listBills', {});
    expect(bills.map((b) => b.kind).sort()).toEqual(['bill', 'return']);
  }, 60_000);

  it('a khata reminder whose pay page opens a UPI app from a phone', async () => {
    await office.khataReminderOpensUpi(w, morning.sunitaDuePaise);
  }, 60_000);

  it('closes the drawer and the day book shows every bill at its amount', async () => {
    const { bookCashPaise } = await morning.owner.call('accounting.register', {});
    const rupees = Math.floor(bookCashPaise / 100);
    await office.countDrawer(w, { 500: Math.floor(rupees / 500), 1: rupees % 500 }, 'drawer-close');
    const closed = await morning.owner.call('accounting.register', {});
    expect(closed.open).toBeNull();
    // counted in whole rupees: short by the paise only
    expect(Math.abs(closed.last?.differencePaise ?? -1)).toBe(bookCashPaise % 100);
    const rows = await office.dayBookEqualsBills(w, undefined, [w.bills.cancelled ?? '']);
    expect(rows.map((r) => r.number)).toEqual(expect.arrayContaining([w.bills.morning, w.bills.cancelled]));
  }, 60_000);
});

describe('the same key screens in Hindi', () => {
  const screens = ['/counter', '/vouchers/drawer', '/catalog/import', '/purchasing/bill', '/khata', '/accounting/day'];
  it('each is in Hindi words and nothing runs off the screen', async () => {
    const { page } = w;
    await page
      .getByRole('button', { name: 'हिंदी' })
      .or(page.getByRole('button', { name: 'Language' }))
      .first()
      .click();
    for (const path of screens) {
      await page.goto(`${served.http.url}/#${path}`);
      await expect.poll(() => firstHeading(page)).toMatch(DEVANAGARI);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      await shot(w, `hi-${path.slice(1).replace(/\W+/g, '-')}`);
    }
  }, 60_000);
});

const firstHeading = (p: Page) =>
  p
    .locator('.screen h1, .screen h2, .screen .search-input')
    .first()
    .evaluate((e) => e.textContent || e.getAttribute('placeholder') || '');
