import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatDate } from '../../app/core/format';
import { decodeEscPos } from '../../printers/virtual/decode';
import { launchChromium, logIn } from '../support/browser';
import { DATA_DIR } from '../support/imports';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { lineBox } from '../support/words';

let served: ServedHost;
let browser: Browser;
let page: Page;
// Toasts fade after 4 s; hidden in the pictures so they do not cover the screen being looked at.
const shot = (name: string) => page.screenshot({ path: `test-results/${name}.png`, style: '.toasts { display: none }' });
// Typed as the shop writes dates: DD-MM-YYYY.
const day = (offset: number) => formatDate(new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10));
const BUTTER = 'prod-demo-016';

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  served = await serveTestHost();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-IN' });
  await page.goto(served.http.url);
  await logIn(page, /Suresh \(Manager\)/, '2222');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

const onHand = async () => (await (await served.host.as('staff', 'e2e-stock-check')).call('inventory.onHand', { productIds: [BUTTER] }))[0]!.qtyMilli;

describe('stock from the supplier to the shelf to the counter', () => {
  it('receives a purchase bill with batches, and the stock rises', async () => {
    const before = await onHand();
    await page.goto(`${served.http.url}/#/purchasing`);
    // F8 belongs to the purchasing screen: press it once that screen is there, not while the last one leaves.
    await page.getByRole('button', { name: /^F8 / }).and(page.locator(':not(.keyhint)')).waitFor();
    await page.keyboard.press('F8');
    await page.getByLabel('Supplier', { exact: true }).selectOption({ label: 'Malwa Agencies' });
    await page.getByLabel('Supplier’s bill no.').fill('MA/E2E/7');
    await page.getByLabel('Search').fill('amul butter');
    await page.getByRole('option', { name: /Amul Butter/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByLabel(lineBox('en', 'lineQty', 1), { exact: true }).fill('10');
    await page.getByLabel(lineBox('en', 'lineFree', 1), { exact: true }).fill('1');
    await page.getByLabel(lineBox('en', 'lineCost', 1), { exact: true }).fill('50');
    await page.getByLabel(lineBox('en', 'lineBatch', 1), { exact: true }).fill('B-SOON');
    await page.getByLabel(lineBox('en', 'lineExpiry', 1), { exact: true }).fill(day(12));
    await page.getByLabel(lineBox('en', 'mrp', 1), { exact: true }).fill('60');
    await shot('purchase-bill');
    await page.keyboard.press('F10');
    await page.getByTestId('purchase-bills').getByText('MA/E2E/7').waitFor();
    await shot('purchase-bills');
    expect(await onHand()).toBe(before + 11_000);

    await page.goto(`${served.http.url}/#/catalog`);
    await page.locator('#catalog-q').fill('amul butter');
    await expect.poll(() => page.getByTestId('catalog-results').textContent()).toContain(String((before + 11_000) / 1000));
    await shot('catalog-search');
  });

  it('sells first-expiry-first at the counter, at the lot’s MRP', async () => {
    await page.goto(`${served.http.url}/#/counter`);
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Search');
    // Picked by name: scanning at the counter has its own e2e (and main's scanner race fix).
    await page.getByLabel('Search').fill('amul butter');
    await page.getByRole('option', { name: /Amul Butter/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-line').count()).toBe(1);
    // The rate shown is the lot's MRP (₹60), below the catalogue price (₹62).
    await expect.poll(() => page.getByTestId('cart-line').first().textContent()).toMatch(/₹60\.00.*₹60\.00/);
    await page.keyboard.press('F9');
    await page.getByLabel('Cash received').fill('100');
    await shot('counter-fefo');
    await page.keyboard.press('F10');
    await page.getByTestId('last-bill-number').waitFor();
    const manager = await served.host.as('manager', 'e2e-stock-check-2');
    const [bill] = await manager.call('billing.listInvoices', {});
    const moves = await manager.call('inventory.movesFor', { refId: bill!.id });
    const lots = await manager.call('inventory.lots', { productId: BUTTER });
    expect(lots[0]!.batchNo).toBe('B-SOON');
    expect(moves.map((m) => m.batchId)).toEqual([lots[0]!.batchId]);
  });

  it('shows the low-stock list and orders from it', async () => {
    await page.goto(`${served.http.url}/#/inventory`);
    const low = page.getByTestId('low-stock');
    await low.getByText('Amul Pure Ghee 1L').waitFor();
    await low.getByLabel('Amul Pure Ghee 1L').check();
    await low.getByLabel('Amul Paneer 200g').check();
    await shot('low-stock');
    // The order goes to the supplier the owner names, never a guessed one.
    await page.getByRole('button', { name: /Create purchase order \(2\)/ }).click();
    await page.getByTestId('choose-supplier').waitFor();
    await page.getByRole('combobox', { name: 'Supplier' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: /Create purchase order \(2\)/ }).click();
    await page
      .getByTestId('purchase-orders')
      .getByText(/D\dPO\/\d{4}\/00001/)
      .waitFor();
    await shot('purchase-orders');
    await page.keyboard.press('F4');
  });

  it('prints shelf labels on the receipt printer', async () => {
    const printedBefore = served.printer.jobs.length;
    await page.goto(`${served.http.url}/#/labels`);
    await page.getByLabel('Search').fill('sugar');
    await page.getByRole('option', { name: /Sugar/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('label-items').getByText('no barcode').waitFor();
    await page.keyboard.press('F7');
    await page
      .getByTestId('label-items')
      .getByText(/^200\d{10}$/)
      .waitFor();
    await page.getByLabel('Copies 1').fill('2');
    await shot('labels');
    await page.keyboard.press('F9');
    const job = await served.printer.waitForJob(printedBefore);
    const decoded = decodeEscPos(job.bytes);
    expect(decoded.barcodes).toHaveLength(2);
    expect(decoded.barcodes[0]!.type).toBe('EAN13');
    expect(decoded.barcodes[0]!.data).toMatch(/^200\d{10}$/);
  });

  it('imports a real catalogue file with its progress and every bad row shown', async () => {
    await page.goto(`${served.http.url}/#/catalog/import`);
    await page.getByTestId('import-file').setInputFiles(join(DATA_DIR, 'openfoodfacts_india_890_barcodes.csv'));
    await expect.poll(() => page.getByTestId('rows-good').textContent(), { timeout: 20_000 }).toBe('874');
    await expect.poll(() => page.getByTestId('import-errors').locator('tbody tr').count()).toBe(5);
    await shot('import-preview');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor();
    await shot('import-result');
  });

  it('counts stock on a tablet', async () => {
    const tablet = await browser.newPage({ viewport: { width: 800, height: 1100 }, locale: 'en-IN', hasTouch: true, isMobile: true });
    await tablet.goto(served.http.url);
    await logIn(tablet, /Suresh \(Manager\)/, '2222');
    await tablet.goto(`${served.http.url}/#/count`);
    // A tablet has no F-keys: the manager taps the screen's own buttons by their words (no key bar or key caps this narrow).
    const screenButton = (name: RegExp) => tablet.getByRole('button', { name }).and(tablet.locator(':not(.keyhint)'));
    await screenButton(/Start a count sheet/).tap();
    await tablet.getByLabel('Search').waitFor();
    await tablet.getByLabel('Search').fill('parle');
    await tablet.getByRole('option', { name: /Parle-G/ }).waitFor();
    await tablet.keyboard.press('Enter');
    await tablet.getByLabel('Counted').fill('97');
    await tablet.keyboard.press('Enter');
    await tablet.getByTestId('count-sheet').getByText('Parle-G Biscuit 250g').waitFor();
    await tablet.screenshot({ path: 'test-results/stock-count-tablet.png' });
    await screenButton(/Post the count/).tap();
    await expect
      .poll(async () => (await (await served.host.as('staff', 'e2e-stock-check-3')).call('inventory.onHand', { productIds: ['prod-demo-014'] }))[0]!.qtyMilli)
      .toBe(97_000);
    await tablet.close();
  }, 60_000);
});
