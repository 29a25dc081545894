import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { launchChromium, scanCode } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';

/**
 * A counter day through the screens: keyboard-only at 1366×768 (repeat scans, a weighed item typed
 * fast, keys in every tender box, hold here and resume on a second device, a return of two lines by
 * the bill's number, a cancelled bill, Alt-keys after clicking empty space), then touch-only at
 * 820×1180 and 390×844 in Hindi and English. Screenshots go to test-results/counter-day/.
 */
const OUT = 'test-results/counter-day';
let served: ServedHost;
let browser: Browser;
let desk: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  served = await serveTestHost();
  browser = await launchChromium();
  desk = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await desk.newPage();
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

async function login(p: Page, name: RegExp, pin: string, tap = false) {
  await p.goto(served.http.url);
  const who = p.getByRole('button', { name });
  await (tap ? who.tap() : who.click());
  await p.keyboard.type(pin);
  await p.keyboard.press('Enter');
  await expect.poll(() => p.getByTestId('user-name').count()).toBe(1);
}
const lines = (p: Page) => p.getByTestId('cart-line');
const payable = (p: Page) => p.getByTestId('payable').textContent();
const shot = (p: Page, name: string) => p.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });

describe('a counter day, keyboard only', () => {
  let firstBill = '';

  it('adds a repeat scan to its line and takes a fast-typed weight as a weight', async () => {
    await login(page, /Suresh \(Manager\)/, '2222');
    for (const n of [1, 14, 1]) await scanCode(page, demoBarcode(n));
    await expect.poll(() => lines(page).count()).toBe(2);
    await expect.poll(() => lines(page).first().textContent()).toMatch(/Aashirvaad Atta.*\b2\b/);
    await page.getByLabel('Search').fill('chini');
    await page.getByRole('option', { name: /Sugar/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    // keys 5 ms apart, as a cashier fast on the keypad types: a weight, not a barcode
    await page.keyboard.type('1.25', { delay: 5 });
    await page.keyboard.press('Enter');
    await expect.poll(() => lines(page).count()).toBe(3);
    await expect.poll(() => lines(page).nth(2).textContent()).toContain('1.250 kg');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('refuses a discount above the line and asks before a huge quantity', async () => {
    await page.keyboard.press('ArrowUp'); // Parle-G (₹14 a packet… two lines up from sugar)
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('F4');
    await page.getByRole('dialog').getByRole('textbox').fill('50');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('cannot be more than the line’s');
    await shot(page, 'discount-refused');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F3');
    await page.getByRole('dialog').getByRole('textbox').fill('999999');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Press Enter again to confirm');
    await page.keyboard.press('Escape');
    await expect.poll(() => lines(page).nth(1).textContent()).not.toContain('999');
  });

  it('keys typed in every tender box never change the bill', async () => {
    const before = await payable(page);
    const linesBefore = await lines(page).allTextContents();
    await page.keyboard.press('F9');
    for (const box of ['Cash received', 'UPI', 'Card']) {
      const field = page.getByLabel(box);
      await field.focus();
      for (const key of ['+', '-', 'Delete', '+', 'Delete']) await page.keyboard.press(key);
      await field.fill('');
    }
    expect(await payable(page)).toBe(before);
    expect(await lines(page).allTextContents()).toEqual(linesBefore);
    await page.getByLabel('UPI').fill('50');
    await page.keyboard.press('+');
    expect(await payable(page)).toBe(before);
    await shot(page, 'tenders-typed');
    await page.getByLabel('UPI').fill('');
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/00001$/);
    firstBill = (await page.getByTestId('last-bill-number').textContent()) ?? '';
  });

  it('holds a bill here and resumes it on a second device', async () => {
    await page.getByLabel('Search').focus();
    await scanCode(page, demoBarcode(30));
    await scanCode(page, demoBarcode(15));
    await expect.poll(() => lines(page).count()).toBe(2);
    await page.keyboard.press('F6');
    await expect.poll(() => lines(page).count()).toBe(0);
    const tablet = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const other = await tablet.newPage();
    await login(other, /Pooja \(Staff\)/, '3333');
    await other.keyboard.press('F7');
    await expect.poll(() => other.getByTestId('held-list').textContent()).toContain('Suresh');
    await shot(other, 'held-on-second-device');
    await other.keyboard.press('1');
    await expect.poll(() => lines(other).allTextContents()).toEqual([expect.stringContaining('Coca-Cola'), expect.stringContaining('Maggi')]);
    await other.keyboard.press('F10');
    await expect.poll(() => other.getByTestId('last-bill-number').textContent()).toMatch(/\/0000\d$/);
    await tablet.close();
    await page.keyboard.press('F7');
    await expect.poll(() => page.getByTestId('held-list').textContent()).toBe('—');
    await page.keyboard.press('Escape');
  }, 60_000);

  it('returns two items of the first bill by its number', async () => {
    await page.keyboard.press('Shift+F9');
    await page.getByTestId('return-bill-number').fill(firstBill);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('return-line').count()).toBe(3);
    await page.getByLabel(/Return now: Aashirvaad/).fill('3');
    await page.getByLabel('Reason').fill('Pack torn');
    await page.getByRole('button', { name: 'Make credit note' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toMatch(/Only 2\b.* of Aashirvaad Atta 5kg is left to return/);
    await page.getByLabel(/Return now: Aashirvaad/).fill('1');
    await page.getByLabel(/Return now: Parle/).fill('1');
    await page.getByRole('button', { name: 'Make credit note' }).click();
    await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(/Credit note made: \S+/);
    await shot(page, 'return-made');
    const manager = await served.host.as('manager', 'e2e-day-check');
    const found = await manager.call('billing.findInvoice', { number: firstBill });
    const left = await manager.call('accounting.returnable', { invoiceId: found.id });
    expect(left.lines.map((l) => l.returnedMilli)).toEqual([1000, 1000, 0]);
    await page.keyboard.press('Escape');
  });

  it('cancels the last bill from the last-bill bar, with a reason', async () => {
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await scanCode(page, demoBarcode(14));
    await expect.poll(() => lines(page).count()).toBe(1);
    await shot(page, 'before-cancel');
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('last-bill-number').textContent()).not.toBe(firstBill);
    const number = (await page.getByTestId('last-bill-number').textContent()) ?? '';
    await page.keyboard.press('Shift+F11');
    await expect.poll(() => page.getByTestId('return-line').count()).toBe(1);
    await page.getByLabel('Reason').fill('Customer changed mind');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Cancel whole bill' }).click();
    await expect.poll(() => page.getByTestId('return-form').textContent()).toContain('Cancelled');
    const manager = await served.host.as('manager', 'e2e-day-check');
    expect((await manager.call('billing.findInvoice', { number })).status).toBe('cancelled');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('Alt-keys move screens after a click on empty space, and every screen says who is signed in', async () => {
    await page.mouse.click(700, 500);
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/catalog/);
    await expect.poll(() => page.getByTestId('signed-in-user').textContent()).toContain('Suresh');
    await page.mouse.click(1300, 700);
    await page.keyboard.press('Alt+6');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/accounting/);
    await shot(page, 'back-office-user-bar');
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/counter/);
  });
});

describe.each([
  { width: 820, height: 1180, lang: 'hi' },
  { width: 390, height: 844, lang: 'en' },
])('touch only at $width×$height ($lang)', ({ width, height, lang }) => {
  it('every counter action has a visible button and nothing is cut off', async () => {
    const ctx = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
    const p = await ctx.newPage();
    await login(p, /Suresh \(Manager\)/, '2222', true);
    if (lang === 'hi') await p.getByRole('button', { name: 'हिंदी' }).tap();
    const search = p
      .getByRole('combobox')
      .or(p.getByLabel(lang === 'hi' ? 'खोजें' : 'Search'))
      .first();
    await search.tap();
    await p.keyboard.type('parle');
    await p.getByRole('option', { name: /Parle/ }).first().tap();
    await expect.poll(() => lines(p).count()).toBe(1);
    const toolbar = p.getByRole('navigation', { name: 'Keyboard shortcuts' });
    await expect.poll(() => toolbar.isVisible()).toBe(true);
    const words = lang === 'hi' ? ['मात्रा', 'छूट', 'रोकें', 'रुके', 'वापसी', 'हटाएँ'] : ['Qty', 'Discount', 'Hold', 'Held', 'Return', 'Remove'];
    for (const w of words) {
      const button = toolbar.getByRole('button', { name: new RegExp(w) }).first();
      const box = await button.boundingBox();
      expect(box, w).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width + 1, w).toBe(true);
    }
    for (const part of [p.getByTestId('payable'), lines(p).first().locator('.amount'), p.getByRole('button', { name: /F12/ })]) {
      const box = await part.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width + 1);
    }
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width + 1);
    await toolbar
      .getByRole('button', { name: new RegExp(words[0] ?? '') })
      .first()
      .tap();
    await p.getByRole('dialog').getByRole('textbox').fill('3');
    await p.getByRole('dialog').getByRole('button', { name: /Enter/ }).tap();
    await expect.poll(() => lines(p).first().locator('.qty').textContent()).toBe('3');
    await shot(p, `touch-${width}-${lang}`);
    await toolbar
      .getByRole('button', { name: new RegExp(words[2] ?? '') })
      .first()
      .tap();
    await expect.poll(() => lines(p).count()).toBe(0);
    await toolbar
      .getByRole('button', { name: new RegExp(words[3] ?? '') })
      .first()
      .tap();
    await p.getByTestId('held-list').getByRole('listitem').first().tap();
    await expect.poll(() => lines(p).count()).toBe(1);
    await ctx.close();
  }, 60_000);
});
