import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { FileChooser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { parseUpiLink, upiAmount } from '../../../../app/core/payments/upi';
import { DATA_DIR } from '../../../support/imports';
import { lineBox } from '../../../support/words';
import { altTo, hashOf, sectionKey, shopToday, shot, tabTo, type Walk } from './walk';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The back office's part of the day at the keyboard, in the walk's language, signed in as the owner. */

export const OFF_FILE = join(DATA_DIR, 'openfoodfacts_india_890_barcodes.csv');

/** The menu's keys for the screens of the day: Alt and the group's digit (again for the group's next screen), then the section's F-key. */
export const MENU_KEYS = { catalog: 'Alt+2', purchasing: 'Alt+4', khata: 'Alt+5', books: 'Alt+6' } as const;

/** Open (or close) the cash drawer with the cash counted, by denomination; F10 saves. */
export async function countDrawer(w: Walk, notes: Record<number, number>, name: string) {
  const { page } = w;
  // the books' group: its first screen, then the vouchers screen, whose first section (F1) is the drawer
  await altTo(page, MENU_KEYS.books, /^#\/vouchers/);
  await sectionKey(page, 'F1', '/vouchers/drawer');
  await page.getByTestId('cash-register').waitFor();
  for (const [note, n] of Object.entries(notes)) await page.getByLabel(`₹${note}`, { exact: true }).fill(String(n));
  await shot(w, name);
  await page.keyboard.press('F10');
  const said = [w.say('drawerOpened'), w.say('drawerClosed')];
  await expect.poll(async () => ((await page.locator('.toast').last().textContent()) ?? '').replace(/ ·.*/, '')).toMatch(new RegExp(said.join('|')));
}

/** The Open Food Facts file: the preview names the inactive rows and the guessed HSN, fixed in bulk; Esc closes. */
export async function importOpenFoodFacts(w: Walk) {
  const { page, say } = w;
  await altTo(page, MENU_KEYS.catalog, /^#\/catalog$/);
  // F6 belongs to the catalogue screen: press it once the screen is there.
  await page.getByTestId('catalog-results').waitFor();
  await page.keyboard.press('F6');
  // the file is chosen from a button in the walk's language, its focus ring in view, Enter opening the dialog
  const pick = page.getByTestId('import-file-button');
  expect(await pick.textContent()).toBe(say('pickFile'));
  expect(await page.getByTestId('import-file-name').textContent()).toBe(say('noFileChosen'));
  await pick.focus();
  expect(await pick.evaluate((b) => b.matches(':focus-visible') && getComputedStyle(b).outlineStyle !== 'none')).toBe(true);
  await (await enterOpensChooser(page, pick)).setFiles(OFF_FILE);
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
  const said = async (part: string) => ((await page.getByTestId(part).textContent()) ?? '').replace(/\s+/g, ' ');
  expect(await said('import-inactive')).toMatch(new RegExp(`^874 ?${escaped(say('importInactive').slice(0, 20))}`));
  expect(await said('import-guessed')).toMatch(new RegExp(`^874 ?${escaped(say('importGuessed').slice(0, 15))}`));
  expect(await said('import-skipped')).toMatch(new RegExp(`^5 ?${escaped(say('importSkipped').slice(0, 8))}`));
  expect(await page.getByTestId('import-guesses').textContent()).toContain('9603 · 18%');
  await shot(w, 'import-preview');
  // the HSN typed, Tab to its GST rate and 5 typed to pick 5%, Shift+Tab back and Enter applies it to all
  await page.getByLabel('HSN ', { exact: true }).fill('2106');
  await page.keyboard.press('Tab');
  await page.keyboard.press('5');
  expect(await page.getByLabel('GST ', { exact: true }).inputValue()).toBe('500');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByTestId('import-guessed').textContent(), { timeout: 60_000 })
    .toMatch(new RegExp(`^0 ?${escaped(say('importGuessed').slice(0, 15))}`));
  // F10 imports, as it saves every other back-office form
  await page.keyboard.press('F10');
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('result-inactive').textContent()).toBe('874');
  await shot(w, 'import-done');
  await page.keyboard.press('Escape');
  await expect.poll(() => hashOf(page)).toBe('#/catalog');
}

/** 10 of the product at ₹20 + 5% from Malwa: a wrong supplier total stops F10, the right one saves. */
export async function purchaseBillChecked(w: Walk, productName: string, billNo: string) {
  const { page, say } = w;
  await altTo(page, MENU_KEYS.purchasing, /^#\/purchasing$/);
  await sectionKey(page, 'F8', '/purchasing/bill', page.getByTestId('purchase-bills'));
  // the supplier picked by typing its name's first letters on the list, as a keyboard picks from a list
  const supplier = page.getByLabel(say('supplier'), { exact: true });
  await supplier.focus();
  await page.keyboard.type('Malwa');
  await expect.poll(() => supplier.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Malwa Agencies');
  await page.getByLabel(say('supplierInvoice')).fill(billNo);
  await page.keyboard.press('F2');
  await page.keyboard.type(productName);
  await page
    .getByRole('option', { name: new RegExp(productName.slice(0, 10)) })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  // on a Hindi screen the line names the product in Hindi first, the English beside it, and its unit in Hindi
  if (w.lang === 'hi') expect(await page.getByTestId('purchase-lines').locator('tbody td').first().innerText()).toMatch(/^पारले-जी बिस्किट\nParle-G.*\nपीस$/);
  await page.getByLabel(lineBox(w.lang, 'lineQty', 1), { exact: true }).fill('10');
  await page.getByLabel(lineBox(w.lang, 'lineCost', 1), { exact: true }).fill('20');
  await expect.poll(() => page.getByTestId('purchase-total').textContent()).toBe('₹210.00');
  expect(await page.getByTestId('purchase-tax').textContent()).toBe('₹10.00');
  await page.getByTestId('supplier-total').fill('220');
  await expect.poll(() => page.getByTestId('supplier-total-check').textContent()).toContain(say('totalsDiffer', { supplier: '₹220.00', ours: '₹210.00' }));
  await page.keyboard.press('F10');
  await page.waitForTimeout(300);
  expect(await hashOf(page)).toBe('#/purchasing/bill');
  await shot(w, 'purchase-mismatch');
  await page.getByTestId('supplier-total').fill('210');
  await expect.poll(() => page.getByTestId('supplier-total-check').textContent()).toContain(say('totalsMatch'));
  await page.keyboard.press('F10');
  await expect.poll(() => hashOf(page)).toBe('#/purchasing');
}

/** Two of the product back to the supplier from the newest purchase bill's lines: a debit note. */
export async function purchaseReturn(w: Walk, productName: string) {
  const { page, say } = w;
  // the newest bill's Return goods button, reached with Tab
  await tabTo(
    page,
    page
      .getByTestId('purchase-bills')
      .getByRole('button', { name: new RegExp(say('returnGoods')) })
      .first(),
  );
  await page.getByTestId('purchase-return').waitFor();
  await page.getByLabel(`${say('returnQty')} ${productName}`).fill('2');
  if (w.lang === 'hi') expect(await page.getByTestId('purchase-return').locator('tbody td').first().innerText()).toMatch(/^पारले-जी बिस्किट\nParle-G/);
  await page.getByLabel(say('returnReason')).fill('Two packs torn');
  await shot(w, 'purchase-return');
  // Enter in the reason posts the debit note (the form's own button)
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.toast').last().textContent()).toMatch(new RegExp(`${say('debitNoteSaved')}: .* — ₹42\\.00`));
}

/** The day book: one row per voucher at its own amount, each bill's at the bill's total. */
/** `notTheBills`: accounts (cost of goods, round-off) that are the vouchers' detail, never a row of their own. */
/** `cancelled`: bills whose number also has their reversal's row. */
export async function dayBookEqualsBills(w: Walk, notTheBills: string[] = [w.say('group_cost_of_sales'), w.say('roundOff')], cancelled: string[] = []) {
  const { page } = w;
  // opened by the books' group key and F1, unless the walk has opened it already (by touch)
  if ((await hashOf(page)) !== '#/accounting/day') {
    await altTo(page, MENU_KEYS.books, /^#\/accounting/);
    await sectionKey(page, 'F1', '/accounting/day');
  }
  await page.getByTestId('entries-table').waitFor();
  const owner = await w.served.host.as('owner', 'e2e-day-books');
  const register = await owner.call('accounting.salesRegister', { from: shopToday(), to: shopToday() });
  expect(register.rows.length).toBeGreaterThan(0);
  const amountsByNumber = () =>
    page.getByTestId('entries-table').evaluate((table, skip) => {
      const sums: Record<string, number> = {};
      for (const tr of Array.from(table.querySelectorAll('tbody tr'))) {
        if (tr.getAttribute('data-style') === 'total') continue;
        const particulars = tr.querySelector('[data-col="particulars"]')?.textContent?.trim() ?? '';
        if (skip.includes(particulars)) sums[`detail row: ${particulars}`] = 1;
        const number = tr.querySelector('[data-col="voucher"]')?.firstChild?.textContent?.trim() ?? '';
        const amount = tr.querySelector('[data-col="amount"]')?.textContent?.replace(/[₹,\s]/g, '') ?? '';
        if (number) sums[number] = (sums[number] ?? 0) + Math.round(Number(amount || '0') * 100);
      }
      return sums;
    }, notTheBills);
  await expect.poll(async () => Object.keys(await amountsByNumber()).length).toBeGreaterThanOrEqual(register.rows.length);
  const sums = await amountsByNumber();
  expect(Object.keys(sums).filter((k) => k.startsWith('detail row'))).toEqual([]);
  // credit notes (negative rows) are the returns' own vouchers, not bills
  for (const r of register.rows.filter((x) => x.totalPaise > 0 && !cancelled.includes(x.number))) expect(sums[r.number], r.number).toBe(r.totalPaise);
  await shot(w, 'day-book');
  return register.rows;
}

/** A bill's drill-down in the sales register: its items, and a return that makes a credit note. */
export async function returnFromDrillDown(w: Walk, productName: string) {
  const { page } = w;
  await page.goto(`${w.served.http.url}/#/accounting/sales-register`);
  await page.locator('tr.drill').last().click();
  await page.getByTestId('bill-panel').waitFor();
  expect(await page.getByTestId('bill-panel').textContent()).toContain(productName);
  await page.getByTestId('bill-return').click();
  await page.getByTestId('return-form').waitFor();
  await page.getByLabel(`Return qty ${productName}`).fill('1');
  await page.getByTestId('return-form').getByLabel('Reason (at least 3 letters)').fill('Pack torn');
  await shot(w, 'bill-return');
  await page.getByRole('button', { name: 'Make credit note' }).click();
  await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(/Credit note .* for ₹/);
  await page.keyboard.press('Escape');
}

/** F4 on Sunita's khata: the reminder carries a pay page, and on a phone that page opens a UPI app for the amount due. */
export async function khataReminderOpensUpi(w: Walk, duePaise: number) {
  const { page } = w;
  await altTo(page, MENU_KEYS.khata, /^#\/khata$/);
  // Sunita's row reached with Tab, opened with Enter
  await tabTo(page, page.getByTestId('khata-row').filter({ hasText: 'Sunita' }));
  await page.getByTestId('customer-khata').waitFor();
  expect(await page.getByTestId('khata-ledger').textContent()).toMatch(new RegExp(`${w.say('ordBilled', { number: '' })}[A-Z0-9]+/\\d{4}/\\d+`));
  await page.keyboard.press('F4');
  const link = (await page.getByTestId('reminder-pay-page').getAttribute('href')) ?? '';
  expect(await page.getByTestId('reminder-text').inputValue()).toContain(link);
  await shot(w, 'khata-reminder');
  await page.keyboard.press('Escape');
  await payPageOpensUpi(w, link, duePaise);
}

/** The reminder's pay page on a phone: its button and its QR both carry the shop's UPI id and the amount due. */
export async function payPageOpensUpi(w: Walk, link: string, duePaise: number) {
  const phone = await w.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await phone.goto(link);
  const pay = parseUpiLink((await phone.locator('#pay').getAttribute('href')) ?? '');
  expect(pay).toMatchObject({ pa: 'sharmastore@upi', am: upiAmount(duePaise) });
  const png = PNG.sync.read(await phone.locator('.qr').screenshot());
  const qr = parseUpiLink(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '');
  expect(qr).toMatchObject({ pa: 'sharmastore@upi', am: upiAmount(duePaise) });
  await phone.screenshot({ path: `${w.out}/pay-page-phone.png`, fullPage: true });
  await phone.close();
}

/**
 * Enter on the focused button opens the system's file dialog. On a loaded machine the dialog can be
 * refused once (the browser's user-activation window closes before the hidden input is clicked), as a
 * cashier's first press could be: the button is focused and Enter pressed again, at most three times.
 */
async function enterOpensChooser(page: Page, button: Locator): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    await button.focus();
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press('Enter')]);
      return chooser;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}
