import { expect } from 'vitest';
import { OFF_FILE, payPageOpensUpi } from './back-office-keys';
import { hi, keyButton } from './counter-touch';
import { shot, type Walk } from './walk';

/** The back office's part of the day by touch on a tablet, in Hindi: each screen reached by tapping the menu. */

/** Taps a menu group, then (when given) one of its screens and one of the screen's tabs. */
export async function tapTo(w: Walk, group: RegExp, screen?: RegExp, tab?: RegExp) {
  const { page } = w;
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: group }).tap();
  if (screen) await page.locator('nav.submenu').getByRole('link', { name: screen }).tap();
  if (tab) await page.locator('.screen').getByRole('link', { name: tab }).first().tap();
}

/** The cash drawer counted by denomination and opened or closed by its button. */
export async function tapDrawer(w: Walk, notes: Record<number, number>, name: string) {
  const { page } = w;
  await tapTo(w, new RegExp(hi('navAccounting')), new RegExp(hi('navVouchers')), new RegExp(hi('cashDrawer')));
  await page.getByTestId('cash-register').waitFor();
  for (const [note, n] of Object.entries(notes)) await page.getByLabel(`₹${note}`, { exact: true }).fill(String(n));
  await shot(w, name);
  await page.getByTestId('cash-register').getByRole('button', { name: /F10/ }).tap();
  await expect.poll(() => page.locator('.toast').last().textContent()).toMatch(new RegExp(`${hi('drawerOpened')}|${hi('drawerClosed')}`));
}

/** The import preview in Hindi words names the inactive rows and the guessed HSN; committed by its button. */
export async function tapImport(w: Walk) {
  const { page } = w;
  await tapTo(w, new RegExp(hi('navCatalog')));
  await page
    .getByRole('button', { name: new RegExp(hi('importFile')) })
    .first()
    .tap();
  await page.getByTestId('import-file').setInputFiles(OFF_FILE);
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('import-inactive').textContent()).toMatch(/^874\b/);
  expect(await page.getByTestId('import-guessed').textContent()).toMatch(/^874\b/);
  await shot(w, 'import-preview');
  await page.getByTestId('import-commit').tap();
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('result-inactive').textContent()).toBe('874');
  await shot(w, 'import-done');
  await keyButton(page, 'Esc').tap();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/catalog');
}

/** A purchase bill by touch: ₹210 on the lines, the supplier's ₹210 matches, saved by its button; then two back. */
export async function tapPurchaseAndReturn(w: Walk, productName: string) {
  const { page } = w;
  await tapTo(w, new RegExp(hi('navPurchasing')));
  await page
    .getByRole('button', { name: new RegExp(hi('newPurchase').slice(0, 8)) })
    .first()
    .tap();
  await page.getByLabel(hi('supplier'), { exact: true }).selectOption({ label: 'Malwa Agencies' });
  await page.getByLabel(hi('supplierInvoice')).fill('MA/TAB/1');
  await page.getByLabel(hi('search')).tap();
  await page.getByLabel(hi('search')).fill(productName.slice(0, 8));
  await page
    .getByRole('option', { name: new RegExp(productName.slice(0, 8)) })
    .first()
    .tap();
  await page.getByLabel('qty 1').fill('10');
  await page.getByLabel('cost 1').fill('20');
  await expect.poll(() => page.getByTestId('purchase-total').textContent()).toBe('₹210.00');
  await page.getByTestId('supplier-total').fill('210');
  await shot(w, 'purchase-bill');
  await page.getByRole('button', { name: /F10/ }).first().tap();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/purchasing');
  await page
    .getByTestId('purchase-bills')
    .getByRole('button', { name: new RegExp(hi('returnGoods')) })
    .first()
    .tap();
  await page.getByLabel(`${hi('returnQty')} ${productName}`).fill('2');
  await page.getByLabel(hi('returnReason')).fill('दो पैकेट फटे');
  await shot(w, 'purchase-return');
  await page.getByRole('button', { name: hi('postDebitNote') }).tap();
  await expect.poll(() => page.locator('.toast').last().textContent()).toMatch(/₹42\.00/);
}

/** Sunita's khata tapped, the reminder button, its pay page opened on a phone. */
export async function tapKhataReminder(w: Walk, duePaise: number) {
  const { page } = w;
  await tapTo(w, new RegExp(hi('navKhata')));
  await page.getByTestId('khata-row').filter({ hasText: 'Sunita' }).tap();
  await page.getByTestId('customer-khata').waitFor();
  await page
    .getByRole('button', { name: new RegExp(hi('sendReminder')) })
    .first()
    .tap();
  const link = (await page.getByTestId('reminder-pay-page').getAttribute('href')) ?? '';
  expect(await page.getByTestId('reminder-text').inputValue()).toContain(link);
  await shot(w, 'khata-reminder');
  await page.getByRole('dialog').getByRole('button', { name: /Esc/ }).tap();
  await payPageOpensUpi(w, link, duePaise);
}
