import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { scanCode } from '../support/browser';
import type { ServedHost } from '../support/served-host';
import { useServedDesk } from './support/served-browser';

let served: ServedHost;
let page: Page;
useServedDesk((desk) => ({ served, page } = desk));

const scan = (code: string) => scanCode(page, code);

async function login(name: RegExp, pin: string) {
  await page.getByRole('button', { name }).click();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Search');
}

const lines = () => page.getByTestId('cart-line');

describe('several customers at once', () => {
  it('holds two bills, serves a third, and resumes each with its lines', async () => {
    await page.goto(served.http.url);
    await login(/Pooja \(Staff\)/, '3333');

    await scan(demoBarcode(1)); // atta
    await scan(demoBarcode(14)); // biscuits
    await expect.poll(() => lines().count()).toBe(2);
    await page.keyboard.press('F6');
    await expect.poll(() => lines().count()).toBe(0);

    await scan(demoBarcode(30)); // cola
    await page.keyboard.press('F6');
    await scan(demoBarcode(15)); // noodles: the third customer pays at once
    await expect.poll(() => lines().count()).toBe(1);
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/00001$/);

    await page.keyboard.press('F7');
    const held = page.getByRole('dialog').getByRole('listitem');
    await expect.poll(() => held.count()).toBe(2);
    await page.screenshot({ path: 'test-results/counter-held-bills.png' });
    await page.keyboard.press('1');
    await expect.poll(() => lines().allTextContents()).toEqual([expect.stringContaining('Aashirvaad Atta'), expect.stringContaining('Parle-G')]);
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/00002$/);

    await page.keyboard.press('F7');
    await page.keyboard.press('1');
    await expect.poll(() => lines().allTextContents()).toEqual([expect.stringContaining('Coca-Cola')]);
  });

  it('keeps the open bill across a quick user switch, and a manager may discount it', async () => {
    await page.keyboard.press('F12');
    await login(/Suresh \(Manager\)/, '2222');
    await expect.poll(() => lines().allTextContents()).toEqual([expect.stringContaining('Coca-Cola')]);
    await page.keyboard.press('F4');
    await page.getByRole('dialog').getByRole('textbox').fill('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('payable').textContent()).toContain('₹35.00');
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('last-bill-number').textContent()).toMatch(/\/00003$/); // the series is the device's, not the user's
    const manager = await served.host.as('manager', 'e2e-hold-check');
    const bills = await manager.call('billing.listInvoices', {});
    expect(bills).toHaveLength(3);
    expect(bills.map((b) => b.payablePaise).sort((a, b) => a - b)).toEqual([1400, 3500, 31000]);
  });
});
