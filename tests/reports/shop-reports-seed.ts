import type { ApiClient } from '../../app/core/contract';
import type { TestHost } from '../support/test-host';
import { returnPart, sellPaidInFull } from '../support/selling';

/** Products of the demo shop without GST, so every figure is worked out by hand in whole paise. */
export const SALT = 'prod-demo-004'; // ₹28, cost ₹24, Staples
export const TOOR = 'prod-demo-006'; // ₹160/kg, cost ₹140, Staples
export const ONION = 'prod-demo-012'; // ₹40/kg, cost ₹32, Vegetables
export const MILK = 'prod-demo-017'; // ₹29, cost ₹27, Dairy & Bakery
export const BREAD = 'prod-demo-020'; // ₹50, cost ₹44, Dairy & Bakery
export const SUPPLIER = 'supp-demo-001';
export const DAY0 = '2026-11-24';
export const DAY3 = '2026-11-27';
export const DAY45 = '2027-01-08';

export interface Seeded {
  asha: string;
  bilal: string;
}

/**
 * One day of bills (cash, UPI, khata, one cancelled, one return), a khata receipt and an expense;
 * an order to a supplier on the same day, part of it billed three days later, and a second bill
 * of salt at a higher cost on day 45, when the supplier is paid.
 */
export async function seedShop(host: TestHost, owner: ApiClient): Promise<Seeded> {
  const add = (name: string, phone: string) =>
    owner.call('customers.add', { name, phone, creditLimitPaise: 100_000, gstin: null, stateCode: null, address: '' });
  const asha = (await add('Asha Rao', '9810000010')).id;
  const bilal = (await add('Bilal Khan', '9810000011')).id;
  let n = 0;
  const bill = (lines: Array<[string, number]>, method: 'cash' | 'upi' | 'credit', customerId?: string) =>
    sellPaidInFull(
      owner,
      `shop-reports-${n++}`,
      { lines: lines.map(([productId, qtyMilli]) => ({ productId, qtyMilli })), ...(customerId ? { customerId } : {}) },
      method,
    );
  await owner.call('accounting.openRegister', { countedPaise: 0 });
  await bill(
    [
      [SALT, 2000],
      [TOOR, 1000],
    ],
    'cash',
  ); // A: 5,600 + 16,000 = 21,600; cost 4,800 + 14,000
  const b = await bill(
    [
      [MILK, 3000],
      [BREAD, 1000],
    ],
    'upi',
    asha,
  ); // B: 8,700 + 5,000 = 13,700; cost 8,100 + 4,400
  await bill(
    [
      [ONION, 2000],
      [SALT, 1000],
    ],
    'credit',
    asha,
  ); // C: 8,000 + 2,800 = 10,800; cost 6,400 + 2,400
  const d = await bill([[BREAD, 1000]], 'cash', bilal); // D: 5,000, cancelled
  await bill([[TOOR, 1000]], 'cash', bilal); // E: 16,000; cost 14,000
  await owner.call('billing.cancelInvoice', { id: d.id, reason: 'Customer left' });
  await returnPart(owner, { clientRef: 'shop-reports-ret', invoiceId: b.id, reason: 'Torn pack' });
  await owner.call('khata.receive', { customerId: asha, amountPaise: 5000, method: 'cash' });
  await owner.call('accounting.expense', { account: 'ELECTRICITY', amountPaise: 20_000, paidFrom: 'CASH', reference: 'MPEB' });
  const po = await owner.call('purchasing.createOrder', {
    supplierId: SUPPLIER,
    lines: [
      { productId: SALT, qtyMilli: 10_000 },
      { productId: ONION, qtyMilli: 20_000 },
    ],
  });
  host.clock.set(`${DAY3}T05:30:00.000Z`);
  await owner.call('purchasing.postBill', {
    supplierId: SUPPLIER,
    supplierInvoiceNo: 'MA/1',
    supplierDate: DAY3,
    poId: po.id,
    lines: [{ productId: SALT, qtyMilli: 10_000, unitCostPaise: 2400, batchNo: 'S1' }],
  });
  host.clock.set(`${DAY45}T05:30:00.000Z`);
  await owner.call('purchasing.postBill', {
    supplierId: SUPPLIER,
    supplierInvoiceNo: 'MA/2',
    supplierDate: DAY45,
    lines: [{ productId: SALT, qtyMilli: 5000, unitCostPaise: 2500, batchNo: 'S2' }],
  });
  await owner.call('accounting.payment', { to: { supplierId: SUPPLIER }, amountPaise: 10_000, from: 'CASH', narration: 'On account' });
  return { asha, bilal };
}
