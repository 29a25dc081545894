import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDate, formatInr } from '../../app/core/format';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { scanCode } from '../support/browser';
import { closeServedBrowser, MANAGER, openServedBrowser, openSignedInScreen, type ServedBrowser } from './support/served-browser';

let suite: ServedBrowser;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/${name}.png`, style: '.toasts { display: none }' });
const yesterdayIso = () => new Date(Date.now() + 5.5 * 3600_000 - 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => void (suite = await openServedBrowser({ results: 'test-results' })));
afterAll(() => closeServedBrowser(suite ?? {}));

const open = (viewport: { width: number; height: number }, touch: boolean, lang: 'en' | 'hi') =>
  openSignedInScreen(suite, { viewport, touch, lang, person: MANAGER, path: '/#/paper-bills' });

describe('bills written by hand, entered by the manager', () => {
  it('at the desk (1366, keys only): a new book, yesterday’s bill typed and scanned, saved, listed; a number entered twice is refused by name', async () => {
    const page = await open({ width: 1366, height: 768 }, false, 'en');
    await page.getByRole('heading', { level: 1, name: /Paper bills/ }).waitFor();
    await page.keyboard.press('F4');
    await page.getByLabel('Book name').fill('Red book');
    await page.getByLabel('Series of the book (e.g. PB-A)').fill('C7');
    await page.getByRole('button', { name: 'Add book' }).click();
    await page.getByText('Series of the book: C7 looks like a counter’s series').waitFor();
    await page.getByLabel('Series of the book (e.g. PB-A)').fill('RB');
    await page.keyboard.press('Enter');
    await page.getByText('Paper book added: Red book (RB)').waitFor();

    await page.getByLabel('Bill date (DD-MM-YYYY)').fill(formatDate(yesterdayIso()));
    await page.getByLabel('Bill number').fill('37');
    await page.keyboard.press('F2');
    await page.keyboard.type('atta');
    await page.getByRole('option', { name: /Atta/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    await scanCode(page, demoBarcode(30));
    await expect.poll(() => page.getByTestId('paper-lines').locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.getByTestId('paper-total').textContent()).toMatch(/₹/);
    const forOne = await page.getByTestId('paper-total').textContent();
    await page.getByLabel('Qty, line 1', { exact: true }).fill('2');
    // While the bill is priced again the total reads "—": wait for the new amount itself.
    const newAmount = async () => {
      const now = (await page.getByTestId('paper-total').textContent()) ?? '';
      return now !== forOne && now.startsWith('₹');
    };
    await expect.poll(newAmount).toBe(true);
    const total = (await page.getByTestId('paper-total').textContent()) ?? '';
    await shot(page, 'paper-bill-1366-en');
    await page.keyboard.press('F10');
    await page.getByTestId('paper-bills').getByText('RB/037').waitFor();
    await shot(page, 'paper-bills-list-1366-en');

    const manager = await suite.served.host.as('manager', 'e2e-paper-check');
    const [entered] = await manager.call('billing.paperBills', {});
    expect(entered).toMatchObject({ number: 'RB/037', date: yesterdayIso(), bookName: 'Red book' });
    const bill = await manager.call('billing.getInvoice', { id: entered?.invoiceId ?? '' });
    expect(bill.lines.map((l) => l.qtyMilli)).toEqual([2000, 1000]);
    expect(total).toBe(formatInr(bill.totals.payablePaise));
    // The next number is offered; typing 37 again is refused with the field named.
    expect(await page.getByLabel('Bill number').inputValue()).toBe('38');
    await page.getByLabel('Bill number').fill('037');
    await page.keyboard.press('F2');
    await scanCode(page, demoBarcode(30));
    await expect.poll(() => page.getByTestId('paper-lines').locator('tbody tr').count()).toBe(1);
    await expect.poll(() => page.getByTestId('paper-total').textContent()).toMatch(/₹/);
    await page.keyboard.press('F10');
    await page.getByText('Bill number: RB/037 was already entered').waitFor();
    expect((await manager.call('billing.paperBills', {})).length).toBe(1);
    await page.context().close();
  }, 120_000);

  for (const v of [
    { name: 'tablet 820 (hi)', viewport: { width: 820, height: 1180 }, lang: 'hi' as const },
    { name: 'phone 390 (en)', viewport: { width: 390, height: 844 }, lang: 'en' as const },
  ]) {
    it(`by touch on a ${v.name}: every part on screen, a bill saved by tapping`, async () => {
      const page = await open(v.viewport, true, v.lang);
      const hi = v.lang === 'hi';
      await page.getByRole('heading', { level: 1, name: hi ? /हाथ से लिखे बिल/ : /Paper bills/ }).waitFor();
      await page.getByLabel(hi ? 'बिल नंबर' : 'Bill number').tap();
      await page.getByLabel(hi ? 'बिल नंबर' : 'Bill number').fill(hi ? '40' : '41');
      await page.getByLabel(hi ? 'बिल की तारीख़ (दिन-माह-वर्ष)' : 'Bill date (DD-MM-YYYY)').fill(formatDate(yesterdayIso()));
      await page.getByLabel(hi ? 'खोजें' : 'Search').tap();
      await page.keyboard.type('parle');
      await page.getByRole('option', { name: /Parle/ }).first().tap();
      await expect.poll(() => page.getByTestId('paper-lines').locator('tbody tr').count()).toBe(1);
      await expect.poll(() => page.getByTestId('paper-total').textContent()).toMatch(/₹/);
      await shot(page, `paper-bill-${v.viewport.width}-${v.lang}`);
      const save = page.locator('.bo-head').getByRole('button', { name: hi ? /बिल सेव करें/ : /Save bill/ });
      for (const part of [save, page.getByTestId('paper-total'), page.getByLabel(hi ? 'हटाएँ 1' : 'Remove 1')]) {
        const box = await part.boundingBox();
        expect(box).not.toBeNull();
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= v.viewport.width + 1).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(v.viewport.width + 1);
      await save.tap();
      await page
        .getByTestId('paper-bills')
        .getByText(hi ? 'RB/040' : 'RB/041')
        .waitFor();
      await shot(page, `paper-bills-list-${v.viewport.width}-${v.lang}`);
      await page.context().close();
    }, 90_000);
  }
});
