import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { scanCode } from '../support/browser';
import type { ServedHost } from '../support/served-host';
import { useServedDesk } from './support/served-browser';

let served: ServedHost;
let page: Page;
useServedDesk((desk) => ({ served, page } = desk));

/** A USB scanner: the digits a few milliseconds apart, then Enter. */
const scan = (code: string) => scanCode(page, code);

describe('a bill at the counter, from PIN to printed receipt', () => {
  it('logs in, scans, weighs, splits the payment and completes', async () => {
    await page.goto(served.http.url);
    await page.getByRole('button', { name: /Pooja \(Staff\)/ }).click();
    await page.keyboard.type('3333');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('user-name').textContent()).toContain('Pooja');
    // The counter puts the cursor in the search box when it is ready for the scanner.
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Search');

    // Atta, Parle-G and Coca-Cola from the demo catalogue, scanned as a scanner types.
    for (const n of [1, 14, 30]) await scan(demoBarcode(n));
    await expect.poll(() => page.getByTestId('cart-line').count()).toBe(3);

    // Sugar is loose: found by its Hindi-English spelling, then weighed.
    await page.getByLabel('Search').fill('chini');
    await page.getByRole('option', { name: /Sugar/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('textbox').fill('1.25');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-line').count()).toBe(4);
    await expect.poll(() => page.getByTestId('cart-line').nth(3).textContent()).toContain('1.250 kg');

    // Split: ₹100 by UPI, ₹500 cash handed over.
    await page.keyboard.press('F9');
    await page.getByLabel('UPI').fill('100');
    await page.getByLabel('Cash received').fill('500');
    await expect.poll(() => page.getByTestId('change').textContent()).toMatch(/₹/);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/counter-payment.png' });
    await page.keyboard.press('F10');

    const number = await page.getByTestId('last-bill-number').textContent();
    expect(number).toMatch(/^D\d\/2\d{3}\/00001$/);
    // A receipt counts as printed once the printer's link stayed clean after the last byte (600 ms).
    await expect.poll(() => page.getByTestId('print-state').textContent(), { timeout: 10_000 }).toContain('printed');
    await page.screenshot({ path: 'test-results/counter-after-bill.png' });

    // The books, through the API.
    const manager = await served.host.as('manager', 'e2e-check');
    const [summary] = await manager.call('billing.listInvoices', {});
    const invoice = await manager.call('billing.getInvoice', { id: summary!.id });
    expect(invoice.number).toBe(number);
    expect(invoice.lines.map((l) => [l.name, l.qtyMilli])).toEqual([
      ['Aashirvaad Atta 5kg', 1000],
      ['Parle-G Biscuit 250g', 1000],
      ['Coca-Cola 750ml', 1000],
      ['Sugar (loose)', 1250],
    ]);
    const payable = invoice.totals.payablePaise;
    expect(invoice.payments).toEqual([
      { method: 'upi', amountPaise: 10000, tenderedPaise: 10000, changePaise: 0, reference: null },
      { method: 'cash', amountPaise: payable - 10000, tenderedPaise: 50000, changePaise: 60000 - payable, reference: null },
    ]);
    const moves = await manager.call('inventory.movesFor', { refId: invoice.id });
    expect(moves.map((m) => m.qtyMilli)).toEqual([-1000, -1000, -1000, -1250]);
    const [entry] = await manager.call('accounting.entriesFor', { refId: invoice.id });
    const debit = entry!.lines.reduce((s, l) => s + l.debitPaise, 0);
    const credit = entry!.lines.reduce((s, l) => s + l.creditPaise, 0);
    expect(debit).toBe(credit);
    expect(debit).toBeGreaterThan(payable);

    // The receipt reached the (virtual) printer on 127.0.0.1.
    const job = await served.printer.waitForJob(0);
    const decoded = decodeEscPos(job.bytes);
    expect(decoded.unknown).toEqual([]);
    const text = receiptText(decoded).join('\n');
    expect(text).toContain('Sharma General Store');
    expect(text).toContain(`Bill: ${number}`);
    expect(text).toContain('TAX INVOICE');
    expect(text).toMatch(/NET PAYABLE\s+Rs\.\d+\.00/);
    expect(decoded.cuts).toBe(1);
  });

  it('an unknown barcode opens the add-product path instead of a dead end', async () => {
    const unknown = demoBarcode(999); // a valid in-store code no product has
    await scan(unknown);
    await expect.poll(() => page.getByTestId('unknown-barcode').textContent()).toBe(unknown);
    await page.screenshot({ path: 'test-results/counter-unknown-barcode.png' });

    // Staff cannot add products; the manager approves with a PIN right here, and billing goes on.
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Manager or owner').selectOption({ label: 'Suresh (Manager)' });
    await dialog.getByLabel('Enter PIN').fill('2222');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Name', { exact: true }).fill('Rin Detergent Bar 250g');
    await dialog.getByLabel('Selling price (₹)').fill('22');
    await dialog.getByLabel('MRP (₹)').fill('22');
    await dialog.getByLabel('HSN code').fill('3401');
    await dialog.getByLabel('GST rate %').selectOption('18');
    await page.screenshot({ path: 'test-results/counter-add-product.png' });
    await dialog.getByRole('button', { name: /Add product/ }).click();
    await expect.poll(() => page.getByTestId('cart-line').first().textContent()).toContain('Rin Detergent Bar');
    const staff = await served.host.as('staff', 'e2e-check-2');
    expect((await staff.call('catalog.byBarcode', { barcode: unknown })).name).toBe('Rin Detergent Bar 250g');
  });
});
