import { existsSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../app/core/i18n';
import { launchChromium } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';
import * as office from './support/day/back-office-keys';
import * as boTouch from './support/day/back-office-touch';
import * as touch from './support/day/counter-touch';
import { cartLines, newWalk, shot, signIn, tapLanguage, type Walk } from './support/day/walk';
import { shopMorning, type Morning } from './support/shop-morning';

/**
 * The keyboard walk's day again on an upright tablet (820×1180, touch), first in English and then the
 * very same steps in Hindi on a shop of its own: every action a tap on something on screen, the
 * keyboard only typing into a field just tapped. The drawer opened, a bill with a repeat item, a
 * weight, a manager's discount and split tenders with `+`, `-` and Delete typed in every tender box, a
 * return by the bill's number with its stock back in the lots it was sold from, a bill held here and
 * taken on a second tablet, a bill cancelled, a count sheet, the Open Food Facts import, a purchase
 * bill and its return, a khata reminder, the drawer closed and the day book at the bills' amounts;
 * then the counter's steps once on a phone (390×844). Screenshots go to test-results/day-walk/touch/
 * (Hindi: touch-hi/).
 */
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };

describe.each(['en', 'hi'] as const)('the shop day by touch (%s)', (lang: Lang) => {
  let served: ServedHost;
  let w: Walk;
  let tablet: BrowserContext;
  let morning: Morning;

  beforeAll(async () => {
    served = await serveTestHost();
    served.host.setLanBaseUrl(served.http.url);
    morning = await shopMorning(served, `e2e-walk-touch-${lang}`);
    const browser = await launchChromium();
    tablet = await browser.newContext(TABLET);
    w = newWalk(served, browser, await tablet.newPage(), `test-results/day-walk/touch${lang === 'hi' ? '-hi' : ''}`, lang);
  }, 60_000);
  afterAll(async () => {
    await w?.browser.close();
    await served?.stop();
  });

  /** Nothing runs off the tablet's edge, and the page is no taller than the window (the screen scrolls inside). */
  async function fitsTheTablet() {
    const size = await w.page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(820);
    expect(size.height).toBeLessThanOrEqual(1180);
  }

  describe('the counter by touch, the manager', () => {
    it('signs in on the PIN pad, picks the walk’s language and opens the drawer with the float counted', async () => {
      const { page } = w;
      await signIn(w, page, /Suresh \(Manager\)/, '2222', 'touch');
      await tapLanguage(w, page);
      await boTouch.countDrawerByTouch(w, { 500: 2, 100: 5 }, 'drawer-open');
      await expect.poll(async () => (await morning.owner.call('accounting.register', {})).open?.openingCountedPaise).toBe(150_000);
      await fitsTheTablet();
    }, 60_000);

    it('a bill by tapping: a repeat item on its line, a weight, a manager’s discount, split UPI and cash the tender keys never change', async () => {
      await touch.tapTo(w.page, '/counter');
      await touch.billByTouch(w);
      await touch.discountByTouch(w);
      await fitsTheTablet();
      w.bills.morning = await touch.splitPayByTouch(w);
      const bill = await morning.owner.call('billing.findInvoice', { number: w.bills.morning });
      expect(bill.payments.map((p) => p.method).sort()).toEqual(['cash', 'upi']);
    }, 60_000);

    it('returns one atta and one biscuits of that bill from the toolbar: a credit note, the stock back in the lots it was sold from', async () => {
      await touch.returnByTouch(w, w.bills.morning ?? '');
      const manager = await served.host.as('manager', 'e2e-touch-check');
      const found = await manager.call('billing.findInvoice', { number: w.bills.morning ?? '' });
      const left = await manager.call('accounting.returnable', { invoiceId: found.id });
      expect(left.lines.map((l) => l.returnedMilli)).toEqual([1000, 1000, 0]);
      expect(left.creditNotes.length).toBe(1);
      const sold = await morning.owner.call('inventory.movesFor', { refId: found.id });
      const back = await morning.owner.call('inventory.movesFor', { refId: left.creditNotes[0]?.id ?? '' });
      expect(back.length).toBe(2);
      for (const m of back) {
        expect(m.qtyMilli).toBe(1000);
        expect(sold.filter((s) => s.productId === m.productId).map((s) => s.batchId)).toContain(m.batchId);
      }
    }, 60_000);

    it('holds a bill from the toolbar and another cashier takes it on a second tablet', async () => {
      await touch.holdHereResumeThereByTouch(w);
    }, 60_000);

    it('cancels the last bill from the toolbar, with a reason', async () => {
      w.bills.cancelled = await touch.cancelByTouch(w);
      const manager = await served.host.as('manager', 'e2e-touch-check');
      expect((await manager.call('billing.findInvoice', { number: w.bills.cancelled })).status).toBe('cancelled');
    }, 60_000);
  });

  describe('the back office by touch, the owner', () => {
    it('counts a shelf on a count sheet and posts it', async () => {
      const { page } = w;
      await page
        .getByRole('button', { name: w.say('switchUser') })
        .first()
        .tap();
      await signIn(w, page, /Ramesh \(Owner\)/, '1111', 'touch');
      await boTouch.stockCountByTouch(w, morning.biscuitName, '40');
      const takes = await morning.owner.call('inventory.stockTakes', {});
      expect(takes.some((t) => t.status === 'posted')).toBe(true);
      await fitsTheTablet();
    }, 60_000);

    it.runIf(existsSync(office.OFF_FILE))(
      'imports the Open Food Facts file from the catalogue’s button: the preview names the inactive and the guessed rows',
      async () => {
        await boTouch.importByTouch(w);
      },
      120_000,
    );

    it('a purchase bill checked against the supplier’s total, saved by its button, then a purchase return', async () => {
      await boTouch.purchaseByTouch(w, morning.biscuitName, 'MA/TOUCH/1');
      const bills = await morning.owner.call('purchasing.listBills', {});
      expect(bills.map((b) => b.kind).sort()).toEqual(['bill', 'return']);
      await fitsTheTablet();
    }, 60_000);

    it('a khata reminder from Sunita’s page whose pay page opens a UPI app on a phone', async () => {
      const link = await boTouch.khataByTouch(w);
      await office.payPageOpensUpi(w, link, morning.sunitaDuePaise);
    }, 60_000);

    it('closes the drawer and the day book shows every bill at its amount', async () => {
      const { bookCashPaise } = await morning.owner.call('accounting.register', {});
      const rupees = Math.floor(bookCashPaise / 100);
      await boTouch.countDrawerByTouch(w, { 500: Math.floor(rupees / 500), 1: rupees % 500 }, 'drawer-close');
      await expect.poll(async () => (await morning.owner.call('accounting.register', {})).open).toBeNull();
      await touch.tapTo(w.page, '/accounting', '/accounting/day');
      const rows = await office.dayBookEqualsBills(w, [w.say('group_cost_of_sales'), w.say('roundOff')], [w.bills.cancelled ?? '']);
      expect(rows.map((r) => r.number)).toEqual(expect.arrayContaining([w.bills.morning, w.bills.cancelled]));
      await fitsTheTablet();
    }, 60_000);
  });

  describe('the counter once on a phone (390×844, touch)', () => {
    it('a bill, its discount, split tenders and a return, each by a tap on something in view', async () => {
      const phone = await w.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const pw = newWalk(served, w.browser, await phone.newPage(), `${w.out}/phone`, lang);
      await signIn(pw, pw.page, /Suresh \(Manager\)/, '2222', 'touch');
      if (lang === 'hi') {
        await pw.page.evaluate(() => localStorage.setItem('sk.lang', 'hi'));
        await pw.page.reload();
      }
      await expect.poll(() => pw.page.getByRole('button', { name: lang === 'hi' ? 'English' : 'हिंदी' }).count()).toBeGreaterThan(0);
      await touch.billByTouch(pw);
      await touch.discountByTouch(pw);
      const width = await pw.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      const bill = await touch.splitPayByTouch(pw);
      await touch.returnByTouch(pw, bill);
      expect(await cartLines(pw.page).count()).toBe(0);
      await shot(pw, 'phone-after-return');
      await phone.close();
    }, 90_000);
  });
});
