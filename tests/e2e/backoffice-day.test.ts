import { mkdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { parseUpiLink, upiAmount } from '../../app/core/payments/upi';
import { launchChromium, logIn } from '../support/browser';
import { DATA_DIR } from '../support/imports';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { shopMorning } from './support/shop-morning';

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
const today = () => new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);

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
  });

  it.runIf(existsSync(OFF))(
    'imports Open Food Facts: the preview names the inactive rows and the guessed HSN, fixed in bulk; Esc closes',
    async () => {
      await page.goto(`${served.http.url}/#/catalog`);
      await page.keyboard.press('F6');
      await page.getByTestId('import-file').setInputFiles(OFF);
      await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('import-inactive').textContent()).toMatch(/^874 new but inactive: no price in the file/);
      expect(await page.getByTestId('import-guessed').textContent()).toMatch(/^874 HSN and GST guessed/);
      expect(await page.getByTestId('import-skipped').textContent()).toMatch(/^5 skipped/);
      expect(await page.getByTestId('import-guesses').textContent()).toContain('9603 · 18%');
      await shot(page, 'import-preview');
      await page.getByLabel('HSN ', { exact: true }).fill('2106');
      await page.getByLabel('GST ', { exact: true }).selectOption('500');
      await page.getByTestId('apply-hsn').click();
      await expect.poll(() => page.getByTestId('import-guessed').textContent(), { timeout: 60_000 }).toMatch(/^0 HSN/);
      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('result-inactive').textContent()).toBe('874');
      await shot(page, 'import-done');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/catalog');
    },
    180_000,
  );

  it('a purchase bill shows tax and total and is checked against the supplier’s total before saving', async () => {
    await page.goto(`${served.http.url}/#/purchasing`);
    await page.keyboard.press('F8');
    await page.getByLabel('Supplier', { exact: true }).selectOption({ label: 'Malwa Agencies' });
    await page.getByLabel('Supplier’s bill no.').fill('MA/E2E/1');
    await page.keyboard.press('F2');
    await page.keyboard.type(biscuitName);
    await page
      .getByRole('option', { name: new RegExp(biscuitName.slice(0, 10)) })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByLabel('qty 1').fill('10');
    await page.getByLabel('cost 1').fill('20');
    await expect.poll(() => page.getByTestId('purchase-total').textContent()).toBe('₹210.00');
    expect(await page.getByTestId('purchase-tax').textContent()).toBe('₹10.00');
    await page.getByTestId('supplier-total').fill('220');
    await expect.poll(() => page.getByTestId('supplier-total-check').textContent()).toContain('says ₹220.00 but the lines come to ₹210.00');
    await page.keyboard.press('F10');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).toBe('#/purchasing/bill');
    await shot(page, 'purchase-mismatch');
    await page.getByTestId('supplier-total').fill('210');
    await expect.poll(() => page.getByTestId('supplier-total-check').textContent()).toContain('matches');
    await page.keyboard.press('F10');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/purchasing');
  });

  it('returns goods from the purchase bill’s lines: a debit note', async () => {
    await page
      .getByTestId('purchase-bills')
      .getByRole('button', { name: /Return goods/ })
      .first()
      .click();
    await page.getByTestId('purchase-return').waitFor();
    await page.getByLabel(`Return qty ${biscuitName}`).fill('2');
    await page.getByLabel('Reason (at least 3 letters)').fill('Two packs torn');
    await shot(page, 'purchase-return');
    await page.getByRole('button', { name: 'Save debit note' }).click();
    await expect.poll(() => page.locator('.toast').last().textContent()).toMatch(/Debit note saved: .* — ₹42\.00/);
    const bills = await owner.call('purchasing.listBills', {});
    expect(bills.map((b) => b.kind).sort()).toEqual(['bill', 'return']);
  });

  it('the day book shows each bill with its postings adding up to the bill amount', async () => {
    await page.goto(`${served.http.url}/#/accounting/day`);
    await page.getByTestId('entries-table').waitFor();
    const register = await owner.call('accounting.salesRegister', { from: today(), to: today() });
    expect(register.rows.length).toBeGreaterThan(0);
    // Each voucher is a group row (its number) followed by its account lines. What the customer owes
    // (cash, UPI, card, khata) is debited at the bill amount; cost of goods and round-off are not part of it.
    const debitsByNumber = () =>
      page.getByTestId('entries-table').evaluate((table) => {
        const sums: Record<string, number> = {};
        let current = '';
        for (const tr of Array.from(table.querySelectorAll('tbody tr'))) {
          const style = tr.getAttribute('data-style');
          const account = tr.querySelector('[data-col="account"]')?.textContent?.trim() ?? '';
          if (style === 'group') current = tr.querySelector('[data-col="voucher"]')?.firstChild?.textContent?.trim() ?? '';
          else if (style === 'total') current = '';
          else if (current && account !== 'Cost of goods sold' && account !== 'Round off') {
            const debit = tr.querySelector('[data-col="debit"]')?.textContent?.replace(/[₹,\s]/g, '') ?? '';
            sums[current] = (sums[current] ?? 0) + Math.round(Number(debit || '0') * 100);
          }
        }
        return sums;
      });
    await expect.poll(async () => Object.keys(await debitsByNumber()).length).toBeGreaterThanOrEqual(register.rows.length);
    const sums = await debitsByNumber();
    for (const r of register.rows) expect(sums[r.number], r.number).toBe(r.totalPaise);
    await shot(page, 'day-book');
  });

  it('a bill’s drill-down shows its items with reprint, PDF and a return that makes a credit note', async () => {
    await page.goto(`${served.http.url}/#/accounting/sales-register`);
    await page.locator('tr.drill').last().click();
    await page.getByTestId('bill-panel').waitFor();
    expect(await page.getByTestId('bill-panel').textContent()).toContain(biscuitName);
    await page.getByTestId('bill-return').click();
    await page.getByTestId('return-form').waitFor();
    await page.getByLabel(`Return qty ${biscuitName}`).fill('1');
    await page.getByTestId('return-form').getByLabel('Reason (at least 3 letters)').fill('Pack torn');
    await shot(page, 'bill-return');
    await page.getByRole('button', { name: 'Make credit note' }).click();
    await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(/Credit note .* for ₹/);
    await page.keyboard.press('Escape');
  });

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

  it('a khata reminder links to a pay page that opens a UPI app for the exact amount', async () => {
    await page.goto(`${served.http.url}/#/khata`);
    await page.getByTestId('khata-row').filter({ hasText: 'Sunita' }).click();
    await page.getByTestId('customer-khata').waitFor();
    expect(await page.getByTestId('khata-ledger').textContent()).toMatch(/Bill [A-Z0-9]+\/\d{4}\/\d+/);
    await page.keyboard.press('F4');
    const link = (await page.getByTestId('reminder-pay-page').getAttribute('href')) ?? '';
    expect(await page.getByTestId('reminder-text').inputValue()).toContain(link);
    await shot(page, 'khata-reminder');
    await page.keyboard.press('Escape');
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await phone.goto(link);
    const pay = parseUpiLink((await phone.locator('#pay').getAttribute('href')) ?? '');
    expect(pay).toMatchObject({ pa: 'sharmastore@upi', am: upiAmount(sunitaDue) });
    const png = PNG.sync.read(await phone.locator('.qr').screenshot());
    const qr = parseUpiLink(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '');
    expect(qr).toMatchObject({ pa: 'sharmastore@upi', am: upiAmount(sunitaDue) });
    await phone.screenshot({ path: 'test-results/backoffice-pay-page.png', fullPage: true });
    await phone.close();
  });
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
