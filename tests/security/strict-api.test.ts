import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api, type ApiClient } from '../../app/core/contract';
import { LIMITS } from '../../app/core/contract/schemas';
import { looseObjects } from '../../app/core/contract/strict';
import { BOOKS_LIMIT_PAISE, checkBooksRange } from '../../app/core/accounting/posting';
import { AppError } from '../../app/core/contract/errors';
import { gstinCheckChar } from '../../app/core/gst';
import { refusalOf } from '../support/api-errors';
import { hostWithClients, type TestHost } from '../support/test-host';
import { defOf, wrappedBy } from '../support/zod-schemas';

/** Every number a method's params take, with its bounds: "lines.*.qtyMilli [-1e9, 1e9]". */
function numbersIn(schema: z.core.$ZodType, path: string, out: Array<{ path: string; min: number; max: number }>): void {
  const def = defOf(schema);
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  const wrapped = wrappedBy(def);
  if (wrapped) return numbersIn(wrapped, path, out);
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) numbersIn(field, at(key), out);
      return;
    case 'array':
      return numbersIn(def.element as z.core.$ZodType, at('*'), out);
    case 'record':
      return numbersIn(def.valueType as z.core.$ZodType, at('*'), out);
    case 'union':
      for (const option of def.options as z.core.$ZodType[]) numbersIn(option, path, out);
      return;
    case 'pipe':
      return numbersIn(def.in as z.core.$ZodType, path, out);
    case 'number':
    case 'int': {
      const bounds = schema as unknown as { minValue: number | null; maxValue: number | null };
      out.push({ path, min: bounds.minValue ?? -Infinity, max: bounds.maxValue ?? Infinity });
      return;
    }
  }
}

describe('the contract', () => {
  it('refuses unknown fields at every depth of every method’s params', () => {
    const loose = Object.entries(api).flatMap(([method, spec]) => looseObjects(spec.params).map((p) => `${method}: ${p || '(params)'}`));
    expect(Object.keys(api).length).toBeGreaterThan(100);
    expect(loose).toEqual([]);
  });

  it('bounds every number a method takes, far inside the exact-integer range', () => {
    const numbers = Object.entries(api).flatMap(([method, spec]) => {
      const out: Array<{ path: string; min: number; max: number }> = [];
      numbersIn(spec.params, '', out);
      return out.map((n) => ({ ...n, method }));
    });
    expect(numbers.length).toBeGreaterThan(60);
    const unbounded = numbers.filter((n) => n.max > LIMITS.turnoverPaise || n.min < -LIMITS.turnoverPaise).map((n) => `${n.method}: ${n.path}`);
    expect(unbounded).toEqual([]);
    const money = numbers.filter((n) => /Paise$/.test(n.path) && !n.path.startsWith('aato'));
    expect(money.every((n) => n.max <= LIMITS.amountPaise)).toBe(true);
  });
});

let host: TestHost;
let staff: ApiClient;
let staffHi: ApiClient;
let manager: ApiClient;
let owner: ApiClient;

const signIns = { staff: 'staff', staffHi: ['staff', 'strict-staff-hi', 'hi'], manager: 'manager', owner: 'owner' } as const;
beforeAll(async () => ({ host, staff, staffHi, manager, owner } = await hostWithClients(signIns)));
afterAll(() => host.dispose());

const GSTIN = `23AAPFU0939F1Z${gstinCheckChar('23AAPFU0939F1Z')}`;
const ATTA = [{ productId: 'prod-demo-001', qtyMilli: 1000 }];

describe('fields that change money or tax', () => {
  it('staff cannot give a new customer a credit limit; a manager can; staff can add one without', async () => {
    const refused = await refusalOf(staff.call('customers.add', { name: 'Limit Seeker', phone: '9827100001', creditLimitPaise: 500000 }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only a manager or the owner can give a customer a credit limit; add the customer without one');
    const inHindi = await refusalOf(staffHi.call('customers.add', { name: 'Limit Seeker', phone: '9827100001', creditLimitPaise: 500000 }));
    expect(inHindi.key).toBe('customers.needsManagerForCreditLimit');
    expect((await staff.call('customers.search', { q: 'Limit Seeker' })).length).toBe(0);
    expect((await staff.call('customers.add', { name: 'Limit Seeker', phone: '9827100001' })).creditLimitPaise).toBe(0);
    expect((await manager.call('customers.add', { name: 'Trusted', phone: '9827100002', creditLimitPaise: 500000 })).creditLimitPaise).toBe(500000);
  });

  it('staff cannot bill with GST on top of the price, nor to another state; a manager can', async () => {
    const exclusive = await refusalOf(staff.call('billing.quote', { lines: ATTA, pricing: 'exclusive' }));
    expect(exclusive.code).toBe('FORBIDDEN');
    expect(exclusive.message).toContain('GST added on top');
    const elsewhere = await refusalOf(staff.call('billing.quote', { lines: ATTA, placeOfSupply: '27' }));
    expect(elsewhere.code).toBe('FORBIDDEN');
    expect(elsewhere.message).toContain('place of supply 27');
    const posted = await refusalOf(
      staff.call('billing.postInvoice', { clientRef: 'strict-pos-0001', lines: ATTA, placeOfSupply: '27', tenders: [{ method: 'cash', amountPaise: 28500 }] }),
    );
    expect(posted.code).toBe('FORBIDDEN');
    expect((await staff.call('billing.listInvoices', {})).some((i) => i.number.includes('strict'))).toBe(false);
    // The shop's own state is the default, and saying it is no change.
    const shop = await staff.call('shop.get', {});
    expect((await staff.call('billing.quote', { lines: ATTA, placeOfSupply: shop.stateCode })).supply).toBe('intra');
    expect((await manager.call('billing.quote', { lines: ATTA, placeOfSupply: '27' })).supply).toBe('inter');
    expect((await manager.call('billing.quote', { lines: ATTA, pricing: 'exclusive' })).totals.payablePaise).toBeGreaterThan(0);
  });
});

describe('amounts that could leave the exact-integer range', () => {
  it('refuses a receipt of 2^53 − 1 by its bound, and two of the largest receipts keep the books and the register working', async () => {
    const customer = await manager.call('customers.add', { name: 'Big Payer', phone: '9827100003' });
    const huge = await refusalOf(staff.call('khata.receive', { customerId: customer.id, amountPaise: 2 ** 53 - 1, method: 'cash' }));
    expect(huge.code).toBe('BAD_PARAMS');
    expect(huge.message).toContain('Amount must be at most ₹10,00,00,000.00');
    for (const n of [1, 2]) {
      await staff.call('khata.receive', { clientRef: `strict-big-${n}`, customerId: customer.id, amountPaise: LIMITS.amountPaise, method: 'cash' });
    }
    const register = await staff.call('accounting.openRegister', { countedPaise: 0 });
    expect(Number.isSafeInteger(register.openingBookPaise)).toBe(true);
    const trial = await manager.call('accounting.trialBalance', { from: '2026-04-01', to: '2027-03-31' });
    expect(trial.totals.closingDebitPaise).toBe(trial.totals.closingCreditPaise);
  });

  it('refuses a bill past ₹10 crore before any sum is made, and writes nothing', async () => {
    const error = await refusalOf(
      manager.call('billing.quote', { lines: [{ productId: 'prod-demo-001', qtyMilli: LIMITS.qtyMilli, unitPricePaise: LIMITS.pricePaise }] }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('A bill can be at most ₹10,00,00,000.00; check the quantities and prices');
    // Each line within the limit, the bill past it.
    const two = [1, 2].map(() => ({ productId: 'prod-demo-001', qtyMilli: 300_000_000 }));
    expect((await refusalOf(manager.call('billing.quote', { lines: two }))).code).toBe('INVALID_INPUT');
    expect((await staff.call('billing.quote', { lines: [two[0]!] })).totals.payablePaise).toBeLessThanOrEqual(LIMITS.amountPaise);
  });

  it('refuses an entry that takes any account past the books’ limit, said in words', () => {
    const lines = [
      { account: 'CASH', debit: 10, credit: 0, partyId: null },
      { account: 'SALES', debit: 0, credit: 10, partyId: null },
    ] as const;
    expect(() => checkBooksRange(lines, () => 0)).not.toThrow();
    const thrown = (() => {
      try {
        checkBooksRange(lines, (a) => (a === 'CASH' ? BOOKS_LIMIT_PAISE : 0));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).toData()).toMatchObject({ code: 'INVALID_INPUT', key: 'accounting.beyondBooksLimit' });
    expect(() => checkBooksRange(lines, (a) => (a === 'SALES' ? -BOOKS_LIMIT_PAISE : 0))).toThrow(AppError);
  });
});

describe('customer details in the audit log, which can never be deleted', () => {
  it('keeps the phone, address and GSTIN masked, and which of a supplier’s changed, by name', async () => {
    const customer = await manager.call('customers.add', {
      name: 'Private Person',
      phone: '9827123456',
      gstin: GSTIN,
      address: '12 Gandhi Chowk, Indore',
    });
    const supplier = await manager.call('suppliers.add', { name: 'Private Supplier', phone: '9827654321', stateCode: '23', address: '4 Mill Road' });
    await manager.call('suppliers.update', { id: supplier.id, phone: '9827000099' });
    const rows = await owner.call('accounting.auditLog', { limit: 50 });
    const customerRow = rows.find((r) => r.entityId === customer.id);
    expect(JSON.parse(customerRow?.afterJson ?? '{}')).toMatchObject({
      name: 'Private Person',
      phone: '••••••••56',
      gstin: `23••••••••••${GSTIN.slice(-3)}`,
      address: '•••',
    });
    const update = rows.find((r) => r.entityId === supplier.id && r.action === 'suppliers.update');
    expect(JSON.parse(update?.afterJson ?? '{}')).toMatchObject({ phone: '••••••••99', personalChanged: ['phone'] });
    // Nowhere in the file's audit table, whatever reads it.
    const db = new Database(join(host.dir, 'shop.sqlite'), { readonly: true });
    const text = JSON.stringify(db.prepare('SELECT before_json, after_json FROM audit_log').all());
    db.close();
    for (const secret of ['9827123456', 'AAPFU0939F', 'Gandhi Chowk', '9827654321', '9827000099', 'Mill Road']) expect(text).not.toContain(secret);
  });
});
