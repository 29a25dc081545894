import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import type { OrderIn } from '../../app/core/contract/areas/orders';
import { startOtp, verifyOtp } from '../../app/core/services/orders/otp';
import { placeOrder } from '../../app/core/services/orders/place';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import { makeTestHost, type TestHost } from '../support/test-host';
import { ATTA } from '../support/demo-catalog';

let host: TestHost;
let printer: VirtualPrinter;
let cashier: ApiClient;
let owner: ApiClient;

beforeAll(async () => {
  host = makeTestHost();
  printer = await startVirtualPrinter();
  cashier = await host.as('staff');
  owner = await host.as('owner');
  await owner.call('orders.saveSettings', {
    deliveryArea: 'Within 3 km',
    slots: [{ id: 'eve', label: 'Today 5-7 pm', labelHi: 'आज शाम 5–7' }],
    minOrderPaise: 10000,
    deliveryFeePaise: 2000,
  });
});
afterAll(async () => {
  await host?.printsIdle();
  await printer?.close();
  host?.dispose();
});

function place(over: Partial<OrderIn> = {}) {
  const phone = '9826055555';
  startOtp(host.deps, phone, '123456');
  const phoneToken = verifyOtp(host.deps, phone, '123456');
  return placeOrder(host.deps, {
    idempotencyKey: `slip-test-key-${over.fulfilment ?? 'delivery'}-000001`,
    name: 'Meena Verma',
    phone,
    phoneToken,
    fulfilment: 'delivery',
    address: '12 Gandhi Nagar, near the temple',
    slot: 'eve',
    payment: 'cod',
    lang: 'en',
    lines: [{ productId: ATTA, qty: 2, pricePaise: 28500 }],
    ...over,
  }).order;
}

describe('the packing slip on the receipt printer', () => {
  it('says “no printer” without one, and never throws', async () => {
    const order = place();
    expect(await cashier.call('orders.printSlip', { id: order.id })).toEqual({ status: 'disabled', error: null });
    await expect(cashier.call('orders.printSlip', { id: 'word-not-there' })).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'orders.notFound' });
  });

  it('prints ESC/POS with the customer, address, slot, tick boxes, counts, cash to collect and the order’s barcode', async () => {
    await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48 } });
    const order = place();
    expect(await cashier.call('orders.printSlip', { id: order.id })).toEqual({ status: 'printed', error: null });
    const job = await printer.waitForJob(0);
    // ESC @ starts the slip (after any status questions), a cut (GS V) ends it: a whole job, not a fragment.
    expect(job.bytes.indexOf(Buffer.from([0x1b, 0x40]))).toBeGreaterThanOrEqual(0);
    const decoded = decodeEscPos(job.bytes, { strict: true });
    expect(decoded.cuts).toBe(1);
    expect(decoded.drawerKicks).toEqual([]);
    expect(decoded.barcodes).toEqual([{ type: 'CODE128', data: order.number }]);
    const lines = receiptText(decoded);
    expect(lines).toContain('PACKING SLIP');
    expect(lines.find((l) => l.startsWith(`Order ${order.number}`))).toBeTruthy();
    expect(lines).toContain('DELIVERY');
    expect(lines).toContain('Customer: Meena Verma (9826055555)');
    expect(lines).toContain('12 Gandhi Nagar, near the temple');
    expect(lines).toContain('Slot: Today 5-7 pm');
    expect(lines.find((l) => /^\[ \] Aashirvaad Atta 5kg +x 2$/.test(l))).toBeTruthy();
    expect(lines.find((l) => /^Items +2$/.test(l))).toBeTruthy();
    expect(lines.find((l) => /^Delivery fee +20\.00$/.test(l))).toBeTruthy();
    expect(lines.find((l) => /^Order total +Rs\.590\.00$/.test(l))).toBeTruthy();
    expect(lines).toContain('COLLECT CASH: Rs.590.00');
    const big = decoded.lines.find((l) => l.text.startsWith('COLLECT CASH'));
    expect(big).toMatchObject({ height: 2 });
    // Nothing about the order changed by printing it.
    expect(host.store.webOrders.byId(order.id)).toMatchObject({ status: 'placed', version: 1 });
  });

  it('in Hindi (the receipt set to Hindi) the words and names print as images, the order number as its barcode', async () => {
    await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48, hindi: 'receipt' } });
    const order = place({ fulfilment: 'pickup', address: '', slot: '', payment: 'upi', idempotencyKey: 'slip-test-key-hindi-000001' });
    expect(await cashier.call('orders.printSlip', { id: order.id })).toEqual({ status: 'printed', error: null });
    const decoded = decodeEscPos((await printer.waitForJob(1)).bytes, { strict: true });
    expect(decoded.images.length).toBeGreaterThan(0);
    expect(decoded.barcodes).toEqual([{ type: 'CODE128', data: order.number }]);
  });
});
