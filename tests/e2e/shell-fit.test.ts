import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBarcode } from '../../app/host/demo/demo-shop';
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
 * The tablet and desk screens as a shop owner looks at them, in English and Hindi: a chart with no
 * sales says so over an axis from ₹0, Settings' nine screens each on one line at 820 px, empty
 * tables and count sheets say what to do, the GST return is titled by the month in words, a low
 * stock row's tick box is a fingertip's target, the tables of figures fit a tablet, and a touch
 * screen's buttons say no F-key a finger cannot press.
 */
describe('tablet and desk screens looked at', () => {
  for (const lang of ['en', 'hi'] as const) {
    it(`820×1180 touch (${lang}): chart axis, one-row Settings, empty tables and sheets, GST month, tick boxes, figures fit, no F-keys on buttons`, async () => {
      const page = await open(820, 1180, OWNER, lang);
      await page.getByTestId('backup-alert').waitFor();
      const words = (en: string, hi: string) => (lang === 'hi' ? hi : en);

      // the dashboard's sales chart with nothing sold: the sentence, and an axis of different figures from ₹0
      await go(page, '/catalog');
      await page.evaluate(() => {
        const drawn: string[] = [];
        (window as unknown as { drawnTexts: string[] }).drawnTexts = drawn;
        const fill = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, max?: number) {
          drawn.push(text);
          return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
        };
      });
      await go(page, '/dashboard');
      await page.getByTestId('dashboard').waitFor();
      await expect.poll(() => page.getByTestId('chart-empty').isVisible()).toBe(true);
      const axis = await page.evaluate(() => (window as unknown as { drawnTexts: string[] }).drawnTexts.filter((s) => s.startsWith('₹')));
      expect(axis).toContain('₹0');
      expect(new Set(axis).size).toBeGreaterThanOrEqual(3);

      // Settings' screens: one row, every name on one line
      await go(page, '/settings/shop');
      const lines = await page.locator('nav.submenu a').evaluateAll((links) =>
        links.map((a) => {
          const range = document.createRange();
          range.selectNodeContents(a);
          return { name: a.textContent ?? '', lines: new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size };
        }),
      );
      expect(lines.length).toBe(9);
      for (const l of lines) expect(l.lines, l.name).toBe(1);

      // Labels with nothing picked yet: the table says what to do
      await go(page, '/labels');
      await expect.poll(() => page.getByTestId('label-items-empty').textContent()).toContain(words('scan a barcode', 'बारकोड स्कैन'));

      // Stock count with no sheet open: the choice is named on screen and the body is a sentence, not "—"
      await go(page, '/count');
      const sheet = page.getByTestId('count-sheet-select');
      await sheet.waitFor();
      expect(await sheet.evaluate((el) => el.closest('label')?.innerText ?? '')).toContain(words('Count sheet', 'गिनती शीट'));
      expect(await sheet.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)).not.toBe('—');
      expect((await page.getByTestId('no-count-sheet').textContent())?.length ?? 0).toBeGreaterThan(20);

      // GSTR-1 and GSTR-3B titled "December 2026" / "दिसंबर 2026", never "12-2026"
      for (const path of ['/gst/gstr1', '/gst/gstr3b']) {
        await go(page, path);
        const title = page.locator('.report-page h1, .report-page h2').first();
        await expect.poll(() => title.textContent()).toMatch(lang === 'hi' ? /· [\u0900-\u097F]+ \d{4}$/ : /· [A-Z][a-z]+ \d{4}$/);
      }

      // Stock → Low stock: each row's tick box has a 44 px target, and a tap at the target's corner ticks it
      await go(page, '/inventory');
      const pick = page.getByTestId('low-stock').locator('tbody tr').first().locator('label');
      const box = await pick.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await page.touchscreen.tap((box?.x ?? 0) + 3, (box?.y ?? 0) + 3);
      await expect.poll(() => pick.locator('input').isChecked()).toBe(true);

      // the backups alert's link is a fingertip's target too
      const alertLink = await page.getByTestId('backup-alert').locator('a').boundingBox();
      expect(alertLink?.height ?? 0).toBeGreaterThanOrEqual(44);

      // seven columns of figures (the trial balance) and a shop report fit the tablet without scrolling sideways
      for (const path of ['/accounting/trial-balance', '/reports']) {
        await go(page, path);
        const scroll = page.locator('.report-model .table-scroll').first();
        await scroll.waitFor();
        const fit = await scroll.evaluate((el) => ({ overflow: el.scrollWidth - el.clientWidth, right: el.getBoundingClientRect().right }));
        expect(fit.overflow, path).toBeLessThanOrEqual(1);
        expect(fit.right, path).toBeLessThanOrEqual(820);
      }

      // a finger has no F-keys: no button's words begin with one on the back-office screens
      for (const path of ['/catalog', '/inventory', '/count', '/labels', '/purchasing', '/forecast', '/insights']) {
        await go(page, path);
        await page.locator('.bo-head h1').waitFor();
        const shown = await page
          .locator('.back-office button:visible, .back-office [role=tab]:visible')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()));
        expect(
          shown.filter((s) => /^(Shift\+)?F\d+\b/.test(s)),
          path,
        ).toEqual([]);
      }
      await page.context().close();
    }, 120_000);

    it(`820×1180 touch (${lang}): empty lists say why, the phone's page says its sentence once, links a finger can hit`, async () => {
      const page = await open(820, 1180, OWNER, lang);
      await page.getByTestId('backup-alert').waitFor();
      const words = (en: string, hi: string) => (lang === 'hi' ? hi : en);
      // Khata with nobody owing: not "Nothing in this period" (a list of customers has no period)
      await go(page, '/khata');
      await expect.poll(() => page.getByTestId('khata-list').getByTestId('empty-row').textContent()).toContain(words('Nobody owes', 'किसी पर'));
      // a purchase bill and a paper bill before their first line say how to add one
      await go(page, '/purchasing/bill');
      await expect.poll(() => page.getByTestId('purchase-lines-empty').textContent()).toContain('F2');
      await go(page, '/paper-bills');
      await expect.poll(() => page.getByTestId('paper-lines-empty').textContent()).toContain('F2');
      // Shop today on a PC that keeps no copy: the sentence once, no "Offline" banner over it
      await go(page, '/shop-today');
      await page.getByTestId('no-copy').waitFor();
      const copyText = (await page.getByTestId('no-copy').textContent()) ?? '';
      expect(await page.locator('.phone-screen').evaluate((el, text) => (el.textContent ?? '').split(text).length - 1, copyText)).toBe(1);
      // Settings → Backups: a folder found on this PC is offered under the folder box, with its caption
      await go(page, '/settings/backups');
      const folderBox = page.locator('input[name="backup-folder"]');
      await folderBox.waitFor();
      const found = page.getByTestId('folder-suggestions');
      if (await found.count()) {
        expect((await found.boundingBox())?.y ?? 0).toBeGreaterThan(((await folderBox.boundingBox())?.y ?? 0) + 10);
        expect(await found.innerText()).toContain(words('Found on this PC', 'इस पीसी पर मिले'));
      }
      // Settings → Web shop: the catalog's address is a link a finger can hit
      await go(page, '/settings/web-shop');
      const link = page.locator('.catalog-link .link-text').first();
      await link.waitFor();
      expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await page.context().close();
    }, 120_000);
  }
});
