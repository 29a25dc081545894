import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUB_SCREENS } from '../../app/renderer/src/app/sub-screens';
import { launchChromium, logIn } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { shopMorning } from './support/shop-morning';

/**
 * One keyboard model in the back office, owner at 1366×768: every sub-screen (a page opened from a
 * screen rather than from the menu) goes back with Esc to where it was opened from, or to its parent
 * when opened by its address; every dialog closes with Esc and leaves the screen as it was; Alt+1
 * leaves each of them for the counter. Screenshots go to test-results/escape-back/.
 */
const OUT = 'test-results/escape-back';
let served: ServedHost;
let browser: Browser;
let page: Page;

const hash = () => page.evaluate(() => location.hash);
const dialogs = () => page.getByRole('dialog').count();
const press = (key: string) => async () => void (await page.keyboard.press(key));
const click = (css: string) => async () => void (await page.locator(css).first().click());

interface Row {
  name: string;
  from: string;
  open: () => Promise<void>;
  /** a sub-screen's address once open, and where Esc takes it; a dialog when absent */
  opened?: RegExp;
  back?: string;
  /** opened straight by its address, as from a bookmark: nothing to go back to but its parent */
  fresh?: boolean;
}

const ROWS: Row[] = [
  { name: 'import preview', from: '/catalog', open: press('F6'), opened: /^#\/catalog\/import$/, back: '#/catalog' },
  { name: 'product editor', from: '/catalog', open: press('F8') },
  { name: 'purchase bill form', from: '/purchasing', open: press('F8'), opened: /^#\/purchasing\/bill$/, back: '#/purchasing' },
  {
    name: 'purchase return',
    from: '/purchasing',
    open: async () =>
      page
        .getByRole('button', { name: /Return goods/ })
        .first()
        .click(),
  },
  { name: 'stock count', from: '/inventory', open: press('F8'), opened: /^#\/count$/, back: '#/inventory' },
  {
    name: "a customer's khata",
    from: '/khata',
    open: async () => page.getByTestId('khata-row').filter({ hasText: 'Sunita' }).click(),
    opened: /^#\/khata\/c\//,
    back: '#/khata',
  },
  { name: "a customer's khata: record payment", from: '/khata', open: async () => (await click('[data-testid=khata-row]')(), await press('F3')()) },
  { name: "a customer's khata: reminder", from: '/khata', open: async () => (await click('[data-testid=khata-row]')(), await press('F4')()) },
  {
    name: "an account's ledger from the chart of accounts",
    from: '/accounting/accounts',
    open: click('td button.link'),
    opened: /^#\/accounting\/ledger\?account=/,
    back: '#/accounting/accounts',
  },
  {
    name: "a supplier's ledger from the suppliers' khata",
    from: '/khata/suppliers',
    open: click('tr.drill'),
    opened: /^#\/accounting\/ledger\?account=CREDITORS/,
    back: '#/khata/suppliers',
  },
  {
    name: "a supplier's payment",
    from: '/khata/suppliers',
    open: async () => page.locator('tr.drill').first().getByRole('button').click(),
    opened: /^#\/vouchers\/payment\?supplier=/,
    back: '#/khata/suppliers',
  },
  {
    name: 'a ledger opened by its address',
    from: '/accounting/ledger?account=CASH',
    fresh: true,
    open: async () => {},
    opened: /^#\/accounting\/ledger\?account=CASH$/,
    back: '#/accounting/accounts',
  },
  { name: "a bill's drill-down in the sales register", from: '/accounting/sales-register', open: click('tr.drill') },
  { name: "a voucher's drill-down", from: '/vouchers/list', open: click('tr.drill') },
  { name: "a bill's drill-down in the day book", from: '/accounting/day', open: click('tr.drill') },
];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  served = await serveTestHost();
  const { owner } = await shopMorning(served, 'e2e-esc');
  const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  await owner.call('purchasing.postBill', {
    supplierId: 'supp-demo-001',
    supplierInvoiceNo: 'MA/ESC/1',
    supplierDate: today,
    lines: [{ productId: 'prod-demo-014', qtyMilli: 10_000, unitCostPaise: 2000 }],
  });
  const [sunita] = await owner.call('customers.search', { q: 'Sunita' });
  await owner.call('khata.receive', { customerId: sunita?.id ?? '', amountPaise: 1000, method: 'cash' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(served.http.url);
  await logIn(page, /Ramesh \(Owner\)/, '1111');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

async function openRow(row: Row) {
  await page.goto(`${served.http.url}/#${row.from}`);
  if (row.fresh) await page.reload();
  await page.locator('.screen').first().waitFor();
  await page.waitForLoadState('networkidle');
  await row.open();
  if (row.opened) await expect.poll(hash).toMatch(row.opened);
  else await expect.poll(dialogs).toBe(1);
}

/** F2 reaches the purchase form's product search only once the form has drawn it. */
async function focusProductSearch() {
  const search = page.getByRole('searchbox').or(page.getByLabel('Search')).first();
  await search.waitFor();
  await page.keyboard.press('F2');
  await expect.poll(() => search.evaluate((e) => e === document.activeElement)).toBe(true);
}

describe('Esc goes back from every sub-screen and closes every dialog', () => {
  it('the table names every sub-screen the app declares', () => {
    const tested = new Set(ROWS.filter((r) => r.opened).map((r) => r.name));
    for (const s of SUB_SCREENS)
      expect(
        [...tested].some((n) => n.startsWith(s.name)),
        s.name,
      ).toBe(true);
  });

  it.each(ROWS)(
    '$name',
    async (row) => {
      await openRow(row);
      await page.screenshot({ path: `${OUT}/${row.name.replace(/\W+/g, '-')}.png` });
      const before = await hash();
      await page.keyboard.press('Escape');
      if (row.back) await expect.poll(hash).toBe(row.back);
      else {
        await expect.poll(dialogs).toBe(0);
        expect(await hash()).toBe(before);
      }
      // and Alt+1 reaches the counter from it, dialog or page
      await openRow(row);
      await page.keyboard.press('Alt+1');
      await expect.poll(hash).toMatch(/^#\/counter/);
    },
    30_000,
  );

  it('Esc on a menu screen stays; the first Esc in a search box only empties it', async () => {
    await page.goto(`${served.http.url}/#/catalog`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(await hash()).toBe('#/catalog');
    await page.goto(`${served.http.url}/#/purchasing`);
    await page.keyboard.press('F8');
    await expect.poll(hash).toBe('#/purchasing/bill');
    await focusProductSearch();
    await page.keyboard.type('parle');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('searchbox').or(page.getByLabel('Search')).first().inputValue()).toBe('');
    expect(await hash()).toBe('#/purchasing/bill');
    await page.keyboard.press('Escape');
    await expect.poll(hash).toBe('#/purchasing');
  });

  it('a purchase bill with lines asks before Esc throws them away', async () => {
    await page.goto(`${served.http.url}/#/purchasing`);
    await page.keyboard.press('F8');
    await expect.poll(hash).toBe('#/purchasing/bill');
    await focusProductSearch();
    await page.keyboard.type('parle');
    await page.getByRole('option', { name: /Parle/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Quantity, line 1', { exact: true }).count()).toBe(1);
    const asked: string[] = [];
    page.once('dialog', (d) => (asked.push(d.message()), void d.dismiss()));
    await page.locator('.bo-head h1').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => asked).toEqual(['Leave this page? What you typed here is not saved yet.']);
    expect(await hash()).toBe('#/purchasing/bill');
    page.once('dialog', (d) => void d.accept());
    await page.keyboard.press('Escape');
    await expect.poll(hash).toBe('#/purchasing');
  });

  it('Esc retraces a chain of sub-screens: suppliers → a supplier’s ledger → back', async () => {
    await page.goto(`${served.http.url}/#/khata/suppliers`);
    await page.locator('tr.drill').first().click();
    await expect.poll(hash).toMatch(/ledger\?account=CREDITORS/);
    await page.goto(`${served.http.url}/#/accounting/ledger?account=CASH`);
    await page.getByTestId('report-ledger').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(hash).toMatch(/ledger\?account=CREDITORS/);
    await page.keyboard.press('Escape');
    await expect.poll(hash).toBe('#/khata/suppliers');
  });

  it('an Esc that comes before the new address is seen still goes back to where it came from', async () => {
    await page.goto(`${served.http.url}/#/khata/suppliers`);
    await page.locator('tr.drill').first().click();
    await expect.poll(hash).toMatch(/ledger\?account=CREDITORS/);
    // the address changes and Esc arrives in the same task, before the browser's hashchange event
    await page.evaluate(() => {
      location.hash = '#/accounting/ledger?account=CASH';
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await expect.poll(hash).toMatch(/ledger\?account=CREDITORS/);
  });
});
