import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServedHost } from '../support/served-host';
import { openAsOwner, startScreenWalk, stopScreenWalk, type View } from '../support/screen-walk';
import { sellPaidInFull } from '../support/selling';

/**
 * The Reports group in Chromium: Alt+R opens it, F1–F9 walk its reports, each drawn from the host's
 * model with Excel, PDF and WhatsApp; a top product opens its bills and a bill its entries; the
 * closing day's WhatsApp text carries the day's figures. At 1366×768 by keyboard in English, and
 * on a 390×844 phone and an 820×1180 tablet by touch in Hindi. Screenshots: test-results/reports-*.png.
 */
let served: ServedHost;
let browser: Browser;

const TABS = [
  ['F1', 'report-topProducts'],
  ['F2', 'report-topCustomers'],
  ['F3', 'report-profitability'],
  ['F4', 'report-cashFlow'],
  ['F5', 'report-stockAgeing'],
  ['F6', 'report-deadStock'],
  ['F7', 'report-supplierPerformance'],
  ['F8', 'report-ageing'],
  ['F9', 'report-dayClose'],
] as const;

beforeAll(async () => {
  ({ served, browser } = await startScreenWalk());
  const owner = await served.host.as('owner', 'reports-seed');
  const [sunita] = await owner.call('customers.search', { q: 'Sunita' });
  const sales: Array<[string, number, 'cash' | 'upi' | 'credit']> = [
    ['prod-demo-004', 2000, 'cash'],
    ['prod-demo-006', 1000, 'upi'],
    ['prod-demo-012', 3000, 'credit'],
    ['prod-demo-004', 1000, 'cash'],
  ];
  for (const [i, [productId, qtyMilli, method]] of sales.entries()) {
    const customer = sunita ? { customerId: sunita.id } : {};
    await sellPaidInFull(owner, `e2e-reports-${i}`, { lines: [{ productId, qtyMilli }], ...customer, creditLimitAck: true }, method);
  }
  const po = await owner.call('purchasing.createOrder', { supplierId: 'supp-demo-001', lines: [{ productId: 'prod-demo-004', qtyMilli: 10_000 }] });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
  await owner.call('purchasing.postBill', {
    supplierId: 'supp-demo-001',
    supplierInvoiceNo: 'E2E/REP/1',
    supplierDate: today,
    poId: po.id,
    lines: [{ productId: 'prod-demo-004', qtyMilli: 6000, unitCostPaise: 2500, batchNo: 'E2E' }],
  });
}, 120_000);
afterAll(() => stopScreenWalk({ served, browser }));

const openAs = (viewport: View['viewport'], touch: boolean, lang: View['lang']) => openAsOwner({ served, browser }, { viewport, touch, lang });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/reports-${name}.png`, fullPage: true });

describe('the Reports group', () => {
  it('by keyboard at 1366×768 in English: Alt+R, F1–F9, a row to its bills, exports and WhatsApp', async () => {
    const page = await openAs({ width: 1366, height: 768 }, false, 'en');
    await expect.poll(() => page.getByRole('navigation', { name: 'Screens' }).textContent()).toContain('Alt+R Reports');
    await page.keyboard.press('Alt+r');
    await page.getByTestId('report-topProducts').getByTestId('report-model').waitFor();
    for (const [key, testId] of TABS) {
      await page.keyboard.press(key);
      const screen = page.getByTestId(testId);
      await screen.getByTestId('report-model').waitFor();
      expect(await screen.getByRole('button', { name: /Excel/ }).count(), testId).toBe(1);
      expect(await screen.getByRole('button', { name: /PDF/ }).count(), testId).toBe(1);
      expect(await screen.getByTestId('report-whatsapp').getAttribute('href'), testId).toMatch(/^https:\/\/wa\.me\/\?text=/);
      await shot(page, `${testId}-1366-en`);
    }
    // the closing day: the day's sales and the drawer in the WhatsApp text
    const text = decodeURIComponent((await page.getByTestId('report-dayClose').getByTestId('report-whatsapp').getAttribute('href')) ?? '');
    expect(text).toMatch(/Day closing summary/);
    expect(text).toMatch(/Sales \(4 bills\): ₹/);
    expect(text).toMatch(/Cash in drawer: ₹/);
    // a top product opens its bills, a bill its entries
    await page.keyboard.press('F1');
    const top = page.getByTestId('report-topProducts');
    await expect.poll(() => top.locator('tr.drill').count()).toBe(3);
    await top.locator('tr.drill', { hasText: 'Tata Salt' }).click();
    const bills = page.getByTestId('report-billsOf');
    await expect.poll(() => bills.locator('tr.drill').count()).toBe(2);
    expect(await bills.locator('h1, h2').first().textContent()).toContain('Tata Salt');
    await shot(page, 'bills-of-1366-en');
    await bills.locator('tr.drill').first().click();
    await page.locator('.overlay').waitFor();
    await page.keyboard.press('Escape');
    // Excel through the host, in the reader's words
    await page.keyboard.press('F3');
    await page.getByTestId('report-profitability').getByTestId('report-model').waitFor();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+e');
    expect((await download).suggestedFilename()).toMatch(/^profitability-category-.*\.xlsx$/);
    await page.context().close();
  }, 120_000);

  it('by touch on a 390×844 phone and an 820×1180 tablet in Hindi', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 820, height: 1180 },
    ]) {
      const page = await openAs(viewport, true, 'hi');
      await page
        .getByRole('navigation', { name: 'Screens' })
        .getByRole('link', { name: /रिपोर्ट/ })
        .tap();
      const top = page.getByTestId('report-topProducts');
      await expect.poll(() => top.locator('h1, h2').first().textContent()).toContain('सबसे ज़्यादा बिकने वाला सामान');
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: /न बिकने वाला स्टॉक/ })
        .tap();
      const dead = page.getByTestId('report-deadStock');
      await dead.getByTestId('report-model').waitFor();
      await dead.locator('input[name="days"]').fill('0');
      await expect.poll(() => dead.getByRole('alert').textContent()).toContain('1 से 3650 तक');
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: /दिन का हिसाब/ })
        .tap();
      const day = page.getByTestId('report-dayClose');
      await day.getByTestId('report-model').waitFor();
      expect(decodeURIComponent((await day.getByTestId('report-whatsapp').getAttribute('href')) ?? '')).toContain('गल्ले में नकद');
      await shot(page, `day-close-${viewport.width}-hi`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.context().close();
    }
  }, 120_000);
});
