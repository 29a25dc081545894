import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../../app/core/contract';
import { parseUpiLink } from '../../app/core/payments/upi';
import { logIn } from '../support/browser';
import { openBooksE2e, type BooksE2e } from '../support/accounting-e2e';
import type { ServedHost } from '../support/served-host';

/**
 * The owner's books in Chromium: trial balance, P&L, a customer's khata after a credit sale at the
 * counter, a payment recorded on it, and a reminder with a upi:// link for exactly what is due;
 * a supplier's dues, and every other books screen in English and Hindi. (Money vouchers, the bank,
 * the khata limit at the counter and corrections: books-money.test.ts.)
 */
let ctx: BooksE2e;
let served: ServedHost;
let browser: Browser;
let page: Page;
let owner: ApiClient;
let shot: BooksE2e['shot'];
let sunitaId: string;
let creditBill = 0;

beforeAll(async () => {
  ctx = await openBooksE2e();
  ({ served, browser, page, owner, shot, sunitaId, creditBill } = ctx);
});
afterAll(async () => {
  await ctx?.close();
});

describe('the owner reads the books', () => {
  it('opens the trial balance: debits equal credits, in en-IN rupees', async () => {
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: /Accounts/ })
      .click(); // the group opens on Books
    await page.getByTestId('report-trialBalance').waitFor();
    await expect.poll(() => page.getByTestId('tb-status').textContent()).toContain('the books balance');
    const debit = await page.getByTestId('tb-debit').textContent();
    expect(debit).toBe(await page.getByTestId('tb-credit').textContent());
    expect(debit).toMatch(/^\d{1,2}(,\d{2})*,?\d{3}\.\d{2}$|^\d{1,3}\.\d{2}$/);
    // The period defaults to this financial year, shown DD-MM-YYYY.
    expect(await page.getByLabel('From (DD-MM-YYYY)').inputValue()).toMatch(/^01-04-20\d\d$/);
    await shot('trial-balance');
  });

  it('opens the P&L with F6 and drills from sales to the sales ledger', async () => {
    await page.keyboard.press('F6');
    await page.getByTestId('report-profitAndLoss').waitFor();
    await expect.poll(() => page.getByTestId('net-profit').textContent()).toMatch(/₹/);
    const pnl = await owner.call('accounting.profitAndLoss', { from: '2026-04-01', to: '2099-01-01' });
    expect(pnl.netProfitPaise).toBeLessThan(0); // ₹1,840 of electricity is more than today's margin
    await expect.poll(() => page.getByRole('row', { name: /Net loss/ }).count()).toBe(1);
    await shot('profit-and-loss');
    await page
      .locator('tr.drill', { hasText: /^Sales/ })
      .first()
      .click();
    await page.getByTestId('report-ledger').waitFor();
    await expect.poll(() => page.getByTestId('ledger-table').locator('tbody tr').count()).toBeGreaterThan(2);
    await shot('ledger-sales');
    await page.getByTestId('ledger-table').locator('tbody tr.drill').first().click();
    await expect.poll(() => page.getByTestId('entry-dialog').textContent()).toContain('Sales');
    await shot('drill-entry');
    await page.keyboard.press('Escape');
  });
});

describe('a customer’s khata', () => {
  it('shows the credit sale as due, records a payment, and shares a reminder for the rest', async () => {
    await page.getByRole('link', { name: /Khata/ }).click();
    await page.getByTestId('khata-list').waitFor();
    await page.getByTestId('khata-row').filter({ hasText: 'Sunita' }).click();
    await page.getByTestId('customer-khata').waitFor();
    const rupees = (p: number) => (p / 100).toLocaleString('en-IN', { minimumFractionDigits: 2 });
    await expect.poll(() => page.getByTestId('khata-balance').textContent()).toBe(`₹${rupees(creditBill)}`);
    await shot('khata-customer');

    await page.keyboard.press('F3');
    await page.getByTestId('receive-form').getByLabel('Amount received ₹').fill('100');
    await page.getByTestId('receive-form').getByLabel('Paid by').selectOption('upi');
    await shot('khata-receive');
    await page.keyboard.press('Enter');
    const due = creditBill - 10000;
    await expect.poll(() => page.getByTestId('khata-balance').textContent()).toBe(`₹${rupees(due)}`);
    const ledger = await owner.call('khata.ledger', { partyId: sunitaId });
    expect(ledger.closingPaise).toBe(due);
    expect(ledger.rows.at(-1)).toMatchObject({ voucherType: 'receipt', creditPaise: 10000 });

    await page.keyboard.press('F4');
    await page.getByTestId('reminder').waitFor();
    const wa = await page.getByTestId('reminder-whatsapp').getAttribute('href');
    expect(wa).toMatch(/^https:\/\/wa\.me\/919876543210\?text=/);
    const upi = await page.getByTestId('reminder-upi').textContent();
    expect(parseUpiLink(upi ?? '')).toMatchObject({ pa: 'sharmastore@upi', am: rupees(due).replace(/,/g, ''), cu: 'INR' });
    expect(decodeURIComponent(wa ?? '')).toContain(upi);
    expect(await page.getByTestId('reminder-sms').getAttribute('href')).toMatch(/^sms:\+919876543210\?body=/);
    await shot('khata-reminder');
    await page.keyboard.press('Escape');
  });

  it('reads on a phone: no sideways scrolling on the khata list', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    // The owner reads in Hindi on the phone: every word on the page comes from the Hindi strings.
    await phone.addInitScript({ content: "localStorage.setItem('sk.lang', 'hi')" });
    await phone.goto(`${served.http.url}/#/khata`);
    await logIn(phone, /Ramesh/, '1111');
    await phone.goto(`${served.http.url}/#/khata`);
    await phone.getByTestId('khata-list').waitFor();
    await phone.getByTestId('khata-row').first().waitFor();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await phone.getByTestId('khata-list').textContent()).toContain('कुल बकाया');
    await phone.screenshot({ path: 'test-results/books-phone-khata.png', fullPage: true });
    await phone.getByTestId('khata-row').first().click();
    await phone.getByTestId('customer-khata').waitFor();
    await phone.getByTestId('khata-ledger').waitFor();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: 'test-results/books-phone-khata-ledger.png', fullPage: true });
    await phone.close();
  });
});

describe('a supplier’s dues', () => {
  it('after a credit purchase, finds the supplier by name on the suppliers tab and pays part of the bill', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
    const bill = await owner.call('purchasing.postBill', {
      supplierId: 'supp-demo-001',
      supplierInvoiceNo: 'MA/E2E/PAY',
      supplierDate: today,
      lines: [{ productId: 'prod-demo-016', qtyMilli: 10_000, unitCostPaise: 5400, batchNo: 'E2EPAY' }],
    });
    const owed = async () => (await owner.call('khata.suppliers', {})).find((x) => x.supplierId === 'supp-demo-001')?.balancePaise ?? 0;
    const before = await owed();
    expect(before).toBeGreaterThanOrEqual(bill.totals.totalPaise);

    await page.goto(`${served.http.url}/#/khata/suppliers`);
    await page.getByTestId('suppliers').getByLabel('Supplier').fill('Malwa');
    const row = page.getByTestId('suppliers').locator('tbody tr').filter({ hasText: 'Malwa Agencies' });
    await row.waitFor();
    // The list narrows as the name is typed: wait for the filtered list, not its first render.
    await expect.poll(() => page.getByTestId('suppliers').locator('tbody tr').count()).toBe(1);
    await shot('suppliers-find');
    await row.getByRole('button', { name: 'Pay' }).click();

    const supplier = page.getByLabel('Supplier', { exact: true });
    await expect.poll(async () => (await supplier.locator('option:checked').textContent()) ?? '').toContain('Malwa Agencies');
    await page.getByLabel('Amount ₹').fill('500');
    await shot('supplier-payment');
    await page.keyboard.press('F10');
    await expect.poll(owed).toBe(before - 50_000);
    const ledger = await owner.call('khata.ledger', { partyType: 'supplier', partyId: 'supp-demo-001' });
    expect(ledger.rows.at(-1)).toMatchObject({ voucherType: 'payment', debitPaise: 50_000 });
  });
});

describe('the other screens open and say something true', () => {
  it('balance sheet, day book, GSTR-1, GSTR-3B, cash drawer, bank, accounts, audit', async () => {
    const screens: Array<[string, string, string]> = [
      ['/accounting/balance-sheet', 'report-balanceSheet', 'balance-sheet'],
      ['/accounting/day', 'report-dayBook', 'day-book'],
      ['/gst/gstr1', 'gstr1', 'gstr1'],
      ['/gst/gstr3b', 'gstr3b', 'gstr3b'],
      ['/gst/rates', 'hsn-rates', 'hsn-rates'],
      ['/gst/daily', 'consolidated', 'gst-daily'],
      ['/gst/cmp08', 'cmp08', 'gst-cmp08'],
      ['/vouchers/drawer', 'cash-register', 'cash-drawer'],
      ['/bank/reconciliation', 'bank-reconciliation', 'bank-reconciliation'],
      ['/accounting/accounts', 'chart-of-accounts', 'accounts'],
      ['/accounting/audit', 'audit-log', 'audit'],
    ];
    for (const [path, testId, name] of screens) {
      await page.goto(`${served.http.url}/#${path}`);
      await page.getByTestId(testId).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByTestId(testId).locator('.error').count()).toBe(0);
      await shot(name);
    }
    expect(await page.getByTestId('audit-check').textContent()).toContain('intact');
  });

  it('voucher forms and the voucher list', async () => {
    for (const [path, name] of [
      ['/vouchers/payment', 'payment'],
      ['/vouchers/expense', 'expense'],
      ['/vouchers/journal', 'journal'],
      ['/vouchers/list', 'voucher-list'],
      ['/accounting/sales-register', 'sales-register'],
      ['/accounting/purchase-register', 'purchase-register'],
      ['/accounting/cash', 'cash-book'],
      ['/khata/suppliers', 'suppliers'],
    ] as const) {
      await page.goto(`${served.http.url}/#${path}`);
      await page.waitForLoadState('networkidle');
      await shot(name);
    }
  });

  it('reads the same in Hindi', async () => {
    await page.evaluate("localStorage.setItem('sk.lang', 'hi')");
    for (const [path, name] of [
      ['/accounting/trial-balance', 'hi-trial-balance'],
      ['/accounting/balance-sheet', 'hi-balance-sheet'],
      ['/gst/gstr1', 'hi-gstr1'],
      ['/vouchers/drawer', 'hi-cash-drawer'],
    ] as const) {
      await page.goto(`${served.http.url}/#${path}`);
      await page.reload();
      await page.waitForLoadState('networkidle');
      await shot(name);
    }
    expect(await page.locator('.tabs').textContent()).toContain('कैश ड्रॉअर');
    await page.goto(`${served.http.url}/#/accounting/trial-balance`);
    await expect.poll(() => page.getByTestId('report-trialBalance').textContent()).toContain('हाथ में नकद');
    await page.evaluate("localStorage.setItem('sk.lang', 'en')");
    await page.reload();
  });
});
