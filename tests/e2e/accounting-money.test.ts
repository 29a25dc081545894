import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, type ApiClient } from '../../app/core/contract';
import { openBooksE2e, type BooksE2e } from '../support/accounting-e2e';
import type { ServedHost } from '../support/served-host';

/**
 * Money in and out in Chromium: the cash drawer, a contra to the bank, a bank statement imported
 * and reconciled, the khata limit warned at the counter, and corrections (a voucher reversed, an
 * account renamed) in the app's own dialogs.
 */
let ctx: BooksE2e;
let served: ServedHost;
let page: Page;
let owner: ApiClient;
let shot: BooksE2e['shot'];

beforeAll(async () => {
  ctx = await openBooksE2e();
  ({ served, page, owner, shot } = ctx);
});
afterAll(async () => {
  await ctx?.close();
});

describe('money in and out, and the bank', () => {
  it('counts the drawer open, deposits cash in the bank, imports the statement and reconciles', async () => {
    await page.goto(`${served.http.url}/#/vouchers/drawer`);
    await page.getByTestId('cash-register').waitFor();
    // on a phone's width the notes and coins go two to a row (₹2000 beside ₹500), each box inside the screen
    const desk = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    const [note2000, note500] = [await page.getByLabel('₹2000').boundingBox(), await page.getByLabel('₹500').boundingBox()];
    expect(Math.abs((note2000?.y ?? 0) - (note500?.y ?? 999))).toBeLessThan(2);
    expect((note500?.x ?? 999) + (note500?.width ?? 0)).toBeLessThanOrEqual(390);
    if (desk) await page.setViewportSize(desk);
    await page.getByLabel('₹500').fill('2');
    await page.getByLabel('₹100').fill('3');
    await expect.poll(() => page.getByTestId('counted').textContent()).toBe('₹1,300.00');
    await page.keyboard.press('F10');
    await expect.poll(async () => (await owner.call('accounting.register', {})).open?.openingCountedPaise).toBe(130000);

    // ₹15,000 of cash to the bank, entered as a contra voucher.
    await page.keyboard.press('F5');
    const contra = page.getByRole('form', { name: 'Cash ↔ bank' });
    await contra.getByLabel('Amount ₹').fill('15000');
    await contra.getByLabel('Reference (UTR, cheque, bill no.)').fill('4471');
    await shot('contra');
    await page.keyboard.press('F10');
    await expect.poll(async () => (await owner.call('accounting.vouchers', { from: '2026-04-01', to: '2099-12-31', kind: 'contra' })).length).toBe(1);

    // The bank's statement: the deposit, and SMS charges the books do not have yet.
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date()).split('-');
    const day = `${d}/${m}/${y!.slice(2)}`;
    const csv = `Date,Narration,Chq./Ref.No.,Value Dt,Withdrawal Amt.,Deposit Amt.,Closing Balance\n${day},CASH DEPOSIT SADAR BAZAR BR,4471,${day},,15000.00,15000.00\n${day},SMS CHARGES,,${day},17.70,,14982.30\n`;
    await page.goto(`${served.http.url}/#/bank/import`);
    await page.getByTestId('bank-import').getByLabel('or paste the CSV here').fill(csv);
    await page.getByTestId('bank-import').getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await owner.call('bank.lines', {})).length).toBe(2);
    // The same statement again is refused, and nothing is added.
    await page.getByTestId('bank-import').getByLabel('or paste the CSV here').fill(csv);
    await page.getByTestId('bank-import').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.toast.error').count()).toBeGreaterThan(0);
    expect(await owner.call('bank.lines', {})).toHaveLength(2);
    // An error stays until it is dismissed, or until another screen is opened.
    await page
      .locator('.toast.error')
      .first()
      .getByRole('button', { name: /Close|बंद करें/ })
      .click();
    await expect.poll(() => page.locator('.toast.error').count()).toBe(0);
    await page.getByTestId('bank-import').getByLabel('or paste the CSV here').fill(csv);
    await page.getByTestId('bank-import').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.toast.error').count()).toBe(1);
    await page.waitForTimeout(1200); // older than a toast carried along by the action that changes screens

    await page.keyboard.press('F1');
    await page.getByTestId('bank-line').first().waitFor();
    expect(await page.locator('.toast.error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('bank-line').filter({ hasText: 'CASH DEPOSIT' }).textContent()).toContain('auto');
    await page.getByTestId('bank-line').filter({ hasText: 'SMS CHARGES' }).getByRole('button', { name: 'Match' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Other account').selectOption('BANK_CHARGES');
    await shot('bank-match');
    await dialog.getByRole('button', { name: 'Book and match' }).click();
    await expect.poll(() => page.getByTestId('bank-line').filter({ hasText: 'SMS CHARGES' }).textContent()).toContain('booked');
    await shot('bank-lines');

    await page.keyboard.press('F3');
    await expect.poll(() => page.getByTestId('reconciliation-result').textContent()).toContain('Reconciled');
    await shot('bank-reconciled');
  });
});

describe('the khata limit at the counter', () => {
  it('warns past the limit (the owner chose warn), and the confirmed bill goes on khata', async () => {
    const rahul = (await owner.call('customers.search', { q: 'Rahul' }))[0]!;
    await page.goto(`${served.http.url}/#/counter`);
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Search');
    // Eight bags of atta: more than Rahul's ₹2,000 limit (searched and typed, not scanned: a
    // scanner's timing is not what this test is about, and the machine may be busy).
    await page.getByLabel('Search').fill('Aashirvaad');
    await page.getByRole('option', { name: /Aashirvaad Atta/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line').first().waitFor();
    await page.keyboard.press('F3');
    await page.getByRole('dialog').getByRole('textbox').fill('8');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-line').first().textContent()).toContain('8');
    await shot('counter-khata-cart');
    await page.keyboard.press('F5');
    await page.getByRole('dialog').getByRole('textbox').fill('Rahul');
    await page.getByRole('dialog').getByText('Rahul Verma').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('F9');
    const payable = (await page.getByTestId('payable').textContent())!.replace(/[^\d.]/g, '');
    await page.getByLabel('Khata (credit)').fill(payable);
    let warning = '';
    page.once('dialog', (d) => {
      warning = d.message();
      void d.accept();
    });
    await page.keyboard.press('F10');
    await expect.poll(async () => (await owner.call('khata.ledger', { partyId: rahul.id })).closingPaise).toBeGreaterThan(200000);
    expect(warning).toMatch(/limit/i);
    expect(warning).toContain('Confirm');
  });
});

describe('corrections', () => {
  it('reverses a voucher with a reason typed in the app’s own dialog, and renames an account', async () => {
    const posted = await owner.call('accounting.expense', api['accounting.expense'].example);
    await page.goto(`${served.http.url}/#/vouchers/list`);
    const row = page.getByRole('row').filter({ hasText: posted.number });
    await row.getByRole('button', { name: 'Reverse' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Entered twice');
    await shot('voucher-reverse');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.textContent()).toContain('Entered twice');

    await page.goto(`${served.http.url}/#/accounting/accounts`);
    const electricity = page.getByRole('row').filter({ hasText: 'ELECTRICITY' });
    await electricity.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Electricity (MPEB)');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await owner.call('accounting.accounts', {})).find((a) => a.code === 'ELECTRICITY')?.name).toBe('Electricity (MPEB)');
  });
});
