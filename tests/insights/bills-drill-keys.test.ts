import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS } from '../accounting/model';
import { logIn } from '../support/browser';
import type { ServedHost } from '../support/served-host';
import { startScreenWalk, stopScreenWalk } from '../support/screen-walk';

/**
 * The dashboard's drill-down by keyboard alone: Enter on a top product opens the day's bills, and
 * Enter on a focused bill opens its dialog and leaves it open. The dialog moves the focus to its
 * first button while the key is still down; the key's own press must not then press that button.
 */
let served: ServedHost;
let browser: Browser;

beforeAll(async () => {
  ({ served, browser } = await startScreenWalk());
  const staff = await served.host.as('staff', 'e2e-drill-counter');
  for (let i = 0; i < 4; i++) {
    const lines = [{ productId: DEMO_PRODUCTS[i] ?? '', qtyMilli: 1000 }];
    const quote = await staff.call('billing.quote', { lines });
    await staff.call('billing.postInvoice', { clientRef: `e2e-drill-${i}`, lines, tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }] });
  }
}, 120_000);
afterAll(() => stopScreenWalk({ served, browser }));

const stillOpen = async (page: Page) => {
  await page.getByTestId('entry-dialog').waitFor();
  // The bill's entries arrive after the dialog opens; it must still be there once they have.
  await expect.poll(() => page.getByTestId('entry-dialog').textContent()).toMatch(/₹|\d/);
  await page.waitForTimeout(300);
  return page.getByTestId('entry-dialog').isVisible();
};

describe('the bills behind a dashboard figure, by keyboard', () => {
  it('Enter on a top product opens the bills, Enter on a bill opens its dialog and keeps it open, Esc closes it', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(served.http.url);
    await logIn(page, /Ramesh \(Owner\)/, '1111');
    await page.getByTestId('dashboard').waitFor();
    await page.getByTestId('top-products').locator('tbody tr').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('report-salesRegister').waitFor();
    await expect.poll(() => page.locator('tr.drill').count()).toBe(4);
    for (const row of [0, 2]) {
      await page.locator('tr.drill').nth(row).focus();
      await page.keyboard.press('Enter');
      expect(await stillOpen(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('entry-dialog').count()).toBe(0);
    }
    await page.context().close();
  }, 90_000);
});
