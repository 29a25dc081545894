import { expect } from 'vitest';
import { demoBarcode } from '../../../../app/host/demo/demo-shop';
import { scanCode } from '../../../support/browser';
import { cartLines as lines, hashOf, payable, receiptCode, shot, signIn, tabTo, type Walk } from './walk';

/** The counter's day at the keyboard, in the walk's language, step by step; each leaves the counter ready for the next. */

export async function repeatScansAndWeight(w: Walk) {
  const { page, say } = w;
  for (const n of [1, 14, 1]) await scanCode(page, demoBarcode(n));
  await expect.poll(() => lines(page).count()).toBe(2);
  await expect.poll(() => lines(page).first().textContent()).toContain('Aashirvaad Atta');
  await expect.poll(() => lines(page).first().locator('.qty').textContent()).toBe('2');
  await page.getByLabel(say('search')).fill('chini');
  await page.getByRole('option', { name: /Sugar/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('textbox').waitFor();
  // keys 5 ms apart, as a cashier fast on the keypad types: a weight, not a barcode
  await page.keyboard.type('1.25', { delay: 5 });
  await page.keyboard.press('Enter');
  await expect.poll(() => lines(page).count()).toBe(3);
  await expect.poll(() => lines(page).nth(2).textContent()).toContain(`1.250 ${say('unit_kg')}`);
  expect(await page.getByRole('dialog').count()).toBe(0);
  await shot(w, 'counter-repeat-and-weight');
}

/** On the biscuits (the middle line): a discount above the line is refused, a huge quantity asked about. */
export async function discountAndQuantitySense(w: Walk) {
  const { page, saying } = w;
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('F4');
  await page.getByRole('dialog').getByRole('textbox').fill('50');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').textContent()).toMatch(saying('discountAboveLine'));
  await shot(w, 'counter-discount-refused');
  const before = await payable(page);
  await page.getByRole('dialog').getByRole('textbox').fill('2');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => payable(page)).not.toBe(before);
  await page.keyboard.press('F3');
  await page.getByRole('dialog').getByRole('textbox').fill('999999');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').textContent()).toMatch(saying('qtyConfirm'));
  await page.keyboard.press('Escape');
  await expect.poll(() => lines(page).nth(1).textContent()).not.toContain('999');
}

/**
 * The bill given a customer (F5, so its Khata box opens); `+`, `-` and Delete typed in every tender box
 * (cash, UPI, card, khata) leave the bill as it was; then paid split, UPI and cash.
 */
export async function tenderKeysThenSplitPay(w: Walk, upiRupees = '50') {
  const { page, say } = w;
  const before = await payable(page);
  const linesBefore = await lines(page).allTextContents();
  await page.keyboard.press('F5');
  await page.getByRole('dialog').getByRole('textbox').fill('Rahul');
  await page.getByRole('dialog').getByText('Rahul Verma').waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await page.keyboard.press('F9');
  await expect.poll(() => page.getByLabel(say('credit')).isEnabled()).toBe(true);
  for (const box of [say('cash'), say('upi'), say('card'), say('credit')]) {
    const field = page.getByLabel(box);
    await field.focus();
    for (const key of ['+', '-', 'Delete', '+', 'Delete']) await page.keyboard.press(key);
    await field.fill('');
  }
  expect(await payable(page)).toBe(before);
  expect(await lines(page).allTextContents()).toEqual(linesBefore);
  await page.getByLabel(say('upi')).fill(upiRupees);
  await page.keyboard.press('+');
  await page.keyboard.press('Delete');
  expect(await payable(page)).toBe(before);
  expect(await lines(page).allTextContents()).toEqual(linesBefore);
  await page.getByLabel(say('upi')).fill(upiRupees);
  await shot(w, 'counter-tenders-typed');
  await page.keyboard.press('F10');
  await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/\d{5}$/);
  return (await page.getByTestId('last-bill-number').textContent()) ?? '';
}

/** Held here with F6, resumed on a second device by another cashier and billed there. */
export async function holdHereResumeThere(w: Walk) {
  const { page, browser, say } = w;
  await page.getByLabel(say('search')).focus();
  await scanCode(page, demoBarcode(30));
  await scanCode(page, demoBarcode(15));
  await expect.poll(() => lines(page).count()).toBe(2);
  await page.keyboard.press('F6');
  await expect.poll(() => lines(page).count()).toBe(0);
  const tablet = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const other = await tablet.newPage();
  await signIn(w, other, /Pooja/, '3333');
  await other.keyboard.press('F7');
  await expect.poll(() => other.getByTestId('held-list').textContent()).toContain('Suresh');
  await shot(w, 'counter-held-on-second-device', other);
  await other.keyboard.press('1');
  await expect.poll(() => lines(other).allTextContents()).toEqual([expect.stringContaining('Coca-Cola'), expect.stringContaining('Maggi')]);
  await other.keyboard.press('F10');
  await expect.poll(() => other.getByTestId('last-bill-number').textContent()).toMatch(/\/\d{5}$/);
  await tablet.close();
  await page.keyboard.press('F7');
  await expect.poll(() => page.getByTestId('held-list').textContent()).toBe('—');
  await page.keyboard.press('Escape');
}

/** Returns 1 atta and 1 biscuits of `bill`, found by its number typed (Shift+F9) or by scanning its receipt. */
export async function returnTwoItems(w: Walk, bill: string, how: 'number' | 'scan') {
  const { page, say, saying } = w;
  if (how === 'scan') {
    const code = receiptCode(w, bill);
    expect(code).toBe(bill);
    await page.getByLabel(say('search')).focus();
    await scanCode(page, code);
  } else {
    await page.keyboard.press('Shift+F9');
    await page.getByTestId('return-bill-number').fill(bill);
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => page.getByTestId('return-line').count()).toBe(3);
  const returnNow = (product: string) => page.getByLabel(new RegExp(`${say('returnNow')}: ${product}`));
  const makeCreditNote = page.getByRole('button', { name: say('makeCreditNote') });
  await returnNow('Aashirvaad').fill('3');
  await page.getByLabel(say('reason'), { exact: true }).fill('Pack torn');
  // from the reason, Tab to Make credit note and Enter
  await tabTo(page, makeCreditNote);
  await expect.poll(() => page.getByRole('dialog').textContent()).toMatch(saying('returnQtyTooMany'));
  expect(await page.getByRole('dialog').textContent()).toContain(w.lang === 'hi' ? 'आशीर्वाद' : 'Only 2 of Aashirvaad Atta 5kg');
  await returnNow('Aashirvaad').fill('1');
  await returnNow('Parle').fill('1');
  await tabTo(page, makeCreditNote);
  await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(new RegExp(`${say('counterCreditNoteMade')}: \\S+`));
  await shot(w, `counter-return-by-${how}`);
  const manager = await w.served.host.as('manager', 'e2e-day-check');
  const found = await manager.call('billing.findInvoice', { number: bill });
  const left = await manager.call('accounting.returnable', { invoiceId: found.id });
  expect(left.lines.map((l) => l.returnedMilli)).toEqual([1000, 1000, 0]);
  await page.keyboard.press('Escape');
  return { invoiceId: found.id, creditNote: left.creditNotes.at(-1) };
}

/** A new bill, then cancelled whole from the last-bill bar (Shift+F11) with a reason. */
export async function cancelLastBill(w: Walk) {
  const { page, say } = w;
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await scanCode(page, demoBarcode(14));
  await expect.poll(() => lines(page).count()).toBe(1);
  const previous = await page.getByTestId('last-bill-number').textContent();
  await page.keyboard.press('F10');
  await expect.poll(() => page.getByTestId('last-bill-number').textContent()).not.toBe(previous);
  const number = (await page.getByTestId('last-bill-number').textContent()) ?? '';
  await page.keyboard.press('Shift+F11');
  await expect.poll(() => page.getByTestId('return-line').count()).toBe(1);
  await page.getByLabel(say('reason'), { exact: true }).fill('Customer changed mind');
  page.once('dialog', (d) => void d.accept());
  // from the reason, Tab to Cancel bill and Enter; the browser's confirm accepted
  await tabTo(page, page.getByRole('button', { name: say('cancelBill') }));
  await expect.poll(() => page.getByTestId('return-form').textContent()).toContain(say('counterBillCancelled'));
  await shot(w, 'counter-cancelled');
  const manager = await w.served.host.as('manager', 'e2e-day-check');
  expect((await manager.call('billing.findInvoice', { number })).status).toBe('cancelled');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  return number;
}

/** Alt-keys after a click on empty space, and every screen says who is signed in. */
export async function altKeysAfterClicks(w: Walk) {
  const { page } = w;
  await page.mouse.click(700, 500);
  await page.keyboard.press('Alt+2');
  await expect.poll(() => hashOf(page)).toMatch(/catalog/);
  await expect.poll(() => page.getByTestId('signed-in-user').textContent()).toContain('Suresh');
  await page.mouse.click(1300, 700);
  await page.keyboard.press('Alt+6');
  await expect.poll(() => hashOf(page)).toMatch(/accounting/);
  await shot(w, 'back-office-user-bar');
  await page.keyboard.press('Alt+1');
  await expect.poll(() => hashOf(page)).toMatch(/counter/);
  // the counter is shown (its F12 on the top bar), not only addressed
  await page
    .getByRole('button', { name: /\(F12\)/ })
    .first()
    .waitFor();
}
