import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS } from '../accounting/model';
import { logIn } from '../support/browser';
import type { ServedHost } from '../support/served-host';
import { startScreenWalk, stopScreenWalk } from '../support/screen-walk';

/**
 * The custom report builder walked in Chromium: on the desk by keyboard (F3 to the groupings, F4 to
 * a filter typed by name, F6 to save) in English, and by touch at 820×1180 and 390×844 in Hindi
 * (reopen the saved report, change the figures). The table's total equals the host's own answer
 * for the same choices; the page never scrolls sideways. Pictures go to test-results/reports/.
 */
const OUT = 'test-results/reports';
let served: ServedHost;
let browser: Browser;

beforeAll(async () => {
  ({ served, browser } = await startScreenWalk());
  const manager = await served.host.as('manager');
  for (const [i, tender] of (['cash', 'upi', 'card', 'cash'] as const).entries()) {
    const lines = [DEMO_PRODUCTS[i] ?? '', DEMO_PRODUCTS[i + 4] ?? ''].map((productId) => ({ productId, qtyMilli: 1000 }));
    const quote = await manager.call('billing.quote', { lines });
    await manager.call('billing.postInvoice', { clientRef: `custom-walk-${i}`, lines, tenders: [{ method: tender, amountPaise: quote.totals.payablePaise }] });
  }
  mkdirSync(OUT, { recursive: true });
}, 120_000);
afterAll(() => stopScreenWalk({ served, browser }));

async function open(page: Page, lang: 'en' | 'hi') {
  await page.goto(served.http.url);
  await page.evaluate(`localStorage.setItem('sk.lang', '${lang}')`);
  await page.reload();
  await logIn(page, /Ramesh/, '1111');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
  await page.goto(`${served.http.url}/#/reports/custom`);
  await page.getByTestId('custom-result').getByTestId('report-model').waitFor();
}

const sideways = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
const totalSales = (page: Page) => page.getByTestId('custom-total-sales').first().textContent();

describe('the custom report builder on screen', () => {
  it('is built by keyboard on the desk: group, filter by name, save', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await open(page, 'en');
    expect(await page.getByRole('link', { name: 'Custom report' }).count()).toBeGreaterThan(0);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('F3');
    expect(await page.evaluate('document.activeElement?.id')).toBe('custom-first-group');
    await page.getByTestId('custom-group-0').selectOption('tender');
    await page.getByTestId('custom-result').locator('tbody tr', { hasText: 'UPI' }).waitFor();
    await page.keyboard.press('F4');
    await page.getByTestId('custom-filter-on').selectOption('tender');
    await page.getByTestId('custom-filter-value').fill('Nothing like this');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('custom-filter-error').textContent()).toBe('"Nothing like this" is not one of the Paid by values; pick one from the list');
    await page.getByTestId('custom-filter-value').fill('cash');
    await page.keyboard.press('Enter');
    await page.getByTestId('custom-filter-chips').getByText('Paid by: Cash').waitFor();
    await page.getByTestId('custom-result').locator('tbody tr', { hasText: 'UPI' }).waitFor({ state: 'detached' });
    const manager = await served.host.as('manager', 'walk-check');
    const today = (await manager.call('insights.dashboard', { period: 'day' })).current.from;
    const host = await manager.call('reports.custom', {
      from: `${today.slice(0, 8)}01`,
      to: today,
      groupBy: ['tender'],
      measures: ['sales', 'margin', 'bills'],
      filters: [{ dimension: 'tender', values: ['cash'] }],
    });
    const hostTotal = host.parts[0]?.rows.find((r) => r.style === 'total')?.cells[1];
    expect(await totalSales(page)).toBe((Number(hostTotal) / 100).toLocaleString('en-IN', { minimumFractionDigits: 2 }));
    await page.keyboard.press('F6');
    await page.keyboard.type('Cash by tender');
    await page.keyboard.press('Enter');
    await page.getByTestId('custom-saved-item').getByText('Open: Cash by tender').waitFor();
    expect(await page.getByTestId('custom-title').textContent()).toBe('Cash by tender');
    await page.screenshot({ path: `${OUT}/custom-desk-en.png` });
    await page.close();
  }, 60_000);

  for (const [width, height] of [
    [820, 1180],
    [390, 844],
  ] as const)
    it(`reopens the saved report by touch at ${width}×${height}, in Hindi`, async () => {
      const page = await browser.newPage({ viewport: { width, height }, isMobile: true, hasTouch: true });
      await open(page, 'hi');
      await page.getByTestId('custom-saved-item').getByRole('button', { name: 'खोलें: Cash by tender' }).tap();
      await page.getByTestId('custom-title').getByText('Cash by tender').waitFor();
      expect(await page.getByTestId('custom-filter-chips').textContent()).toContain('भुगतान का तरीका: नकद');
      const head = (await page.getByTestId('custom-result').locator('thead').textContent()) ?? '';
      expect(head).toContain('भुगतान का तरीका');
      await page.getByTestId('custom-measure-gst').tap();
      await page.getByTestId('custom-result').locator('thead', { hasText: 'जीएसटी' }).waitFor();
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${OUT}/custom-${width}-hi.png`, fullPage: true });
      await page.close();
    }, 60_000);

  it('says in words that no bill matched, instead of a lone “Total 0” row', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await open(page, 'en');
    await page.getByLabel('From (DD-MM-YYYY)').fill('01-01-2020');
    await page.getByLabel('To (DD-MM-YYYY)').fill('31-01-2020');
    const empty = page.getByTestId('custom-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toBe('No sales for these choices in this period. Try a longer period or fewer filters.');
    expect(await page.getByTestId('custom-result').locator('table').count()).toBe(0);
    await page.screenshot({ path: `${OUT}/custom-empty-desk-en.png` });
    await page.close();
  }, 60_000);
});
