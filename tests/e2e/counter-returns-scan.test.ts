import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { scanCode } from '../support/browser';
import type { ServedHost } from '../support/served-host';
import { signInAt, useServedDesk } from './support/served-browser';

/**
 * The counter day in Hindi, keyboard only, by a cashier (staff) at 1366×768: sell, reprint, hold,
 * resume, then a return started by scanning the bill's barcode off its printed receipt, approved
 * by a manager's PIN on the spot, and the credit note printed on the receipt printer with the bill's
 * number. Then the shop's quantity-confirm limit set in Settings reaches the counter, and Esc and
 * Alt+digit work on every screen. Screenshots go to test-results/counter-returns-scan/.
 */
const OUT = 'test-results/counter-returns-scan';
let served: ServedHost;
let browser: Browser;
let page: Page;
useServedDesk((parts) => ({ served, browser, page } = parts), { results: OUT });

async function login(p: Page, who: RegExp, pin: string) {
  await signInAt(p, served.http.url, { who, pin }).catch(async (e: unknown) => {
    await shot(p, 'login-failed');
    throw e;
  });
}
const lines = (p: Page) => p.getByTestId('cart-line');
const shot = (p: Page, name: string) => p.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
/** the receipts the virtual printer took, decoded, newest last */
const printed = () => served.printer.jobs.map((j) => decodeEscPos(j.bytes, { strict: false }));

describe('a cashier’s day in Hindi, keyboard only', () => {
  let firstBill = '';

  it('sells, reprints, holds and resumes', async () => {
    await login(page, /Pooja \(Staff\)/, '3333');
    await page.getByRole('button', { name: 'हिंदी' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('खोजें').count()).toBeGreaterThan(0);
    await page.getByLabel('खोजें').focus();
    for (const n of [1, 14, 14]) await scanCode(page, demoBarcode(n));
    await expect.poll(() => lines(page).count()).toBe(2);
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/\d{5}$/);
    firstBill = (await page.getByTestId('last-bill-number').textContent()) ?? '';
    await expect.poll(() => printed().filter((d) => d.barcodes.some((b) => b.data === firstBill)).length).toBe(1);
    await page.keyboard.press('F11');
    await expect.poll(() => printed().filter((d) => d.barcodes.some((b) => b.data === firstBill)).length).toBe(2);
    expect(receiptText(printed().at(-1) ?? decodeEscPos(Buffer.alloc(0))).join('\n')).toContain('DUPLICATE');
    await shot(page, 'sold-reprinted-hi');

    await scanCode(page, demoBarcode(30));
    await expect.poll(() => lines(page).count()).toBe(1);
    await page.keyboard.press('F6');
    await expect.poll(() => lines(page).count()).toBe(0);
    await page.keyboard.press('F7');
    await expect.poll(() => page.getByTestId('held-list').textContent()).toContain('Pooja');
    await page.keyboard.press('1');
    await expect.poll(() => lines(page).allTextContents()).toEqual([expect.stringContaining('Coca-Cola')]);
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('last-bill-number').textContent()).not.toBe(firstBill);
  }, 90_000);

  it('scanning the printed receipt’s barcode opens that bill’s return; a manager’s PIN approves it and the credit note prints', async () => {
    const receipt = printed().find((d) => d.barcodes.some((b) => b.data === firstBill));
    const code = receipt?.barcodes.find((b) => b.type === 'CODE128')?.data ?? '';
    expect(code).toBe(firstBill);
    await page.getByLabel('खोजें').focus();
    await scanCode(page, code);
    await expect.poll(() => page.getByTestId('return-line').count()).toBe(2);
    expect(await page.getByTestId('return-bill-number').inputValue()).toBe(firstBill);
    // A cashier cannot make the note alone: the manager gives a PIN on the spot.
    expect(await page.getByRole('button', { name: 'क्रेडिट नोट बनाएँ' }).isDisabled()).toBe(true);
    await page.getByLabel(/अभी लौटाएँ: Parle/).focus();
    await page.keyboard.type('1');
    await page.getByLabel('कारण').focus();
    await page.keyboard.type('पैकेट फटा');
    await page.getByLabel('मैनेजर या मालिक').selectOption({ label: 'Suresh (Manager)' });
    await page.getByLabel('पिन डालें').focus();
    await page.keyboard.type('2222');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'क्रेडिट नोट बनाएँ' }).isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'क्रेडिट नोट बनाएँ' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(/क्रेडिट नोट बना: \S+/);
    await expect.poll(() => page.getByTestId('credit-note-print').textContent()).toContain('क्रेडिट नोट छप गया');
    const slip = receiptText(printed().at(-1) ?? decodeEscPos(Buffer.alloc(0))).join('\n');
    expect(slip).toContain('CREDIT NOTE');
    expect(slip).toContain(`Against bill: ${firstBill}`);
    await shot(page, 'return-by-scan-hi');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /फिर छापें/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('credit-note-print').textContent()).toContain('डुप्लिकेट छप गया');

    // The host made the note as the manager who approved it, and audited it so.
    const owner = await served.host.as('owner', 'e2e-returns-check');
    const bill = await owner.call('billing.findInvoice', { number: firstBill });
    const left = await owner.call('accounting.returnable', { invoiceId: bill.id });
    expect(left.lines.map((l) => l.returnedMilli)).toEqual([0, 1000]);
    const note = left.creditNotes[0];
    expect(note).toBeDefined();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('खोजें');
  }, 90_000);
});

describe('the shop’s settings reach the counter; Esc and Alt-keys everywhere', () => {
  it('the owner sets the quantity-confirm limit and the counter asks above it', async () => {
    const p = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await login(p, /Ramesh \(Owner\)/, '1111');
    await p.goto(`${served.http.url}/#/settings/shop`);
    const field = p.getByLabel('Ask to confirm quantities above');
    await field.fill('abc');
    await p.getByTestId('save-counter-settings').click();
    await expect.poll(() => p.getByRole('alert').first().textContent()).toContain('Ask to confirm quantities above: a whole number');
    await field.fill('5');
    await p.getByTestId('save-counter-settings').click();
    await expect.poll(async () => (await served.host.as('staff', 'e2e-limit-check')).call('shop.get', {}).then((s) => s.counter.confirmQtyAbove)).toBe(5);
    await shot(p, 'counter-setting');
    await p.keyboard.press('Alt+1');
    await expect.poll(() => p.evaluate(() => location.hash)).toMatch(/counter/);
    await p.getByLabel('Search').focus();
    await scanCode(p, demoBarcode(14));
    await expect.poll(() => lines(p).count()).toBe(1);
    await p.keyboard.press('F3');
    await p.getByRole('dialog').getByRole('textbox').fill('6');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.getByRole('dialog').textContent()).toContain('is more than 5');
    await p.keyboard.press('Enter');
    await expect.poll(() => lines(p).first().locator('.qty').textContent()).toBe('6');

    // Esc closes each counter dialog and the focus is back in the search box.
    for (const key of ['F1', 'F3', 'F5', 'F7', 'Shift+F9']) {
      await p.keyboard.press(key);
      await expect.poll(() => p.getByRole('dialog').count()).toBe(1);
      await p.keyboard.press('Escape');
      await expect.poll(() => p.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search');
    }

    // Alt+digit from every screen of the menu, pressed after clicking empty space and after Esc.
    const groups = await p.getByRole('navigation', { name: 'Screens' }).getByRole('link').count();
    expect(groups).toBeGreaterThanOrEqual(9);
    const seen = new Set<string>();
    for (let g = 1; g <= groups; g++) {
      const key = `Alt+${g % 10}`;
      for (let visit = 0; visit < 4; visit++) {
        await p.mouse.click(1360, 760);
        await p.keyboard.press('Escape');
        await p.keyboard.press(key);
        await expect.poll(() => p.getByRole('navigation', { name: 'Screens' }).locator('a.active').count()).toBe(1);
        seen.add(await p.evaluate(() => location.hash.split('?')[0] ?? ''));
      }
    }
    await p.keyboard.press('Alt+1');
    await expect.poll(() => p.evaluate(() => location.hash)).toMatch(/counter/);
    expect(seen.size).toBeGreaterThanOrEqual(13);
    // The same key twice, faster than a screen draws, moves two screens on, not one.
    await p.evaluate(() => {
      for (let i = 0; i < 2; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', altKey: true, bubbles: true }));
    });
    await expect.poll(() => p.evaluate(() => location.hash)).toBe('#/orders');
    await p.context().close();
  }, 120_000);
});
