import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { chargeDelivery, deliveredOrder } from '../support/web-orders';
import { hi, tapType, tool } from './support/day/counter-touch';

/**
 * The counter's return of a delivered web order whose bill carries the delivery fee: the fee line
 * shows in the reader's words with no quantity box (nothing to scan, count or pick a lot for), says
 * it is refunded only with all the goods, and comes back by itself with the last of them. By
 * keyboard in English at 1366×768, by touch in Hindi at 390×844. Pictures: test-results/web-order-return/.
 */
const OUT = 'test-results/web-order-return';
const ATTA = 'prod-demo-001';
const SALT = 'prod-demo-004';
let served: ServedHost;
let browser: Browser;
const bills: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  served = await serveTestHost();
  browser = await launchChromium();
  await chargeDelivery(await served.host.as('owner'));
  const cashier = await served.host.as('staff');
  for (let i = 0; i < 2; i++) {
    const bill = await deliveredOrder(served.host, cashier, [
      { productId: ATTA, qty: 1, pricePaise: 28500 },
      { productId: SALT, qty: 1, pricePaise: 2800 },
    ]);
    bills.push(bill.invoiceNumber);
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

const feeRow = (p: Page) => p.getByTestId('return-line').nth(2);
const shot = (p: Page, name: string) => p.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
const noteOf = async (number: string) => {
  const owner = await served.host.as('owner', 'e2e-web-return-check');
  const bill = await owner.call('billing.findInvoice', { number });
  const left = await owner.call('accounting.returnable', { invoiceId: bill.id });
  const last = left.creditNotes.at(-1);
  return { left, note: last ? await owner.call('accounting.getCreditNote', { id: last.id }) : null };
};
const feeMoves = () => served.host.store.raw.prepare<[], { n: number }>(`SELECT count(*) AS n FROM stock_moves WHERE product_id = 'svc-delivery'`).get()?.n;

describe('the return of a delivered order with its delivery fee', () => {
  it('by keyboard in English at 1366: the whole order back, the fee with it', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(served.http.url);
    await page.getByRole('button', { name: /Suresh \(Manager\)/ }).click();
    await page.keyboard.type('2222');
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Screens' }).waitFor();
    await page.keyboard.press('Shift+F9');
    await page.getByTestId('return-bill-number').focus();
    await page.keyboard.type(bills[0] ?? '');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('return-line').count()).toBe(3);
    expect(await feeRow(page).textContent()).toContain('Delivery charge');
    expect(await feeRow(page).textContent()).toContain('Refunded only with all the goods');
    expect(await feeRow(page).locator('input').count()).toBe(0);
    await page.getByLabel(/^Return now: Aashirvaad/).focus();
    await page.keyboard.type('1');
    expect(await feeRow(page).textContent()).toContain('Refunded only with all the goods');
    await page.getByLabel(/^Return now: Tata Salt|^Return now: .*Salt/).focus();
    await page.keyboard.type('1');
    await expect.poll(() => feeRow(page).textContent()).toContain('Refunded with these goods');
    await page.getByLabel('Reason', { exact: true }).focus();
    await page.keyboard.type('Order refused at the door');
    await shot(page, 'return-fee-1366-en');
    await page.getByRole('button', { name: 'Make credit note' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(/Credit note made: \S+ · ₹338\.00/);
    const { left, note } = await noteOf(bills[0] ?? '');
    expect(note?.lines.map((l) => l.productId)).toEqual([ATTA, SALT, 'svc-delivery']);
    expect(left.lines.every((l) => l.returnedMilli === l.qtyMilli)).toBe(true);
    expect(feeMoves()).toBe(0);
  }, 120_000);

  it('by touch in Hindi at 390: one item back, the fee stays on the bill', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(served.http.url);
    await page.getByRole('button', { name: /Suresh \(Manager\)/ }).tap();
    for (const d of '2222↵') await page.getByRole('button', { name: d, exact: true }).tap();
    await page.getByRole('navigation', { name: 'Screens' }).waitFor();
    await page.getByRole('button', { name: 'हिंदी' }).tap();
    await tool(page, 'keyReturns').tap();
    await tapType(page.getByTestId('return-bill-number'), bills[1] ?? '');
    await page.getByRole('button', { name: new RegExp(hi('findBill')) }).tap();
    await expect.poll(() => page.getByTestId('return-line').count()).toBe(3);
    expect(await feeRow(page).textContent()).toContain('डिलीवरी शुल्क');
    expect(await feeRow(page).textContent()).toContain(hi('chargeOnlyWithGoods'));
    expect(await feeRow(page).locator('input').count()).toBe(0);
    // the fee's words are whole on the phone's screen
    const box = await feeRow(page).getByTestId('return-charge-note').boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    await tapType(page.getByLabel(new RegExp(`^${hi('returnNow')}: Aashirvaad`)), '1');
    await tapType(page.getByLabel(hi('reason'), { exact: true }), 'पैकेट फटा');
    await shot(page, 'return-fee-390-hi');
    await page.getByRole('button', { name: hi('makeCreditNote') }).tap();
    await expect.poll(() => page.getByTestId('credit-note-made').textContent()).toMatch(/\S+ · ₹285\.00/);
    const { note } = await noteOf(bills[1] ?? '');
    expect(note?.lines.map((l) => l.productId)).toEqual([ATTA]);
    expect(feeMoves()).toBe(0);
  }, 120_000);
});
