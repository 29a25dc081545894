import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrinterConfig, type ApiClient } from '../../app/core/contract';
import type { OrderIn } from '../../app/core/contract/areas/orders';
import { receiptBytes } from '../../printers/print-receipt';
import { decodeEscPos, flowText } from '../../printers/virtual/decode';
import type { TestHost } from '../support/test-host';
import { deliveredOrder, deliveryShop } from '../support/web-orders';
import { ATTA, SALT, TOOR } from '../support/demo-catalog';

/**
 * A web order's delivery fee on the counter bill, figures worked by hand (gst-conventions.md, the
 * composite-supply rule in docs/web-shop.md): the fee is taxed at the rate of the line with the
 * largest taxable value, tax included, filed under that line's HSN. The goods: atta ₹285 at 5% (HSN 1101),
 * salt ₹28 and toor dal ₹160/kg at 0% (HSN 2501, 0713).
 */

let host: TestHost;
let cashier: ApiClient;
let manager: ApiClient;
beforeAll(async () => ({ host, cashier, manager } = await deliveryShop()));
afterAll(() => host?.dispose());

/** A delivery order of these lines, accepted and billed at the counter, with its bill. */
async function billed(lines: OrderIn['lines']) {
  const { order, invoiceId } = await deliveredOrder(host, cashier, lines, 'accepted');
  return { order, invoice: await cashier.call('billing.getInvoice', { id: invoiceId }) };
}

const heads = (l: { hsn: string; gstRateBp: number; taxablePaise: number; cgstPaise: number; sgstPaise: number; totalPaise: number }) => [
  l.hsn,
  l.gstRateBp,
  l.taxablePaise,
  l.cgstPaise,
  l.sgstPaise,
  l.totalPaise,
];

describe('the delivery fee on the counter bill', () => {
  it('takes the GST of the principal supply (5% atta) and is paid with the goods', async () => {
    const { order, invoice } = await billed([
      { productId: ATTA, qty: 2, pricePaise: 28500 },
      { productId: SALT, qty: 1, pricePaise: 2800 },
    ]);
    expect(order).toMatchObject({ itemsPaise: 59800, feePaise: 2500, totalPaise: 62300, slotLabel: 'Today 5–7 pm', slotLabelHi: 'आज शाम 5–7' });
    // atta: 57000 × 100/105 = 54285.71 → 54286; CGST = SGST = 2.5% of it = 1357.15 → 1357
    // fee: 2500 × 100/105 = 2380.95 → 2381; CGST = SGST = 59.525 → 60; line total 2501
    expect(invoice.lines.map(heads)).toEqual([
      ['1101', 500, 54286, 1357, 1357, 57000],
      ['2501', 0, 2800, 0, 0, 2800],
      ['1101', 500, 2381, 60, 60, 2501],
    ]);
    expect(invoice.lines[2]).toMatchObject({ productId: 'svc-delivery', name: 'Delivery charge', nameHi: 'डिलीवरी शुल्क', qtyMilli: 1000, unit: 'pcs' });
    // value 57000 + 2800 + 2501 = 62301, rounded to the rupee: 62300, what the customer was told
    expect(invoice.totals).toMatchObject({ taxablePaise: 59467, cgstPaise: 1417, sgstPaise: 1417, valuePaise: 62301, roundOffPaise: -1, payablePaise: 62300 });
    expect(invoice.payments).toEqual([expect.objectContaining({ method: 'cash', amountPaise: 62300 })]);

    // The books: sales carry the fee's taxable value, output tax its GST; the journal balances.
    const journal = host.store.raw
      .prepare<[string], { account: string; dr: number; cr: number }>(
        `SELECT l.account_code AS account, sum(l.debit_paise) AS dr, sum(l.credit_paise) AS cr FROM journal_lines l
         JOIN journal_entries e ON e.id = l.entry_id WHERE e.ref_id = ? GROUP BY l.account_code`,
      )
      .all(invoice.id);
    const by = Object.fromEntries(journal.map((j) => [j.account, j.dr - j.cr]));
    expect(journal.reduce((s, j) => s + j.dr - j.cr, 0)).toBe(0);
    expect(Object.values(by)).toContain(-59467);
    expect(Object.values(by).filter((v) => v === -1417)).toHaveLength(2);

    // No stock moves for the fee, only the goods.
    const moved = host.store.raw.prepare<[string], { productId: string }>(`SELECT product_id AS productId FROM stock_moves WHERE ref_id = ?`).all(invoice.id);
    expect(moved.map((m) => m.productId).sort()).toEqual([ATTA, SALT]);
  });

  it('takes the rate of the largest line even when that is nil-rated (toor dal), and files under its HSN', async () => {
    const { invoice } = await billed([
      { productId: ATTA, qty: 1, pricePaise: 28500 },
      { productId: TOOR, qty: 2, pricePaise: 16000 },
    ]);
    // atta 28500 → taxable 27143, CGST = SGST = 678.575 → 679; toor 2 kg = 32000 at 0% is the larger
    expect(invoice.lines.map(heads)).toEqual([
      ['1101', 500, 27143, 679, 679, 28501],
      ['0713', 0, 32000, 0, 0, 32000],
      ['0713', 0, 2500, 0, 0, 2500],
    ]);
    expect(invoice.totals).toMatchObject({ valuePaise: 63001, payablePaise: 63000 });
  });

  it('is in GSTR-1: b2cs by rate and the HSN summary under the goods’ HSN', async () => {
    const period = (await cashier.call('billing.listInvoices', {})).at(0)?.date ?? '';
    const [y, m] = period.split('-');
    const r = await manager.call('gst.gstr1', { period: `${m}${y}` });
    // 5%: atta 54286 + fee 2381 + atta 27143 = 83810; CGST 1357 + 60 + 679 = 2096
    const five = r.json.b2cs.find((row) => row.rt === 5);
    expect(five).toMatchObject({ sply_ty: 'INTRA', txval: 838.1, camt: 20.96, samt: 20.96 });
    const hsn = r.hsn.b2c.map((h) => [h.hsn, h.uqc, h.qtyMilli, h.rateBp, h.taxablePaise, h.cgstPaise]);
    expect(hsn).toContainEqual(['1101', 'NOS', 4000, 500, 83810, 2096]);
    expect(hsn).toContainEqual(['0713', 'KGS', 2000, 0, 32000, 0]);
    expect(hsn).toContainEqual(['0713', 'NOS', 1000, 0, 2500, 0]);
  });

  it('is on the receipt and the invoice PDF as its own line', async () => {
    const { invoice } = await billed([{ productId: ATTA, qty: 1, pricePaise: 28500 }]);
    const shop = await cashier.call('shop.get', {});
    const printer = PrinterConfig.parse({ kind: 'tcp', host: 'virtual' });
    if (printer.kind === 'none') throw new Error('unreachable');
    const receipt = flowText(decodeEscPos(receiptBytes(printer, { shop, invoice, copy: 'original', khataBalancePaise: null }), { strict: true }));
    expect(receipt).toMatch(/Delivery charge/);
    expect(receipt).toMatch(/25\.00/);
    const pdf = await cashier.call('printing.invoicePdf', { invoiceId: invoice.id, size: 'A4' });
    const dir = mkdtempSync(join(tmpdir(), 'sk-fee-pdf-'));
    try {
      writeFileSync(join(dir, 'bill.pdf'), Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'bill.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toMatch(/Delivery charge/);
      expect(text).toMatch(/1101/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a pickup order, or one above the free-delivery amount, has no fee line', async () => {
    const owner = await host.as('owner');
    await owner.call('orders.saveSettings', { deliveryFeePaise: 2500, freeDeliveryFromPaise: 50000 });
    const { order, invoice } = await billed([{ productId: ATTA, qty: 2, pricePaise: 28500 }]);
    expect(order.feePaise).toBe(0);
    expect(invoice.lines.map((l) => l.productId)).toEqual([ATTA]);
    await owner.call('orders.saveSettings', { deliveryFeePaise: 2500 });
  });
});
