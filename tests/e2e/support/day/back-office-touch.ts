import { expect } from 'vitest';
import { closeDialogByTouch, hashOf, shot, type Walk } from './walk';
import { tapTo, tapType } from './counter-touch';
import { OFF_FILE } from './back-office-keys';
import { lineBox } from '../../../support/words';

/** The back office's part of the day by touch at a tablet, in the walk's language: every action a tap on screen. */

/** The cash drawer counted by denomination and opened (or closed) with its button. */
export async function countDrawerByTouch(w: Walk, notes: Record<number, number>, name: string) {
  const { page } = w;
  await tapTo(page, '/accounting', '/vouchers', '/vouchers/drawer');
  await page.getByTestId('cash-register').waitFor();
  for (const [note, n] of Object.entries(notes)) await tapType(page.getByLabel(`₹${note}`, { exact: true }), String(n));
  await shot(w, name);
  await page.getByRole('button', { name: new RegExp(`${w.say('openDrawer')}|${w.say('closeDrawer')}`) }).tap();
}

/** The Open Food Facts file from the catalogue's import button: the preview names the inactive and guessed rows. */
export async function importByTouch(w: Walk) {
  const { page } = w;
  await tapTo(page, '/catalog');
  await page
    .getByRole('button', { name: new RegExp(w.say('importFile').replace(/[/]/g, '.')) })
    .first()
    .tap();
  await expect.poll(() => hashOf(page)).toBe('#/catalog/import');
  // the browser's own "Choose file / No file chosen" stays hidden: a Hindi button and line stand in
  expect(await page.getByTestId('import-file').evaluate((input) => getComputedStyle(input).opacity === '0' && input.getBoundingClientRect().width <= 1)).toBe(
    true,
  );
  expect(await page.getByTestId('import-file-name').textContent()).toBe(w.say('noFileChosen'));
  const pick = page.getByRole('button', { name: w.say('pickFile'), exact: true });
  expect((await pick.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  // the file chooser a tap opens: Playwright hands it the file
  const chooser = page.waitForEvent('filechooser');
  await pick.tap();
  await (await chooser).setFiles(OFF_FILE);
  expect(await page.getByTestId('import-file-name').textContent()).toBe(w.say('fileChosen', { name: 'openfoodfacts_india_890_barcodes.csv' }));
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('import-inactive').textContent()).toMatch(/^874\b/);
  expect(await page.getByTestId('import-guessed').textContent()).toMatch(/^874\b/);
  await shot(w, 'import-preview');
  await page.getByTestId('import-commit').tap();
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('result-inactive').textContent()).toBe('874');
  await shot(w, 'import-done');
}

/** 10 of the product at ₹20 + 5% from Malwa, checked against the supplier's ₹210, saved by its button; then 2 returned. */
export async function purchaseByTouch(w: Walk, productName: string, billNo: string) {
  const { page } = w;
  await tapTo(page, '/purchasing');
  await page
    .getByRole('button', { name: new RegExp(w.say('newPurchase').replace(/[()]/g, '.')) })
    .first()
    .tap();
  await expect.poll(() => hashOf(page)).toBe('#/purchasing/bill');
  await page.getByLabel(w.say('supplier'), { exact: true }).selectOption({ label: 'Malwa Agencies' });
  await tapType(page.getByLabel(w.say('supplierInvoice')), billNo);
  await tapType(page.getByLabel(w.say('search'), { exact: true }), productName.slice(0, 10));
  await page
    .getByRole('option', { name: new RegExp(productName.slice(0, 10)) })
    .first()
    .tap();
  // every field of the line and its remove button in reach on the tablet, none scrolled off the side
  for (const part of [page.getByLabel(lineBox(w.lang, 'mrp', 1), { exact: true }), page.getByLabel(`${w.say('remove')} 1`)]) {
    const box = await part.boundingBox();
    expect((box?.x ?? 9999) + (box?.width ?? 0)).toBeLessThanOrEqual(820);
  }
  await tapType(page.getByLabel(lineBox(w.lang, 'lineQty', 1), { exact: true }), '10');
  await tapType(page.getByLabel(lineBox(w.lang, 'lineCost', 1), { exact: true }), '20');
  await expect.poll(() => page.getByTestId('purchase-total').textContent()).toBe('₹210.00');
  await tapType(page.getByTestId('supplier-total'), '210');
  await expect.poll(() => page.getByTestId('supplier-total-check').textContent()).toContain('✓');
  await shot(w, 'purchase-bill');
  await page
    .getByRole('button', { name: new RegExp(w.say('postBill')) })
    .first()
    .tap();
  await expect.poll(() => hashOf(page)).toBe('#/purchasing');
  await page
    .getByTestId('purchase-bills')
    .getByRole('button', { name: new RegExp(w.say('returnGoods')) })
    .first()
    .tap();
  await page.getByTestId('purchase-return').waitFor();
  await tapType(page.getByLabel(`${w.say('returnQty')} ${productName}`), '2');
  await tapType(page.getByLabel(w.say('returnReason')), w.lang === 'hi' ? 'दो पैकेट फटे' : 'Two packs torn');
  await shot(w, 'purchase-return');
  await page.getByRole('button', { name: w.say('postDebitNote') }).tap();
  await expect.poll(() => page.locator('.toast').last().textContent()).toMatch(/₹42\.00/);
}

/** Sunita's khata by tapping her row, and a reminder from its button that carries the pay page. */
export async function khataByTouch(w: Walk) {
  const { page } = w;
  await tapTo(page, '/khata');
  await page.getByTestId('khata-row').filter({ hasText: 'Sunita' }).tap();
  await page.getByTestId('customer-khata').waitFor();
  await page
    .getByRole('button', { name: new RegExp(w.say('sendReminder')) })
    .first()
    .tap();
  const link = (await page.getByTestId('reminder-pay-page').getAttribute('href')) ?? '';
  expect(link).toMatch(/^http/);
  expect(await page.getByTestId('reminder-text').inputValue()).toContain(link);
  await shot(w, 'khata-reminder');
  await closeDialogByTouch(page);
  return link;
}

/** A count sheet opened, one product found and counted, saved by its button, and the sheet posted. */
export async function stockCountByTouch(w: Walk, productName: string, counted: string) {
  const { page } = w;
  await tapTo(page, '/inventory', '/count');
  await page
    .getByRole('button', { name: new RegExp(w.say('openCount')) })
    .first()
    .tap();
  await page.getByTestId('count-sheet').waitFor();
  await tapType(page.getByLabel(w.say('search'), { exact: true }), productName.slice(0, 10));
  await page
    .getByRole('option', { name: new RegExp(productName.slice(0, 10)) })
    .first()
    .tap();
  await tapType(page.getByLabel(w.say('counted'), { exact: true }), counted);
  await page.getByTestId('save-count').tap();
  await expect.poll(() => page.getByTestId('count-sheet').locator('tbody tr').count()).toBe(1);
  await shot(w, 'stock-count');
  await page
    .getByRole('button', { name: new RegExp(w.say('postCount')) })
    .first()
    .tap();
  await expect.poll(() => page.locator('.toast').last().textContent()).toContain(w.say('postCount'));
}
