import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrinterConfig, type ApiClient, type InvoiceView, type ShopView } from '../../app/core/contract';
import { gstinCheckChar } from '../../app/core/gst';
import { parseUpiLink } from '../../app/core/payments/upi';
import type { z } from 'zod';
import { receiptBytes, type ActivePrinter } from '../../printers/print-receipt';
import { decodeEscPos, flowText, receiptText } from '../../printers/virtual/decode';
import { imageToPng } from '../../printers/virtual/images';
import { renderReceiptPng } from '../../printers/virtual/render';
import { hostWithClients, makeTestHost, type TestHost } from '../support/test-host';

/**
 * Golden receipts: real bills posted through the host, laid out, encoded to ESC/POS, decoded back
 * and compared with reviewed text in golden/. UPDATE_GOLDEN=1 rewrites them (then read the diff).
 * PNGs of every receipt go to test-results/receipts/ to be looked at.
 */
const GOLDEN = join(import.meta.dirname, 'golden');
const OUT = 'test-results/receipts';

let host: TestHost;
let staff: ApiClient;
let manager: ApiClient;
type Invoice = z.output<typeof InvoiceView>;
type Shop = z.output<typeof ShopView>;

const P = {
  atta: 'prod-demo-001',
  salt: 'prod-demo-004',
  sugar: 'prod-demo-005',
  toor: 'prod-demo-006',
  parleG: 'prod-demo-014',
  maggi: 'prod-demo-015',
  coke: 'prod-demo-030',
  surf: 'prod-demo-035',
};
let panMasala = '';
let sunita = '';
let mumbaiBuyer = '';

function printer(over: Record<string, unknown>): ActivePrinter {
  const p = PrinterConfig.parse({ kind: 'tcp', host: 'virtual', ...over });
  if (p.kind === 'none') throw new Error('unreachable');
  return p;
}

async function golden(
  name: string,
  invoice: Invoice,
  over: Record<string, unknown>,
  copy: 'original' | 'duplicate' = 'original',
  khataBalancePaise: number | null = null,
  shopView?: Shop,
) {
  const p = printer(over);
  const shop = shopView ?? (await staff.call('shop.get', {}));
  const decoded = decodeEscPos(receiptBytes(p, { shop, invoice, copy, khataBalancePaise }), { strict: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.png`), renderReceiptPng(decoded, p.width * 12));
  decoded.images.forEach((img, i) => writeFileSync(join(OUT, `${name}-image${i + 1}.png`), imageToPng(img)));
  const actual = `${flowText(decoded)}\n`;
  const file = join(GOLDEN, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
  // Device text never runs past the paper.
  expect(receiptText(decoded).every((l) => l.length <= p.width)).toBe(true);
  return decoded;
}

const post = (
  client: ApiClient,
  ref: string,
  lines: Array<{ productId: string; qtyMilli: number; discountPaise?: number }>,
  tenders: (payable: number) => Array<{ method: 'cash' | 'upi' | 'card' | 'credit'; amountPaise: number; tenderedPaise?: number }>,
  extra: Record<string, unknown> = {},
) =>
  client
    .call('billing.quote', { lines, ...extra })
    .then((q) => client.call('billing.postInvoice', { clientRef: `golden-${ref}`, lines, tenders: tenders(q.totals.payablePaise), ...extra }));

beforeAll(async () => {
  ({ host, staff, manager } = await hostWithClients({ staff: 'staff', manager: 'manager' }));
  panMasala = (
    await manager.call('catalog.addProduct', {
      name: 'Pan Masala 10g',
      nameHi: 'पान मसाला',
      barcodes: [],
      hsn: '2106',
      gstRateBp: 4000,
      cessRateBp: 1200,
      mrpPaise: 1000,
      pricePaise: 1000,
      costPaise: 700,
      unit: 'pcs',
      loose: false,
    })
  ).id;
  sunita = (await staff.call('customers.search', { q: 'Sunita', limit: 1 }))[0]!.id;
  mumbaiBuyer = (
    await staff.call('customers.add', {
      name: 'Patil Stores',
      phone: '9820012345',
      gstin: '27AAPFP1234C1Z' + gstinCheckChar('27AAPFP1234C1Z'),
      stateCode: '27',
      address: 'Dadar, Mumbai',
    })
  ).id;
});
afterAll(() => host.dispose());

describe('golden receipts', () => {
  it('bills with 0/5/18/40% GST, paid in cash with change (80 mm)', async () => {
    const inv = await post(
      staff,
      'rates',
      [
        { productId: P.salt, qtyMilli: 2000 },
        { productId: P.atta, qtyMilli: 1000 },
        { productId: P.surf, qtyMilli: 1000 },
        { productId: P.coke, qtyMilli: 3000 },
      ],
      (pay) => [{ method: 'cash', amountPaise: pay, tenderedPaise: 100000 }],
    );
    const d = await golden('rates-cash-80mm', inv, { width: 48, hindi: 'off' });
    expect(d.qr).toEqual([]); // all settled in cash: nothing to scan
    expect(d.drawerKicks).toEqual([{ pin: 2, onMs: 50, offMs: 500 }]);
  });

  it('cess, line and bill discounts, paid by UPI, with the QR for the exact amount (58 mm)', async () => {
    const inv = await post(
      manager,
      'cess',
      [
        { productId: panMasala, qtyMilli: 3000 },
        { productId: P.parleG, qtyMilli: 2000, discountPaise: 300 },
        { productId: P.maggi, qtyMilli: 4000 },
      ],
      (pay) => [{ method: 'upi', amountPaise: pay }],
      { billDiscountPaise: 500 },
    );
    expect(inv.totals.cessPaise).toBeGreaterThan(0);
    const d = await golden('cess-discount-upi-58mm', inv, { width: 32, hindi: 'off' });
    // Paid by UPI already: no "scan to pay" QR that would invite the customer to pay twice.
    expect(d.qr).toEqual([]);
    expect(flowText(d)).not.toContain('Scan to pay');
    expect(d.drawerKicks).toEqual([]); // no cash: the drawer stays shut
  });

  it('loose goods on khata: the balance and a QR for the credit, with Hindi names (80 mm)', async () => {
    const earlier = await post(staff, 'khata-1', [{ productId: P.sugar, qtyMilli: 1000 }], (pay) => [{ method: 'credit', amountPaise: pay }], {
      customerId: sunita,
    });
    const inv = await post(
      staff,
      'khata-2',
      [
        { productId: P.sugar, qtyMilli: 1250 },
        { productId: P.toor, qtyMilli: 500 },
        { productId: P.atta, qtyMilli: 1000 },
      ],
      (pay) => [
        { method: 'cash', amountPaise: 10000 },
        { method: 'credit', amountPaise: pay - 10000 },
      ],
      { customerId: sunita },
    );
    const credit = inv.payments.find((p) => p.method === 'credit')!.amountPaise;
    const balance = host.store.journal.balance('DEBTORS', sunita, { writtenBy: inv.createdAt });
    expect(balance).toBe(credit + earlier.totals.payablePaise);
    const d = await golden('loose-khata-hindi-80mm', inv, { width: 48, hindi: 'names' }, 'original', balance);
    expect(parseUpiLink(d.qr[0]!)).toMatchObject({ pa: 'sharmastore@upi', am: (credit / 100).toFixed(2), cu: 'INR', tr: inv.number });
    // Hindi names under the English ones, never instead of them.
    expect(flowText(d)).toContain('Aashirvaad Atta');
    expect(d.images.length).toBeGreaterThan(0);
  });

  it('an inter-state B2B bill shows IGST (80 mm), and its reprint says DUPLICATE without opening the drawer', async () => {
    // Billing to another state is a manager's choice.
    const inv = await post(
      manager,
      'igst',
      [
        { productId: P.surf, qtyMilli: 10000 },
        { productId: P.atta, qtyMilli: 5000 },
      ],
      (pay) => [{ method: 'card', amountPaise: pay, reference: 'AUTH 1234' } as never],
      { customerId: mumbaiBuyer, placeOfSupply: '27' },
    );
    expect(inv.totals.igstPaise).toBeGreaterThan(0);
    await golden('igst-b2b-80mm', inv, { width: 48, hindi: 'off', drawer: 'always' });
    const dup = await golden('igst-b2b-80mm-duplicate', inv, { width: 48, hindi: 'off', drawer: 'always' }, 'duplicate');
    expect(dup.drawerKicks).toEqual([]);
  });

  it('a whole receipt in Hindi, QR as an image for printers without a QR command (58 mm)', async () => {
    const inv = await post(
      staff,
      'hindi',
      [
        { productId: P.atta, qtyMilli: 1000 },
        { productId: P.sugar, qtyMilli: 2000 },
      ],
      (pay) => [{ method: 'credit', amountPaise: pay }],
      { customerId: sunita },
    );
    const d = await golden('hindi-receipt-raster-qr-58mm', inv, { width: 32, hindi: 'receipt', qr: 'raster' });
    // read back from the dots, as a customer's phone would
    expect(parseUpiLink(d.qr[0]!)?.am).toBe((inv.totals.payablePaise / 100).toFixed(2));
  });

  it('a composition shop prints a bill of supply with no tax', async () => {
    // A shop that is a composition dealer from its first bill (switching mid-year is another story:
    // the spine numbers bills of supply in their own series, which collides with tax invoices).
    const compo = makeTestHost();
    try {
      await (await compo.as('owner')).call('shop.update', { composition: true });
      const cashier = await compo.as('staff');
      const inv = await post(
        cashier,
        'composition',
        [
          { productId: P.atta, qtyMilli: 1000 },
          { productId: P.surf, qtyMilli: 1000 },
        ],
        (pay) => [{ method: 'cash', amountPaise: pay }],
      );
      expect(inv.docType).toBe('bill_of_supply');
      const d = await golden('composition-bill-of-supply-58mm', inv, { width: 32, hindi: 'off' }, 'original', null, await cashier.call('shop.get', {}));
      expect(receiptText(d).join('\n')).not.toMatch(/CGST|SGST|IGST|GST breakup/);
    } finally {
      compo.dispose();
    }
  });
});
