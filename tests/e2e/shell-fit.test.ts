import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { STRINGS } from '../../app/renderer/src/i18n/words';
import { scanCode } from '../support/browser';
import { goToScreen, MANAGER, openInLanguage, OWNER, useServedBrowser, type Person, type ServedBrowser } from './support/served-browser';

/**
 * The shell fits the window with the demo banner and the backup alert above the screen: the page
 * never grows past the window, so the F-key bar (desk) and the touch toolbar (tablet, phone) stay
 * in view; at 1366 the menu with the bell and who is signed in is one row in English and Hindi, and
 * the bell is drawn (an SVG), not a font glyph that may be missing. Screenshots in test-results/shell-fit/.
 */
const OUT = 'test-results/shell-fit';
let walk: ServedBrowser;
useServedBrowser((parts) => (walk = parts), { results: OUT });

const open = (width: number, height: number, person: Person, lang: 'en' | 'hi') =>
  openInLanguage(walk, { viewport: { width, height }, touch: width < 1000, lang }, person);
const go = (page: Page, path: string) => goToScreen(page, walk.served, path);

/** The page is the window's size, and the bar of actions at the bottom is whole inside it. */
async function fits(page: Page, bar: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await expect.poll(() => page.locator(bar).last().isVisible()).toBe(true);
  const m = await page.evaluate(
    (sel) => ({
      docHeight: document.documentElement.scrollHeight,
      docWidth: document.documentElement.scrollWidth,
      barBottom: document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity,
      banner: document.querySelector('[data-testid="demo-banner"]') !== null,
    }),
    bar,
  );
  expect(m.banner).toBe(true);
  expect(m.docHeight).toBeLessThanOrEqual(height);
  expect(m.docWidth).toBeLessThanOrEqual(width);
  expect(m.barBottom).toBeLessThanOrEqual(height);
}

describe('at 1366×768 the header is one row and the F-key bar in view', () => {
  for (const lang of ['en', 'hi'] as const) {
    it(`the owner's menu, bell and user bar in one row, the purchase form's F-key bar shown (${lang})`, async () => {
      const page = await open(1366, 768, OWNER, lang);
      await page.getByTestId('backup-alert').waitFor();
      await page.screenshot({ path: `${OUT}/1366-${lang}-dashboard.png` });
      // the menu's groups and the bell in one row; who is signed in at the right of the group's screens, one row too
      for (const nav of [page.getByRole('navigation', { name: 'Screens' }), page.locator('nav.submenu')]) {
        const row = await nav.evaluate((el) => {
          const middles = Array.from(el.children).map((c) => {
            const r = c.getBoundingClientRect();
            return Math.round(r.top + r.height / 2);
          });
          return { spread: Math.max(...middles) - Math.min(...middles), height: el.getBoundingClientRect().height, overflow: el.scrollWidth - el.clientWidth };
        });
        expect(row.spread).toBeLessThanOrEqual(4);
        expect(row.height).toBeLessThan(56);
        expect(row.overflow).toBeLessThanOrEqual(0);
      }
      const user = await page.getByTestId('signed-in-user').boundingBox();
      expect((user?.x ?? 9999) + (user?.width ?? 0)).toBeLessThanOrEqual(1366);
      for (const name of [lang === 'hi' ? 'English' : 'हिंदी', lang === 'hi' ? 'यूज़र बदलें' : 'Switch user']) {
        const box = await page.locator('.user-bar').getByRole('button', { name, exact: true }).boundingBox();
        expect(box && box.x + box.width <= 1366 && box.y + box.height <= 120, name).toBe(true);
      }
      // the bell is an SVG with a size, and its button holds no text glyph but the count
      const bell = page.getByTestId('bell');
      const icon = await bell.locator('svg').boundingBox();
      expect(icon?.width ?? 0).toBeGreaterThan(10);
      expect((await bell.textContent())?.replace(/\d/g, '').trim()).toBe('');
      await go(page, '/purchasing/bill');
      await fits(page, '.back-office .keyhints');
      await page.screenshot({ path: `${OUT}/1366-${lang}-purchase.png` });
      await go(page, '/counter');
      await fits(page, '.counter .keyhints');
      await page.context().close();
    }, 60_000);
  }
});

describe.each([
  { width: 820, height: 1180 },
  { width: 390, height: 844 },
])('at $width×$height (touch, Hindi) the page is the window', ({ width, height }) => {
  it('the counter’s toolbar whole in view under the demo banner; the owner’s screens with the backup alert', async () => {
    const page = await open(width, height, MANAGER, 'hi');
    await go(page, '/counter');
    await fits(page, '.counter .keyhints');
    await page.screenshot({ path: `${OUT}/${width}-counter.png` });
    await page.context().close();
    const owner = await open(width, height, OWNER, 'hi');
    await owner.getByTestId('backup-alert').waitFor();
    // from the owner's dashboard (no screen in the address yet) the menu's Counter opens the counter
    await owner.getByRole('navigation', { name: 'Screens' }).locator('a[href="#/counter"]').tap();
    await owner.getByTestId('payable').waitFor({ timeout: 5_000 });
    // Settings → Shop: the form and every box in it inside the window, none cut off on the right
    await go(owner, '/settings/shop');
    await owner.locator('.settings .panel input').first().waitFor();
    const shopRight = await owner
      .locator('.settings .panel, .settings .panel input, .settings .panel select')
      .evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
    expect(shopRight).toBeLessThanOrEqual(width);
    // the audit record's table fits its box (no Details column cut off at the right edge)
    await go(owner, '/accounting/audit');
    await owner.getByTestId('audit-log').locator('tbody tr').first().waitFor();
    const audit = await owner
      .getByTestId('audit-log')
      .locator('.table-scroll')
      .evaluate((el) => ({ overflow: el.scrollWidth - el.clientWidth, right: el.getBoundingClientRect().right }));
    expect(audit.overflow).toBeLessThanOrEqual(1);
    expect(audit.right).toBeLessThanOrEqual(width);
    for (const path of ['/purchasing/bill', '/count']) {
      await go(owner, path);
      await fits(owner, '.back-office .keyhints');
      await owner.screenshot({ path: `${OUT}/${width}-${path.slice(1).replace(/\W+/g, '-')}.png` });
    }
    await owner.context().close();
  }, 60_000);
});

/** Every corner of an element inside the window: nothing of it cut off, and not scrolled out of its box. */
async function wholeInView(page: Page, what: string, el: ReturnType<Page['locator']>) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const box = await el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    // the nearest box that scrolls clips what it holds: the element must be inside it too
    let clip = { top: 0, bottom: Infinity };
    for (let p = node.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowY;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') {
        const c = p.getBoundingClientRect();
        clip = { top: Math.max(clip.top, c.top), bottom: Math.min(clip.bottom, c.bottom) };
      }
    }
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, clipTop: clip.top, clipBottom: clip.bottom };
  });
  expect(box.top, `${what} top`).toBeGreaterThanOrEqual(Math.max(0, box.clipTop) - 0.5);
  expect(box.bottom, `${what} bottom`).toBeLessThanOrEqual(Math.min(height, box.clipBottom) + 0.5);
  expect(box.left, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.right, `${what} right`).toBeLessThanOrEqual(width);
}

describe('the counter’s bill actions are never pushed off the screen by banners or the header', () => {
  for (const lang of ['en', 'hi'] as const) {
    it(`1366×768 with the demo banner and the backup warning: the complete button whole in view (${lang})`, async () => {
      const page = await open(1366, 768, OWNER, lang);
      await page.getByTestId('backup-alert').waitFor();
      await go(page, '/counter');
      await page.getByTestId('payable').waitFor();
      await expect.poll(() => page.locator('[data-testid="demo-banner"]').count()).toBe(1);
      await page.screenshot({ path: `${OUT}/1366-${lang}-counter-empty.png` });
      const complete = page.locator('.pay-panel button.complete');
      await wholeInView(page, 'complete (empty bill)', complete);
      await wholeInView(page, 'to pay (empty bill)', page.getByTestId('payable'));
      for (const n of [1, 14, 30, 2, 3]) await scanCode(page, demoBarcode(n));
      await expect.poll(() => page.getByTestId('cart-line').count()).toBe(5);
      await page.screenshot({ path: `${OUT}/1366-${lang}-counter-5.png` });
      await wholeInView(page, 'complete (5 lines)', complete);
      await wholeInView(page, 'to pay (5 lines)', page.getByTestId('payable'));
      // every tender box can be typed in where it stands: none sits under the pinned complete button
      const tenders = page.locator('.pay-panel .tender input');
      expect(await tenders.count()).toBe(4);
      for (let i = 0; i < 4; i++) await uncovered(page, `tender ${i + 1} (5 lines)`, tenders.nth(i));
      await page.context().close();
    }, 60_000);
  }

  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 820, height: 1180 },
  ]) {
    for (const lang of ['en', 'hi'] as const) {
      it(`${width}×${height} touch: the To-pay amount, the tenders and the complete button in view on an empty and a 5-line bill (${lang})`, async () => {
        const page = await open(width, height, OWNER, lang);
        await page.getByTestId('backup-alert').waitFor();
        await go(page, '/counter');
        await page.getByTestId('payable').waitFor();
        await page.screenshot({ path: `${OUT}/${width}-${lang}-counter-empty.png` });
        const complete = page.locator('.pay-panel button.complete');
        const check = async (bill: string) => {
          // on a phone the tenders and Complete are in the pay sheet the To-pay bar opens
          if (width < 600) await page.getByTestId('payable').tap();
          await wholeInView(page, `to pay (${bill})`, page.getByTestId('payable'));
          await wholeInView(page, `first tender (${bill})`, page.locator('.tender input').first());
          await wholeInView(page, `complete (${bill})`, complete);
          expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
        };
        await check('empty bill');
        for (const n of [1, 14, 30, 2, 3]) await scanCode(page, demoBarcode(n));
        await expect.poll(() => page.getByTestId('cart-line').count()).toBe(5);
        await page.screenshot({ path: `${OUT}/${width}-${lang}-counter-5.png` });
        await check('5 lines');
        await page.context().close();
      }, 60_000);
    }
  }
});

/**
 * Whole in view and on top: the middle of the element and points just inside each edge hit the
 * element itself (or what it holds), so no pinned panel, bar or toolbar is drawn over it.
 */
async function uncovered(page: Page, what: string, el: ReturnType<Page['locator']>) {
  await wholeInView(page, what, el);
  const hidden = await el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    // the middle and a point near the middle of each edge (a rounded corner is not the element's to hit)
    const [x, y, dx, dy] = [r.left + r.width / 2, r.top + r.height / 2, r.width * 0.4, r.height * 0.4];
    const points: Array<[number, number]> = [
      [x, y],
      [x - dx, y],
      [x + dx, y],
      [x, y - dy],
      [x, y + dy],
    ];
    return points.filter(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return !(hit && (hit === node || node.contains(hit)));
    }).length;
  });
  expect(hidden, `${what}: points covered by something else`).toBe(0);
}

describe('a phone (390×844, touch): the cart with a To-pay bar, the pay sheet, and the small screens fit', () => {
  for (const lang of ['en', 'hi'] as const) {
    it(`a 5-line bill: a whole cart line, To-pay and the toolbar uncovered; the sheet's To-pay, four tenders and Complete uncovered; back and complete return to the bill (${lang})`, async () => {
      const page = await open(390, 844, OWNER, lang);
      await page.getByTestId('backup-alert').waitFor();
      await go(page, '/counter');
      await page.getByTestId('payable').waitFor();
      for (const n of [1, 14, 30, 2, 3]) await scanCode(page, demoBarcode(n));
      await expect.poll(() => page.getByTestId('cart-line').count()).toBe(5);
      const toolbar = page.getByRole('navigation', { name: 'Keyboard shortcuts' });
      const bill = async (when: string) => {
        await uncovered(page, `the scanned cart line (${when})`, page.locator('[data-testid="cart-line"].selected'));
        await uncovered(page, `to pay (${when})`, page.getByTestId('payable'));
        await uncovered(page, `the toolbar's first button (${when})`, toolbar.getByRole('button').first());
      };
      await bill('5 lines');
      await page.screenshot({ path: `${OUT}/390-${lang}-phone-cart.png` });
      await page.getByTestId('payable').tap();
      const sheet = async () => {
        await uncovered(page, 'to pay (sheet)', page.getByTestId('payable'));
        const tenders = page.locator('.tender input');
        expect(await tenders.count()).toBe(4);
        for (let i = 0; i < 4; i++) await uncovered(page, `tender ${i + 1} (sheet)`, tenders.nth(i));
        await uncovered(page, 'complete (sheet)', page.locator('.pay-panel button.complete'));
        expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(844);
      };
      await sheet();
      await page.screenshot({ path: `${OUT}/390-${lang}-phone-pay-sheet.png` });
      await page.getByRole('button', { name: lang === 'hi' ? /बिल पर वापस/ : /Back to the bill/ }).tap();
      await bill('back from the sheet');
      await page.getByTestId('payable').tap();
      await sheet();
      await page.locator('.pay-panel button.complete').tap();
      await expect.poll(() => page.getByTestId('cart-line').count()).toBe(0);
      await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/\d{5}$/);
      await uncovered(page, 'the last bill after completing', page.getByTestId('last-bill-number'));
      await uncovered(page, 'to pay (after completing)', page.getByTestId('payable'));
      await page.context().close();
    }, 90_000);
  }

  it('the scanner test’s Camera button whole beside its box, Shop today on the counter PC says once that it is the counter, the web-shop link a fingertip tall', async () => {
    const page = await open(390, 844, OWNER, 'en');
    await go(page, '/scanner-test');
    const camera = page.locator('.scan-test-input .camera-button');
    await camera.waitFor();
    await uncovered(page, 'camera button', camera);
    // the button is as wide as its word, inside the row it shares with the box, right of the box
    const fit = await camera.evaluate((el) => ({
      spills: el.scrollWidth - el.clientWidth,
      right: el.getBoundingClientRect().right,
      rowRight: el.parentElement?.getBoundingClientRect().right ?? 0,
    }));
    expect(fit.spills, 'camera button word spills out').toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(fit.rowRight + 0.5);
    const box = page.locator('.scan-test-input input');
    const [input, cam] = [await box.boundingBox(), await camera.boundingBox()];
    expect((input?.x ?? 0) + (input?.width ?? 0)).toBeLessThanOrEqual(cam?.x ?? 0);
    await go(page, '/shop-today');
    await page.getByTestId('no-copy').waitFor();
    const text = await page.locator('.screen').first().innerText();
    // this browser is on the counter PC (127.0.0.1): it says so once, not that it lacks a copy
    expect(text.split(STRINGS.shopTodayOnCounter.en).length - 1).toBe(1);
    expect(text).not.toContain(STRINGS.syncNoCopy.en);
    await go(page, '/settings/web-shop');
    const links = page.locator('.catalog-link a.link-text');
    await links.first().waitFor();
    for (const height of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) expect(height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${OUT}/390-en-web-shop.png` });
    await page.context().close();
  }, 60_000);
});
