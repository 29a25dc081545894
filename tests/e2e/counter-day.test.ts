import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ServedHost } from '../support/served-host';
import { useServedDesk } from './support/served-browser';
import * as steps from './support/day/counter-keys';
import { cartLines, newWalk, signIn, type Walk } from './support/day/walk';

/**
 * A counter day through the screens: keyboard-only at 1366×768 (repeat scans, a weighed item typed
 * fast, keys in every tender box, hold here and resume on a second device, a return of two lines by
 * the bill's number, a cancelled bill, Alt-keys after clicking empty space), then touch-only at
 * 820×1180 and 390×844 in Hindi and English. Screenshots go to test-results/counter-day/.
 */
const OUT = 'test-results/counter-day';
let served: ServedHost;
let browser: Browser;
let page: Page;
let w: Walk;
useServedDesk((parts) => {
  ({ served, browser, page } = parts);
  w = newWalk(served, browser, page, OUT);
});

async function login(p: Page, name: RegExp, pin: string, tap = false) {
  await signIn(w, p, name, pin, tap ? 'touch' : 'keys');
}
const lines = cartLines;
const shot = (p: Page, name: string) => p.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });

describe('a counter day, keyboard only', () => {
  let firstBill = '';

  it('adds a repeat scan to its line and takes a fast-typed weight as a weight', async () => {
    await login(page, /Suresh \(Manager\)/, '2222');
    await steps.repeatScansAndWeight(w);
  });

  it('refuses a discount above the line and asks before a huge quantity', async () => {
    await steps.discountAndQuantitySense(w);
  });

  it('keys typed in every tender box never change the bill', async () => {
    firstBill = await steps.tenderKeysThenSplitPay(w);
    expect(firstBill).toMatch(/\/00001$/);
  });

  it('holds a bill here and resumes it on a second device', async () => {
    await steps.holdHereResumeThere(w);
  }, 60_000);

  it('returns two items of the first bill by its number', async () => {
    await steps.returnTwoItems(w, firstBill, 'number');
  });

  it('cancels the last bill from the last-bill bar, with a reason', async () => {
    await steps.cancelLastBill(w);
  });

  it('Alt-keys move screens after a click on empty space, and every screen says who is signed in', async () => {
    await steps.altKeysAfterClicks(w);
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
