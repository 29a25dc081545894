import { mkdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { launchChromium, logIn } from '../support/browser';
import { DATA_DIR } from '../support/imports';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { shopMorning } from './support/shop-morning';
import * as office from './support/day/back-office-keys';
import { newWalk, type Walk } from './support/day/walk';

/**
 * The back office of a shop day in Chromium, keyboard at 1366×768 in English and touch at 820×1180
 * in Hindi: the Open Food Facts import says what it will do, a purchase bill checked against the
 * supplier's total, a purchase return, the day book at the bills' amounts, a return from a bill's
 * drill-down, low stock asking for the supplier, and a khata reminder whose pay page opens a UPI app.
 */
const OFF = join(DATA_DIR, 'openfoodfacts_india_890_barcodes.csv');
let served: ServedHost;
let browser: Browser;
let owner: ApiClient;
let sunitaDue = 0;
let biscuitName = '';
let w: Walk;

async function shot(page: Page, name: string) {
  mkdirSync('test-results', { recursive: true });
  const { width, height: h } = page.viewportSize() ?? { width: 1366, height: 768 };
  const height = await page.evaluate<number>("Math.max(innerHeight, (document.querySelector('.screen')?.scrollHeight ?? 0) + 40)");
  await page.setViewportSize({ width, height: Math.min(height, 3000) });
  await page.screenshot({ path: `test-results/backoffice-${name}.png` });
  await page.setViewportSize({ width, height: h });
}

beforeAll(async () => {
  served = await serveTestHost();
  served.host.setLanBaseUrl(served.http.url);
  ({ owner, sunitaDuePaise: sunitaDue, biscuitName } = await shopMorning(served, 'e2e-bo'));
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('keyboard, 1366×768, English', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(served.http.url);
    await logIn(page, /Ramesh \(Owner\)/, '1111');
    await page.getByRole('navigation', { name: 'Screens' }).waitFor();
    w = newWalk(served, browser, page, 'test-results/backoffice-day');
  });

  it.runIf(existsSync(OFF))(
    'imports Open Food Facts: the preview names the inactive rows and the guessed HSN, fixed in bulk; Esc closes',
    () => office.importOpenFoodFacts(w),
    180_000,
  );

  it('a purchase bill shows tax and total and is checked against the supplier’s total before saving', () =>
    office.purchaseBillChecked(w, biscuitName, 'MA/E2E/1'));

  it('returns goods from the purchase bill’s lines: a debit note', async () => {
    await office.purchaseReturn(w, biscuitName);
    const bills = await owner.call('purchasing.listBills', {});
    expect(bills.map((b) => b.kind).sort()).toEqual(['bill', 'return']);
  });

  it('the day book shows each bill as one row at the bill amount', () => office.dayBookEqualsBills(w));

  it('a bill’s drill-down shows its items with reprint, PDF and a return that makes a credit note', () => office.returnFromDrillDown(w, biscuitName));

  it('low stock → purchase order asks for the supplier instead of picking one', async () => {
    await page.goto(`${served.http.url}/#/inventory`);
    const first = page.getByTestId('low-stock').locator('input[type=checkbox]').first();
    if ((await first.count()) === 0) return; // no product is low in the demo shop today
    await first.check();
    await page.getByRole('button', { name: /Create purchase order/ }).click();
    await expect.poll(() => page.getByTestId('choose-supplier').textContent()).toContain('Choose the supplier');
    expect((await owner.call('purchasing.listOrders', {})).length).toBe(0);
    await shot(page, 'low-stock-ask');
  });

  it('a khata reminder links to a pay page that opens a UPI app for the exact amount', () => office.khataReminderOpensUpi(w, sunitaDue));
});

describe('touch, 820×1180, Hindi', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
    await page.goto(served.http.url);
    await page.locator('.login-head button').tap();
    await page.getByRole('button', { name: /Ramesh/ }).tap();
    for (const d of '1111↵') await page.getByRole('button', { name: d, exact: true }).tap();
    await page.getByRole('navigation', { name: 'Screens' }).waitFor();
  });

  it('the purchase form shows tax, total and the supplier’s total check, in Hindi words', async () => {
    await page.goto(`${served.http.url}/#/purchasing/bill`);
    await page.getByLabel('सप्लायर', { exact: true }).selectOption({ label: 'Malwa Agencies' });
    expect(await page.getByTestId('purchase-totals').textContent()).toContain('बिल का जोड़');
    await shot(page, 'hi-purchase-form');
  });

  it('the day book and a bill’s drill-down, by touch', async () => {
    await page.goto(`${served.http.url}/#/accounting/sales-register`);
    await page.locator('tr.drill').first().tap();
    await page.getByTestId('bill-panel').waitFor();
    expect(await page.getByTestId('bill-return').textContent()).toContain('सामान वापस लें');
    await shot(page, 'hi-bill-drill');
  });

  it.runIf(existsSync(OFF))(
    'the import preview in Hindi',
    async () => {
      await page.goto(`${served.http.url}/#/catalog/import`);
      await page.getByTestId('import-file').setInputFiles(OFF);
      await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
      // everything is in the catalogue now: named as such, not as errors
      expect(await page.getByTestId('import-existing').textContent()).toMatch(/^874 पहले से कैटलॉग में/);
      await shot(page, 'hi-import-again');
    },
    120_000,
  );
});
