import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiClient } from '../../app/core/contract/index';
import { addOpeningStock } from '../../app/core/services/shop/setup';
import { demoSetup } from '../../app/host/demo/demo-shop';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * Posts the hand-worked fixture documents (tests/accounting/fixtures/documents.json) through the real
 * services, one clock day at a time, and remembers what each step made so expectations can name
 * documents by their fixture id.
 */
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const readFixture = <T>(name: string): T => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;

type Line = [string, number] | [string, number, { discountPaise?: number; unitPricePaise?: number }];
interface Sale {
  customer?: string;
  placeOfSupply?: string;
  pricing?: 'inclusive' | 'exclusive';
  billDiscountPaise?: number;
  lines: Line[];
  tenders: Array<[string, number]>;
}
interface Step {
  id: string;
  date: string;
  sale?: Sale;
  cancel?: { bill: string; reason: string };
  creditNote?: { bill: string; lines: Array<[number, number]>; refund: 'cash' | 'upi' | 'card' | 'bank' | 'credit'; reason: string };
  receipt?: { customer: string; amountPaise: number; method: 'cash' | 'upi' | 'card' | 'bank'; reference?: string };
  expense?: { account: string; amountPaise: number; tax?: Record<string, number>; paidFrom: string; reference?: string };
  contra?: { from: string; to: string; amountPaise: number; reference?: string };
  payment?: { to: { account: string }; amountPaise: number; from: string; narration?: string };
  journal?: { narration: string; lines: Array<{ account: string; debitPaise?: number; creditPaise?: number }> };
}
interface Product {
  name: string;
  hsn: string;
  gstRateBp: number;
  cessRateBp?: number;
  mrpPaise: number | null;
  pricePaise: number;
  costPaise: number;
  unit: 'pcs' | 'kg';
  loose?: boolean;
  opening: number;
}
export interface FixtureFile {
  shop: { name: string; gstin: string; stateCode: string; openingDate: string };
  products: Record<string, Product>;
  rates: Array<{ hsn: string; effectiveFrom: string; gstRateBp: number }>;
  customers: Record<string, { name: string; phone: string; gstin?: string; stateCode?: string; creditLimitPaise?: number }>;
  steps: Step[];
  composition: { shop: { name: string; gstin: string; stateCode: string }; steps: Step[]; expected: Record<string, unknown> };
}

export interface FixtureBooks {
  host: TestHost;
  manager: ApiClient;
  owner: ApiClient;
  /** fixture id → the id the app gave it (bills, notes, vouchers, customers, products) */
  ids: Map<string, string>;
  /** fixture id → document number */
  numbers: Map<string, string>;
}

const at = (date: string) => `${date}T05:30:00.000Z`;

export async function postFixtures(
  shop: { name: string; gstin: string; stateCode: string; composition?: boolean },
  steps: readonly Step[],
): Promise<FixtureBooks> {
  const file = readFixture<FixtureFile>('documents.json');
  const host = makeTestHost({ setup: { ...demoSetup, shop: { ...demoSetup.shop, ...shop, composition: shop.composition ?? false } } });
  host.clock.set(at(file.shop.openingDate));
  const ids = new Map<string, string>();
  const numbers = new Map<string, string>();
  const keys = Object.keys(file.products);
  const made = addOpeningStock(
    host.deps,
    keys.map((k) => {
      const { opening, ...product } = file.products[k] as Product;
      return { product, openingQtyMilli: opening };
    }),
  );
  keys.forEach((k, i) => ids.set(k, made[i] as string));
  const manager = await host.as('manager', 'fixture-counter');
  const owner = await host.as('owner', 'fixture-office');
  for (const r of file.rates) await owner.call('gst.setRate', { ...r, note: 'fixture' });
  for (const [k, c] of Object.entries(file.customers)) ids.set(k, (await manager.call('customers.add', c)).id);
  const id = (k: string) => ids.get(k) ?? k;
  for (const s of steps) {
    host.clock.set(at(s.date));
    if (s.sale) {
      const { customer, lines, tenders, ...rest } = s.sale;
      const inv = await manager.call('billing.postInvoice', {
        clientRef: `fixture-${s.id}`,
        ...rest,
        ...(customer ? { customerId: id(customer) } : {}),
        lines: lines.map(([p, qtyMilli, extra]) => ({ productId: id(p), qtyMilli, ...extra })),
        tenders: tenders.map(([method, amountPaise]) => ({ method: method as 'cash', amountPaise })),
      });
      ids.set(s.id, inv.id);
      numbers.set(s.id, inv.number);
    } else if (s.cancel) await manager.call('billing.cancelInvoice', { id: id(s.cancel.bill), reason: s.cancel.reason });
    else if (s.creditNote) {
      const { bill, lines, ...rest } = s.creditNote;
      const cn = await manager.call('accounting.creditNote', {
        clientRef: `fixture-${s.id}`,
        invoiceId: id(bill),
        lines: lines.map(([lineNo, qtyMilli]) => ({ lineNo, qtyMilli })),
        ...rest,
      });
      ids.set(s.id, cn.id);
      numbers.set(s.id, cn.number);
    } else if (s.receipt) {
      const { customer, ...receipt } = s.receipt;
      ids.set(s.id, (await manager.call('khata.receive', { ...receipt, customerId: id(customer) })).voucher.id);
    } else if (s.expense) ids.set(s.id, (await manager.call('accounting.expense', { ...s.expense, date: s.date })).id);
    else if (s.contra) ids.set(s.id, (await manager.call('accounting.contra', { ...s.contra, date: s.date })).id);
    else if (s.payment) ids.set(s.id, (await manager.call('accounting.payment', { ...s.payment, date: s.date })).id);
    else if (s.journal) ids.set(s.id, (await owner.call('accounting.journal', { ...s.journal, date: s.date })).id);
  }
  return { host, manager, owner, ids, numbers };
}
