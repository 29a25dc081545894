import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { DEMO_PRODUCTS } from '../accounting/model';
import type { ServedHost } from '../support/served-host';
import { openAsOwner, startScreenWalk, stopScreenWalk, type View } from '../support/screen-walk';
import { sellPaidInFull } from '../support/selling';

/**
 * The owner's dashboard in Chromium: it is the owner's home after signing in; figures, payment mix,
 * trend chart with its table and the busy-hours map show the day's bills; a figure opens the bills
 * in the sales register; the periods change with F-keys; at 1366×768 and on a 390×844 phone (touch),
 * in English and Hindi. Screenshots go to test-results/insights-*.png.
 */
let served: ServedHost;
let browser: Browser;
let staff: ApiClient;

async function seed() {
  staff = await served.host.as('staff', 'e2e-insights-counter');
  const [sunita] = await staff.call('customers.search', { q: 'Sunita' });
  const tenders = ['cash', 'upi', 'card', 'cash', 'credit'] as const;
  for (let i = 0; i < 15; i++) {
    const lines = [0, 1, 2]
      .slice(0, 1 + (i % 3))
      .map((k) => ({ productId: DEMO_PRODUCTS[(i + k * 5) % DEMO_PRODUCTS.length] ?? '', qtyMilli: 1000 * (1 + (i % 2)) }));
    const method = tenders[i % tenders.length] ?? 'cash';
    const customer = method === 'credit' && sunita ? { customerId: sunita.id } : {};
    await sellPaidInFull(staff, `e2e-insights-${i}`, { lines, ...customer, creditLimitAck: true }, method);
  }
}

async function openAs(viewport: View['viewport'], touch: boolean, lang: View['lang']): Promise<Page> {
  const page = await openAsOwner({ served, browser }, { viewport, touch, lang });
  await page.getByTestId('dashboard').waitFor();
  return page;
}

async function shot(page: Page, name: string) {
  const width = page.viewportSize()?.width ?? 1366;
  const height = await page.evaluate<number>("Math.max(768, (document.querySelector('.bo-body')?.scrollHeight ?? 0) + 60)");
  await page.setViewportSize({ width, height: Math.min(height, 4000) });
  await page.screenshot({ path: `test-results/insights-${name}.png` });
}

beforeAll(async () => {
  ({ served, browser } = await startScreenWalk());
  await seed();
}, 120_000);
afterAll(() => stopScreenWalk({ served, browser }));

describe('the owner’s dashboard', () => {
  it('opens as the owner’s home with today’s figures, and a figure drills to the bills (desktop, English)', async () => {
    const page = await openAs({ width: 1366, height: 768 }, false, 'en');
    await expect.poll(() => page.getByTestId('fig-bills').textContent()).toContain('15');
    expect(await page.getByTestId('fig-sales').textContent()).toMatch(/₹[\d,]+/);
    expect(await page.getByTestId('payment-mix').textContent()).toMatch(/UPI.*₹/);
    expect(await page.locator('.chart-canvas canvas').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('top-products').locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'dashboard-1366-en');
    await page.keyboard.press('F4');
    await expect.poll(() => page.getByRole('tab', { name: 'This month' }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('fig-bills').click();
    await page.getByTestId('report-salesRegister').waitFor();
    await expect.poll(() => page.locator('tr.drill').count()).toBe(15);
    await page.context().close();
  }, 60_000);

  it('reads in Hindi with ₹ and the chart’s figures as a table', async () => {
    const page = await openAs({ width: 1366, height: 768 }, false, 'hi');
    await expect.poll(() => page.getByTestId('dashboard').textContent()).toContain('बिक्री');
    await page.getByText('आँकड़े तालिका में देखें').click();
    expect(await page.locator('.chart-table table tbody tr').count()).toBe(7);
    await shot(page, 'dashboard-1366-hi');
    await page.context().close();
  }, 60_000);

  it('fits a 390×844 phone by touch, in English and Hindi', async () => {
    for (const lang of ['en', 'hi'] as const) {
      const page = await openAs({ width: 390, height: 844 }, true, lang);
      await shot(page, `dashboard-390-${lang}`);
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.querySelector('.figure-grid')?.getBoundingClientRect().right ?? 0,
      ]);
      expect(widths[0]).toBeLessThanOrEqual(390);
      expect(widths[1]).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('fig-sales').tap();
      await page.getByTestId('report-salesRegister').waitFor();
      await page.goBack();
      await page.getByTestId('dashboard').waitFor();
      await page.context().close();
    }
  }, 90_000);
});
