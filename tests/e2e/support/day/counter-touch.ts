import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { STRINGS, type StringKey } from '../../../../app/renderer/src/i18n/words';
import { cartLines as lines, payable, shot, signIn, type Walk } from './walk';

/** The counter's day by touch only on a tablet, in Hindi: every action tapped on its button, numbers typed on the screen's keyboard. */

export const hi = (key: StringKey) => STRINGS[key].hi;
const toolbar = (p: Page) => p.getByRole('navigation', { name: 'Keyboard shortcuts' });
/** the touch button of a counter key: "F4", "Shift+F9" (F1 never matches F10–F12) */
export const keyButton = (p: Page, key: string) =>
  toolbar(p)
    .getByRole('button', { name: new RegExp(`^${key.replace('+', '\\+')}(?![0-9])`) })
    .first();

async function pick(p: Page, typed: string, option: RegExp) {
  await p.getByLabel(hi('search')).tap();
  await p.getByLabel(hi('search')).fill(typed);
  await p.getByRole('option', { name: option }).first().tap();
}

/** Two packets of biscuits tapped twice (one line of 2), atta, and sugar weighed on the screen's keypad. */
export async function tapItemsAndWeight(w: Walk) {
  const { page } = w;
  await pick(page, 'parle', /Parle/);
  await pick(page, 'parle', /Parle/);
  await expect.poll(() => lines(page).count()).toBe(1);
  await expect.poll(() => lines(page).first().locator('.qty').textContent()).toBe('2');
  await pick(page, 'atta', /Aashirvaad/);
  await pick(page, 'chini', /Sugar|चीनी/);
  await page.getByRole('dialog').getByRole('textbox').fill('0.5');
  await page.getByRole('dialog').getByRole('button', { name: /Enter/ }).tap();
  await expect.poll(() => lines(page).count()).toBe(3);
  await expect.poll(() => lines(page).nth(2).textContent()).toContain('0.500');
  await shot(w, 'counter-tapped-items');
}

/** A ₹2 discount on the biscuits by the manager: too much is refused in the dialog, with the reason. */
export async function tapDiscount(w: Walk) {
  const { page } = w;
  await lines(page).first().tap();
  await keyButton(page, 'F4').tap();
  await page.getByRole('dialog').getByRole('textbox').fill('500');
  await page.getByRole('dialog').getByRole('button', { name: /Enter/ }).tap();
  await expect.poll(() => page.getByRole('dialog').textContent()).toContain('से ज़्यादा नहीं हो सकती');
  await shot(w, 'counter-discount-refused');
  const before = await payable(page);
  await page.getByRole('dialog').getByRole('textbox').fill('2');
  await page.getByRole('dialog').getByRole('button', { name: /Enter/ }).tap();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => payable(page)).not.toBe(before);
}

/** `+`, `-` and Delete typed in every tender box change nothing; paid UPI ₹20 and the rest cash by the pay button. */
export async function tapTendersAndPay(w: Walk) {
  const { page } = w;
  const before = await payable(page);
  const linesBefore = await lines(page).allTextContents();
  for (const box of [hi('cash'), hi('upi'), hi('card')]) {
    const field = page.getByLabel(box, { exact: true });
    await field.tap();
    for (const key of ['+', '-', 'Delete', 'Backspace']) await page.keyboard.press(key);
    await field.fill('');
  }
  expect(await payable(page)).toBe(before);
  expect(await lines(page).allTextContents()).toEqual(linesBefore);
  await page.getByLabel(hi('upi'), { exact: true }).fill('20');
  await shot(w, 'counter-tenders');
  const previous = await page.getByTestId('last-bill-number').textContent();
  await page.getByRole('button', { name: new RegExp(hi('complete')) }).tap();
  await expect.poll(() => page.getByTestId('last-bill-number').textContent()).not.toBe(previous);
  return (await page.getByTestId('last-bill-number').textContent()) ?? '';
}

/** Held by the hold button here; on a second tablet another cashier taps Held and the bill, and bills it. */
export async function tapHoldResumeThere(w: Walk) {
  const { page, browser } = w;
  await pick(page, 'maggi', /Maggi/);
  await keyButton(page, 'F6').tap();
  await expect.poll(() => lines(page).count()).toBe(0);
  const ctx = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
  const other = await ctx.newPage();
  await signIn(w, other, /Pooja \(Staff\)/, '3333', 'touch');
  await keyButton(other, 'F7').tap();
  await expect.poll(() => other.getByTestId('held-list').textContent()).toContain('Suresh');
  await shot(w, 'counter-held-on-second-tablet', other);
  await other.getByTestId('held-list').getByRole('listitem').first().tap();
  await expect.poll(() => lines(other).allTextContents()).toEqual([expect.stringContaining('Maggi')]);
  await other.getByRole('button', { name: /F10/ }).last().tap();
  await expect.poll(() => lines(other).count()).toBe(0);
  await ctx.close();
}

/** The return button, the bill's number typed, two items back with a reason, the credit note made. */
export async function tapReturnTwo(w: Walk, bill: string) {
  const { page } = w;
  await keyButton(page, 'Shift+F9').tap();
  await page.getByTestId('return-bill-number').fill(bill);
  await page.getByRole('button', { name: new RegExp(hi('findBill')) }).tap();
  await expect.poll(() => page.getByTestId('return-line').count()).toBe(3);
  await page.getByLabel(new RegExp(`${hi('returnNow')}: Parle`)).fill('1');
  await page.getByLabel(new RegExp(`${hi('returnNow')}: Aashirvaad`)).fill('1');
  await page.getByRole('dialog').getByLabel(hi('reason'), { exact: true }).fill('पैकेट फटा');
  await page.getByRole('button', { name: hi('makeCreditNote') }).tap();
  await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(new RegExp(`${hi('counterCreditNoteMade')}: \\S+`));
  await shot(w, 'counter-return');
  await page.getByRole('dialog').getByRole('button', { name: /Esc/ }).tap();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

/** The cancel-bill button on the last bill: a reason, confirmed, the bill cancelled. */
export async function tapCancelLast(w: Walk) {
  const { page } = w;
  await pick(page, 'parle', /Parle/);
  const previous = await page.getByTestId('last-bill-number').textContent();
  await page.getByRole('button', { name: new RegExp(hi('complete')) }).tap();
  await expect.poll(() => page.getByTestId('last-bill-number').textContent()).not.toBe(previous);
  const number = (await page.getByTestId('last-bill-number').textContent()) ?? '';
  await keyButton(page, 'Shift+F11').tap();
  await expect.poll(() => page.getByTestId('return-line').count()).toBe(1);
  await page.getByRole('dialog').getByLabel(hi('reason'), { exact: true }).fill('ग्राहक ने मना किया');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: hi('cancelBill') }).tap();
  await expect.poll(() => page.getByTestId('return-form').textContent()).toContain(hi('counterBillCancelled'));
  await shot(w, 'counter-cancelled');
  await page.getByRole('dialog').getByRole('button', { name: /Esc/ }).tap();
  return number;
}
