import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { fill, type Params } from '../../../../app/core/i18n';
import { STRINGS, type StringKey } from '../../../../app/renderer/src/i18n/words';
import { cartLines as lines, closeDialogByTouch, payable, shot, signIn, tapLanguage, type Walk } from './walk';

/**
 * The counter's day by touch, in the walk's language: every action a tap on something on screen; the
 * keyboard only types into the field a finger has just tapped. Each step leaves the counter ready for the next.
 */

/** The screen's words in Hindi, as the cashier reads them. */
export const hi = (key: StringKey, params?: Params) => fill(STRINGS[key].hi, params);

/** What the walk types as a reason, in the walk's language. */
const typed = (w: Walk, en: string, hi: string) => (w.lang === 'hi' ? hi : en);

/** Taps a field and types into it, as a finger and the on-screen keyboard do. */
export async function tapType(field: Locator, text: string) {
  await field.tap();
  await field.fill(text);
}

/** Opens a screen by tapping its links in turn: the menu's group, then the group's screen, then a section tab. */
export async function tapTo(page: Page, ...paths: string[]) {
  for (const path of paths) await page.locator(`a[href="#${path}"]`).first().tap();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${paths.at(-1)}`);
}

const toolbar = (p: Page) => p.getByRole('navigation', { name: 'Keyboard shortcuts' });
/** A button of the counter's touch toolbar, by its word (in Hindi unless `say` speaks the walk's language). */
export const tool = (p: Page, key: StringKey, say: (key: StringKey) => string = hi) =>
  toolbar(p)
    .getByRole('button', { name: new RegExp(say(key).replace(/[()]/g, '.')) })
    .first();
const search = (w: Walk, p: Page) => p.getByLabel(w.say('search'), { exact: true }).first();

/** Finds a product by typing part of its name (Hinglish) and taps it in the list. */
export async function addByName(w: Walk, p: Page, typed: string, option: RegExp) {
  await tapType(search(w, p), typed);
  await p.getByRole('option', { name: option }).first().tap();
}

/** Atta twice (one line of 2), biscuits, and loose sugar weighed 1.25 kg in the prompt, all by touch. */
export async function billByTouch(w: Walk) {
  const { page } = w;
  await addByName(w, page, 'atta', /Aashirvaad/);
  await expect.poll(() => lines(page).count()).toBe(1);
  await addByName(w, page, 'atta', /Aashirvaad/);
  await expect.poll(() => lines(page).first().locator('.qty').textContent()).toBe('2');
  await addByName(w, page, 'parle', /Parle/);
  await addByName(w, page, 'chini', /Sugar|चीनी/);
  const prompt = page.getByRole('dialog');
  await tapType(prompt.getByRole('textbox'), '1.25');
  await prompt.getByRole('button', { name: /Enter/ }).tap();
  await expect.poll(() => lines(page).count()).toBe(3);
  await expect.poll(() => lines(page).nth(2).textContent()).toContain(`1.250 ${w.say('unit_kg')}`);
  await shot(w, 'counter-touch-bill');
}

/** The biscuits line tapped, then its discount from the toolbar: above the line refused in Hindi, ₹2 taken. */
export async function discountByTouch(w: Walk) {
  const { page } = w;
  await lines(page).nth(1).tap();
  await tool(page, 'discount', w.say).tap();
  const prompt = page.getByRole('dialog');
  await tapType(prompt.getByRole('textbox'), '50');
  await prompt.getByRole('button', { name: /Enter/ }).tap();
  await expect.poll(() => prompt.textContent()).toMatch(w.saying('discountAboveLine'));
  await shot(w, 'counter-touch-discount-refused');
  const before = await payable(page);
  await tapType(prompt.getByRole('textbox'), '2');
  await prompt.getByRole('button', { name: /Enter/ }).tap();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => payable(page)).not.toBe(before);
}

/**
 * The bill given a customer from the toolbar (so its Khata box opens); `+`, `-` and Delete typed in every
 * tender box (UPI, card, cash, khata) leave the bill alone; paid part UPI, the rest cash, by the complete button.
 */
export async function splitPayByTouch(w: Walk, upiRupees = '50') {
  const { page } = w;
  const before = await payable(page);
  const linesBefore = await lines(page).allTextContents();
  await tool(page, 'customer', w.say).tap();
  await tapType(page.getByRole('dialog').getByRole('textbox'), 'Rahul');
  await page.getByRole('dialog').getByText('Rahul Verma').tap();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  // on a phone the tenders are in the pay sheet that the To-pay bar opens
  if ((page.viewportSize()?.width ?? 0) <= 600) await page.getByTestId('payable').tap();
  await expect.poll(() => page.getByLabel(w.say('credit'), { exact: true }).isEnabled()).toBe(true);
  for (const box of [w.say('upi'), w.say('card'), w.say('cash'), w.say('credit')]) {
    const field = page.getByLabel(box, { exact: true });
    await field.tap();
    for (const key of ['+', '-', 'Delete', '+', 'Delete']) await page.keyboard.press(key);
    await field.fill('');
  }
  expect(await payable(page)).toBe(before);
  expect(await lines(page).allTextContents()).toEqual(linesBefore);
  await tapType(page.getByLabel(w.say('upi'), { exact: true }), upiRupees);
  await shot(w, 'counter-touch-tenders');
  await page.getByRole('button', { name: new RegExp(w.say('complete')) }).tap();
  await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/\d{5}$/);
  await expect.poll(() => lines(page).count()).toBe(0);
  return (await page.getByTestId('last-bill-number').textContent()) ?? '';
}

/** The return from the toolbar: the bill's number typed, one atta and one biscuits back, a credit note made. */
export async function returnByTouch(w: Walk, bill: string) {
  const { page } = w;
  await tool(page, 'keyReturns', w.say).tap();
  await tapType(page.getByTestId('return-bill-number'), bill);
  await page.getByRole('button', { name: new RegExp(w.say('findBill')) }).tap();
  await expect.poll(() => page.getByTestId('return-line').count()).toBe(3);
  // the bill's number shows whole in its box, each line names its item, and the reason and the refund are whole on the screen
  expect(await page.getByTestId('return-bill-number').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  const width = page.viewportSize()?.width ?? 0;
  for (const part of [
    page
      .getByTestId('return-line')
      .first()
      .getByText(/Aashirvaad|आशीर्वाद/)
      .first(),
    page.getByLabel(w.say('reason'), { exact: true }),
    page.locator('select[name="refund"]'),
  ]) {
    expect(await part.isVisible()).toBe(true);
    const box = await part.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
  }
  await tapType(page.getByLabel(new RegExp(`^${w.say('returnNow')}: Aashirvaad`)), '1');
  await tapType(page.getByLabel(new RegExp(`^${w.say('returnNow')}: Parle`)), '1');
  await tapType(page.getByLabel(w.say('reason'), { exact: true }), typed(w, 'Pack torn', 'पैकेट फटा'));
  await page.getByRole('button', { name: w.say('makeCreditNote') }).tap();
  await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(/\S+/);
  await shot(w, 'counter-touch-return');
  await closeDialogByTouch(page);
}

/** Held from the toolbar here, and taken on a second tablet by another cashier from its held list, billed there. */
export async function holdHereResumeThereByTouch(w: Walk) {
  const { page, browser } = w;
  await addByName(w, page, 'maggi', /Maggi/);
  await addByName(w, page, 'coca', /Coca/);
  await expect.poll(() => lines(page).count()).toBe(2);
  await tool(page, 'hold', w.say).tap();
  await expect.poll(() => lines(page).count()).toBe(0);
  const second = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
  const other = await second.newPage();
  await signIn(w, other, /Pooja \(Staff\)/, '3333', 'touch');
  await tapLanguage(w, other);
  await tool(other, 'keyHeld', w.say).tap();
  await other
    .getByTestId('held-list')
    .getByText(/Suresh/)
    .tap();
  await expect.poll(() => lines(other).count()).toBe(2);
  await shot(w, 'counter-touch-resumed-on-second-tablet', other);
  await other.getByRole('button', { name: new RegExp(w.say('complete')) }).tap();
  await expect.poll(() => other.getByTestId('last-bill-number').textContent()).toMatch(/\/\d{5}$/);
  await second.close();
}

/** A bill completed, then cancelled whole from the toolbar with a reason. */
export async function cancelByTouch(w: Walk) {
  const { page } = w;
  await addByName(w, page, 'parle', /Parle/);
  const previous = await page.getByTestId('last-bill-number').textContent();
  await page.getByRole('button', { name: new RegExp(w.say('complete')) }).tap();
  await expect.poll(() => page.getByTestId('last-bill-number').textContent()).not.toBe(previous);
  const number = (await page.getByTestId('last-bill-number').textContent()) ?? '';
  await tool(page, 'keyCancelLast', w.say).tap();
  await expect.poll(() => page.getByTestId('return-line').count()).toBe(1);
  await tapType(page.getByLabel(w.say('reason'), { exact: true }), typed(w, 'Customer changed mind', 'ग्राहक ने मना किया'));
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: w.say('cancelBill') }).tap();
  await expect.poll(() => page.getByTestId('return-form').textContent()).toContain(w.say('counterBillCancelled'));
  await shot(w, 'counter-touch-cancelled');
  await closeDialogByTouch(page);
  return number;
}
