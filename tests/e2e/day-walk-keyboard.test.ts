import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../app/core/i18n';
import { launchChromium } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { DEVANAGARI } from '../support/words';
import * as office from './support/day/back-office-keys';
import * as counter from './support/day/counter-keys';
import { hashOf, newWalk, shopToday, signIn, type Walk } from './support/day/walk';
import { shopMorning, type Morning } from './support/shop-morning';

/**
 * The whole shop day in one Chromium walk, keyboard only at 1366×768, first in English and then the
 * very same steps in Hindi on a shop of its own: the drawer opened, bills with repeat scans, a
 * weighed item, a manager's discount and split tenders with keys typed in every tender box, a bill
 * held here and resumed on a second device, two items of the morning's bill returned by scanning
 * its receipt, a bill cancelled, the Open Food Facts import, a purchase bill checked against the
 * supplier's total and a return of it, a khata reminder whose pay page opens a UPI app on a phone,
 * the drawer closed and the day book at the bills' amounts. In Hindi no screen of the walk says a
 * word in English besides the shop's own data (names typed in English) and the abbreviations the
 * Hindi screens keep. Screenshots go to test-results/day-walk/keyboard/ (Hindi: keyboard-hi/).
 */

/** What a Hindi screen keeps in Latin letters: the tax and payment abbreviations, key names, the brand. */
const KEPT_ON_HINDI_SCREENS = [
  'SmartKirana',
  'GSTIN',
  'CGST',
  'SGST',
  'IGST',
  'UTGST',
  'GST',
  'UPI',
  'HSN',
  'MRP',
  'PDF',
  'QR',
  'Alt',
  'Esc',
  'Enter',
  'Shift',
  'Ctrl',
  'Del',
  'English',
  'CSV',
  'Excel',
  'UTF',
  'Windows',
  'ANSI',
  // links the screens hand on (the pay page), and document numbers (C3/2627/00001, D1JV/2627/00001)
  /https?:\/\/\S+/,
  /\b[A-Z0-9]+\/\d{4}\/\d+\b/,
];

/** What the walk itself types in English: a bill number and the reasons given. */
const TYPED_BY_THE_WALK = ['MA/WALK/1', 'Two packs torn', 'Customer changed mind', 'Pack torn'];

/** Barcode standards the importer's row reasons name as they are ("EAN-13 has 13 digits") in either language. */
const IMPORTER_ROW_REASONS = ['EAN', 'UPC-A'];

/** Every picture the walk takes, each a screen read for English words on the Hindi walk. */
const WALKED = [
  'drawer-open',
  'counter-repeat-and-weight',
  'counter-discount-refused',
  'counter-tenders-typed',
  'counter-held-on-second-device',
  'counter-return-by-scan',
  'counter-cancelled',
  'back-office-user-bar',
  'import-preview',
  'import-done',
  'purchase-mismatch',
  'purchase-return',
  'khata-reminder',
  'drawer-close',
  'day-book',
];

describe.each(['en', 'hi'] as const)('the shop day at the keyboard (%s)', (lang: Lang) => {
  let served: ServedHost;
  let w: Walk;
  let morning: Morning;
  /** whether the owner has taken over from the manager (the import step signs him in) */
  let ownerIn = false;
  const period = () => `${shopToday().slice(5, 7)}${shopToday().slice(0, 4)}`;

  beforeAll(async () => {
    served = await serveTestHost();
    served.host.setLanBaseUrl(served.http.url);
    morning = await shopMorning(served, `e2e-walk-keys-${lang}`);
    const browser = await launchChromium();
    const out = `test-results/day-walk/keyboard${lang === 'hi' ? '-hi' : ''}`;
    w = newWalk(served, browser, await browser.newPage({ viewport: { width: 1366, height: 768 } }), out, lang);
    if (lang === 'hi') w.shopWords.push(...KEPT_ON_HINDI_SCREENS, ...TYPED_BY_THE_WALK, ...(await shopOwnWords(morning)));
  }, 60_000);
  afterAll(async () => {
    await w?.browser.close();
    await served?.stop();
  });

  describe('the counter, the manager at the keyboard', () => {
    it('opens the drawer with the float counted', async () => {
      await signIn(w, w.page, /Suresh/, '2222');
      await office.countDrawer(w, { 500: 2, 100: 5 }, 'drawer-open');
      expect((await morning.owner.call('accounting.register', {})).open?.openingCountedPaise).toBe(150_000);
      await w.page.keyboard.press('Alt+1');
      await expect.poll(() => hashOf(w.page)).toMatch(/^#\/counter/);
    }, 60_000);

    it('bills with repeat scans, a weighed item, a manager’s discount and split tenders the keys never change', async () => {
      await w.page.getByLabel(w.say('search')).focus();
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
        // the counter's Switch user key, shown on its top bar
        await w.page.keyboard.press('F12');
        await signIn(w, w.page, /Ramesh/, '1111');
        ownerIn = true;
        await office.importOpenFoodFacts(w);
      },
      120_000,
    );

    it('a purchase bill checked against the supplier’s total, then a purchase return', async () => {
      if (!ownerIn) {
        await w.page.keyboard.press('F12');
        await signIn(w, w.page, /Ramesh/, '1111');
      }
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

  describe.runIf(lang === 'hi')('every screen of the walk in Hindi', () => {
    it('no screen said a word in English besides the shop’s own', () => {
      const pictures = WALKED.filter((name) => existsSync(office.OFF_FILE) || !name.startsWith('import'));
      // The import screens show the file's name, its columns and rows as they are in the file, and
      // the barcode standards a skipped row's reason names (EAN, UPC-A) as they are.
      const inFile = new Set([
        ...(existsSync(office.OFF_FILE) ? (readFileSync(office.OFF_FILE, 'utf8').match(/[A-Za-z][A-Za-z’'-]*[A-Za-z]/g) ?? []) : []),
        ...['openfoodfacts', 'india', 'barcodes', 'csv'],
        ...IMPORTER_ROW_REASONS,
      ]);
      const said = Object.fromEntries(
        Object.entries(w.english).map(([name, words]) => [name, name.startsWith('import') ? words.filter((x) => !inFile.has(x)) : words]),
      );
      expect(said).toEqual(Object.fromEntries(pictures.map((name) => [name, []])));
    });

    it('each key screen is headed in Hindi and nothing runs off the screen', async () => {
      const { page } = w;
      for (const path of ['/counter', '/vouchers/drawer', '/catalog/import', '/purchasing/bill', '/khata', '/accounting/day']) {
        await page.goto(`${served.http.url}/#${path}`);
        await expect.poll(() => firstHeading(page)).toMatch(DEVANAGARI);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(1366);
      }
    }, 60_000);
  });
});

const firstHeading = (p: Page) =>
  p
    .locator('.screen h1, .screen h2, .screen .search-input')
    .first()
    .evaluate((e) => e.textContent || e.getAttribute('placeholder') || '');

/** The shop's own words typed in English: its products, customers, suppliers, people, its name and its account codes. */
async function shopOwnWords({ owner }: Morning): Promise<string[]> {
  const [products, customers, suppliers, users, shop, accounts] = await Promise.all([
    owner.call('catalog.counterIndex', {}),
    owner.call('khata.customers', { limit: 1000 }),
    owner.call('suppliers.list', {}),
    owner.call('auth.users', {}),
    owner.call('shop.get', {}),
    owner.call('accounting.accounts', { includeInactive: true }),
  ]);
  return [
    ...products.map((p) => p.name),
    ...customers.map((c) => c.name),
    ...suppliers.map((s) => s.name),
    ...users.map((u) => u.name),
    shop.name,
    // the books' account codes (CASH, UPI_CLEARING) beside the Hindi names, as codes are typed
    ...accounts.map((a) => a.code),
  ];
}
