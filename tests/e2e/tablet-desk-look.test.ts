import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../app/core/calendar/fy';
import { formatDate } from '../../app/core/format';
import { goToScreen, openInLanguage, OWNER, useServedBrowser, type Person, type ServedBrowser } from './support/served-browser';

const OUT = 'test-results/tablet-desk-look';
let walk: ServedBrowser;
useServedBrowser((parts) => (walk = parts), { results: OUT });

const open = (width: number, height: number, person: Person, lang: 'en' | 'hi') =>
  openInLanguage(walk, { viewport: { width, height }, touch: width < 1000, lang }, person);
const go = (page: Page, path: string) => goToScreen(page, walk.served, path);

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
      // the counter's other screens say who is signed in, with switch user and log out (the counter has its own header)
      for (const path of ['/device-queue', '/orders', '/paper-bills']) {
        await go(page, path);
        await expect.poll(() => page.getByTestId('signed-in-user').isVisible(), { message: path }).toBe(true);
      }
      // the device queue on the counter PC itself: not "Offline", it says this PC is the counter
      await go(page, '/device-queue');
      await expect.poll(() => page.getByTestId('queue-on-counter').textContent()).toContain(words('This PC is the counter', 'यह पीसी ही काउंटर है'));
      expect(await page.locator('.phone-screen').innerText()).not.toContain(words('Offline', 'ऑफ़लाइन'));
      // Change my PIN: the page's title is said once, the form says what a change does
      await go(page, '/settings/my-pin');
      await page.locator('input[name="old-pin"]').waitFor();
      const pinPage = await page.locator('.back-office').innerText();
      expect(pinPage.split(words('Change my PIN', 'मेरा पिन बदलें')).length - 1).toBe(1);
      // Settings → Web shop: the catalog's address is a link a finger can hit
      await go(page, '/settings/web-shop');
      const link = page.locator('.catalog-link .link-text').first();
      await link.waitFor();
      expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await page.context().close();
    }, 120_000);
  }
});

/** The words a screen shows on its visible elements matching `sel` (key caps hidden where a finger works it). */
const shownWords = (page: Page, sel: string) => page.locator(sel).evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()));
const hindiState = /^\d{2} · [\u0900-\u097F ]+$/;

describe('a tablet and a phone in Hindi, by touch', () => {
  it('820×1180: the counter shows the shop’s date whatever the tablet’s clock says', async () => {
    const page = await open(820, 1180, OWNER, 'hi');
    // a tablet whose clock is three days behind the counter PC's: the header still shows the shop's day
    await page.clock.setFixedTime(new Date(Date.now() - 3 * 86_400_000));
    await go(page, '/counter');
    const day = page.locator('.topbar .brand span');
    await expect.poll(() => day.textContent()).toBe(formatDate(localDate(new Date())));
    await page.context().close();
  }, 60_000);

  it('820×1180: the touch toolbar repeats no tab or button the screen already shows', async () => {
    const page = await open(820, 1180, OWNER, 'hi');
    const screens = ['/dashboard', '/inventory', '/insights', '/forecast', '/purchasing', '/catalog', '/count', '/labels', '/paper-bills', '/purchasing/bill'];
    for (const path of [...screens, '/settings/backups']) {
      await go(page, path);
      await page.locator('.bo-head h1').waitFor();
      await page.locator('.bo-actions button').first().waitFor();
      const onScreen = await shownWords(page, '.back-office [role=tab]:visible, .back-office button:not(.keyhint):visible');
      expect(onScreen.length, path).toBeGreaterThan(0);
      const toolbar = await shownWords(page, '.back-office .keyhints button:visible');
      expect(
        toolbar.filter((w) => onScreen.includes(w)),
        path,
      ).toEqual([]);
    }
    await page.screenshot({ path: `${OUT}/820-hi-purchasing-toolbar.png` });
    await page.context().close();
  }, 60_000);

  it('820×1180: the shop’s state and a supplier’s shown and offered by their Hindi names, the GST code beside them; the drawer’s pins in Hindi', async () => {
    const page = await open(820, 1180, OWNER, 'hi');
    await go(page, '/settings/shop');
    const shopState = page.locator('select[name=stateCode]');
    await shopState.waitFor();
    expect(await shopState.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)).toBe('23 · मध्य प्रदेश');
    expect((await shopState.locator('option').allTextContents()).slice(1).filter((o) => !hindiState.test(o))).toEqual([]);
    await go(page, '/purchasing');
    await page.getByRole('tab', { name: 'सप्लायर' }).tap();
    await expect.poll(() => page.locator('.back-office table').first().innerText()).toContain('मध्य प्रदेश (23)');
    const offered = await page.locator('select[name=state] option').allTextContents();
    expect(offered.length).toBeGreaterThan(30);
    expect(offered.slice(1).filter((o) => !hindiState.test(o))).toEqual([]);
    expect(await page.locator('.back-office').innerText()).not.toContain('Madhya Pradesh');
    await page.screenshot({ path: `${OUT}/820-hi-suppliers.png` });
    await go(page, '/settings/printer');
    await expect.poll(() => page.getByLabel('ड्रॉअर पिन').locator('option').allTextContents()).toEqual(['पिन 2', 'पिन 5']);
    await page.context().close();
  }, 60_000);

  it('820×1180 and 390×844: the counter’s header, pay panel and search box name no F-key, the search’s words fit; an empty purchase bill keeps its header, its sentence in view', async () => {
    // each check soft: every one that fails on a screen is reported, not only the first
    for (const [width, height] of [
      [820, 1180],
      [390, 844],
    ] as const) {
      const page = await open(width, height, OWNER, 'hi');
      await go(page, '/counter');
      const search = page.locator('.counter .search-input');
      await search.waitFor();
      const fit = await search.evaluate((el: HTMLInputElement) => {
        const style = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d');
        if (ctx) ctx.font = style.font;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { words: el.placeholder, width: ctx?.measureText(el.placeholder).width ?? Infinity, room };
      });
      expect.soft(fit.words, `${width}`).not.toMatch(/F\d/);
      expect.soft(fit.width, `${width}: ${fit.words}`).toBeLessThanOrEqual(fit.room);
      expect.soft((await shownWords(page, '.topbar button:visible, .pay-panel button:visible')).filter((w) => /\bF\d/.test(w))).toEqual([]);

      await go(page, '/purchasing/bill');
      const empty = page.getByTestId('purchase-lines-empty');
      await empty.waitFor();
      // the header's columns run across the whole table (the sentence's cell does not make 99 columns of it)
      const head = await page.locator('.lines-form thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().right));
      const table = await page.locator('.lines-form').boundingBox();
      expect.soft(Math.max(...head), `${width}`).toBeGreaterThanOrEqual((table?.x ?? 0) + (table?.width ?? 0) - 2);
      // the sentence's words end inside the window (the table beneath them may scroll sideways)
      const sentenceRight = await empty.evaluate((td) => {
        const words = document.createRange();
        words.selectNodeContents(td);
        return words.getBoundingClientRect().right;
      });
      expect.soft(sentenceRight, `${width}`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${OUT}/${width}-hi-purchase-empty.png` });
      await page.context().close();
    }
  }, 90_000);

  it('390×844: Stock → Low stock is a card a product, inside the phone, each tick a fingertip’s size', async () => {
    const page = await open(390, 844, OWNER, 'hi');
    await go(page, '/inventory');
    const rows = page.getByTestId('low-stock').locator('tbody tr');
    await rows.first().waitFor();
    const table = await page.getByTestId('low-stock').boundingBox();
    expect((table?.x ?? 0) + (table?.width ?? 9999)).toBeLessThanOrEqual(390);
    const card = rows.first();
    // the card names its figures: on hand, reorder level and the quantity to order, each under its word
    const words = await card.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    for (const word of ['स्टॉक में', 'फिर से मँगाने का स्तर', 'मँगाने की मात्रा']) expect(words).toContain(`"${word}"`);
    for (const cell of await card.locator('td').all()) {
      const box = await cell.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 9999)).toBeLessThanOrEqual(390);
    }
    const tick = await card.locator('label.pick').boundingBox();
    expect(tick?.width ?? 0).toBeGreaterThanOrEqual(44);
    expect(tick?.height ?? 0).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${OUT}/390-hi-low-stock.png` });
    await page.context().close();
  }, 60_000);

  it('820×1180: GSTR-3B’s inter-state sales to the unregistered name the state in Hindi, its code beside it', async () => {
    // a bill to Maharashtra from the Madhya Pradesh shop, by a manager (another state needs one)
    const manager = await walk.served.host.as('manager', 'e2e-look-inter-state');
    const cart = { lines: [{ productId: 'prod-demo-001', qtyMilli: 1000 }], placeOfSupply: '27' };
    const quote = await manager.call('billing.quote', cart);
    await manager.call('billing.postInvoice', {
      ...cart,
      clientRef: 'e2e-look-inter-state-1',
      tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }],
    });
    const page = await open(820, 1180, OWNER, 'hi');
    await go(page, '/gst/gstr3b');
    await expect.poll(() => page.locator('.report-page').innerText()).toContain('महाराष्ट्र (27)');
    await page.screenshot({ path: `${OUT}/820-hi-gstr3b.png`, fullPage: true });
    await page.context().close();
  }, 60_000);
});
