import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiClient } from '../../app/core/contract';
import { sellPaidInFull } from '../support/selling';
import { closeServedBrowser, DESK, openServedBrowser, openSignedInScreen, type ServedBrowser } from './support/served-browser';

/**
 * Two things an owner looks for from the back office: a product an import left not on sale (no
 * price), found in the Catalogue, priced and put on sale, after which it sells; and a bill on a
 * customer's khata, opened to its items with reprint, PDF and return, as the sales register opens it.
 */
let suite: ServedBrowser;
let owner: ApiClient;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/${name}.png`, style: '.toasts { display: none }' });

beforeAll(async () => {
  suite = await openServedBrowser({ results: 'test-results' });
  owner = await suite.served.host.as('owner', 'e2e-catalog-khata');
});
afterAll(() => closeServedBrowser(suite ?? {}));

describe('a product not on sale, found in the Catalogue', () => {
  it('is left out of the counter, found under “Not on sale”, priced and put on sale from its row, and then sells', async () => {
    const made = await owner.call('catalog.addProduct', { name: 'Kesar Badam Milk 200ml', hsn: '0402', gstRateBp: 500, pricePaise: 0 });
    await owner.call('catalog.updateProduct', { id: made.id, active: false });
    // what an unpriced import row is: no counter search, no counter index, no sale
    expect(await owner.call('catalog.search', { q: 'Kesar Badam', limit: 5 })).toEqual([]);
    expect((await owner.call('catalog.counterIndex', {})).some((p) => p.id === made.id)).toBe(false);
    await expect(owner.call('billing.quote', { lines: [{ productId: made.id, qtyMilli: 1000 }] })).rejects.toThrow();

    const page = await openSignedInScreen(suite, { viewport: DESK, path: '/#/catalog' });
    await page.locator('#catalog-q').fill('Kesar Badam');
    // on sale only, as the screen opens: the unpriced product is not among the hits
    await page.waitForTimeout(500);
    expect(await page.getByTestId('catalog-results').getByText('Kesar Badam Milk 200ml').count()).toBe(0);
    await page.getByTestId('catalog-sale').selectOption({ label: 'Not on sale' });
    const row = page.getByTestId('catalog-results').locator('tr', { hasText: 'Kesar Badam Milk 200ml' });
    await row.waitFor();
    expect(await row.getByTestId('not-on-sale').textContent()).toBe('Not on sale');
    await shot(page, 'catalog-not-on-sale-1366-en');
    await row.click();
    await page.getByLabel('Selling price (₹)').fill('35');
    await page.getByLabel('Can be sold').check();
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const [found] = await owner.call('catalog.search', { q: 'Kesar Badam', limit: 5 });
    expect([found?.id, found?.active, found?.pricePaise]).toEqual([made.id, true, 3500]);
    expect((await owner.call('catalog.counterIndex', {})).some((p) => p.id === made.id)).toBe(true);
    const bill = await sellPaidInFull(owner, 'e2e-kesar-badam-0001', { lines: [{ productId: made.id, qtyMilli: 2000 }] });
    expect(bill.totals.payablePaise).toBe(7000);
    await page.context().close();
  }, 120_000);
});

describe('a bill on a customer’s khata', () => {
  it('opens to the bill’s items with reprint, PDF and return, above its journal lines', async () => {
    const customerId = (await owner.call('customers.add', { name: 'Kavita Rathore', phone: '9893055511', creditLimitPaise: 500000 })).id;
    const sold = await sellPaidInFull(owner, 'e2e-khata-drill-0001', { lines: [{ productId: 'prod-demo-014', qtyMilli: 3000 }], customerId }, 'credit');
    const page = await openSignedInScreen(suite, { viewport: DESK, path: `/#/khata/c/${customerId}` });
    await page.getByTestId('khata-ledger').locator('tbody tr.drill').first().click();
    const panel = page.getByTestId('entry-dialog').getByTestId('bill-panel');
    await panel.waitFor();
    expect(await panel.locator('tbody tr').first().textContent()).toMatch(/Parle-G/);
    for (const name of ['Reprint', 'Invoice PDF', /Return items/]) expect(await panel.getByRole('button', { name }).count()).toBe(1);
    await shot(page, 'khata-bill-drill-1366-en');
    await panel.getByTestId('bill-return').click();
    await page
      .getByRole('dialog')
      .filter({ hasText: `Return against bill ${sold.number}` })
      .getByRole('button', { name: /Make credit note/ })
      .waitFor();
    await page.context().close();
  }, 120_000);
});
