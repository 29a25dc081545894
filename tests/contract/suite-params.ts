import { describe, expect, it } from 'vitest';
import type { ApiClient, MethodName } from '../../app/core/contract';
import type { SuiteContext } from './suite-context';
import { expectApiError } from '../support/api-errors';
import { ATTA } from '../support/demo-catalog';

const cash = [{ method: 'cash', amountPaise: 28500 }];
const oneAtta = [{ productId: ATTA, qtyMilli: 1000 }];

type Caller = 'anonymous' | 'staff' | 'manager' | 'owner';

/**
 * [what is wrong, who calls, method, params, the field's path in details ('' = the params
 * themselves), the field named in words in the English message]
 */
const MALFORMED: Array<[string, Caller, MethodName, unknown, string, string]> = [
  ['a required field missing', 'staff', 'billing.postInvoice', { lines: oneAtta, tenders: cash }, 'clientRef', 'Screen reference is missing'],
  [
    'a number sent as a string',
    'staff',
    'billing.postInvoice',
    { clientRef: 'bad-params-0001', lines: [{ productId: ATTA, qtyMilli: '1000' }], tenders: cash },
    'lines.0.qtyMilli',
    'Quantity (line 1) must be a number',
  ],
  ['a fractional milli-quantity', 'staff', 'billing.quote', { lines: [{ productId: ATTA, qtyMilli: 1.5 }] }, 'lines.0.qtyMilli', 'Quantity (line 1)'],
  [
    'a tender method that does not exist',
    'staff',
    'billing.postInvoice',
    { clientRef: 'bad-params-0002', lines: oneAtta, tenders: [{ method: 'bitcoin', amountPaise: 28500 }] },
    'tenders.0.method',
    'Payment method (payment 1)',
  ],
  ['an empty cart', 'staff', 'billing.quote', { lines: [] }, 'lines', 'Lines: add at least one'],
  ['a limit out of range', 'staff', 'catalog.search', { q: 'atta', limit: 0 }, 'limit', 'How many to show must be at least 1'],
  ['a number where text belongs', 'staff', 'catalog.search', { q: 42 }, 'q', 'Search must be text'],
  ['nothing at all', 'staff', 'catalog.byBarcode', {}, 'barcode', 'Barcode is missing'],
  ['a phone number that is not a mobile', 'staff', 'customers.add', { name: 'Asha', phone: '12345' }, 'phone', 'Phone number must be a 10-digit mobile number'],
  ['a date in the wrong format', 'staff', 'billing.listInvoices', { date: '24-11-2026' }, 'date', 'Date must be a date like'],
  ['a list sent as one value', 'staff', 'inventory.onHand', { productIds: ATTA }, 'productIds', 'Products must be a list'],
  ['a reason that is only spaces', 'manager', 'billing.cancelInvoice', { id: 'inv-0001', reason: '    ' }, 'reason', 'Reason must have at least'],
  ['a printer of an unknown kind', 'owner', 'shop.update', { printer: { kind: 'bluetooth' } }, 'printer.kind', 'Printer connection is not one of the choices'],
  [
    'letters in a PIN, on a public method',
    'anonymous',
    'auth.login',
    { userId: 'user-0001', pin: '12ab', deviceId: 'bad-params-device' },
    'pin',
    'PIN must be 4 to 8 digits',
  ],
  ['params that are not an object', 'staff', 'catalog.search', 'atta', '', 'The details sent are not in the right form'],
  ['params that are a list', 'staff', 'shop.get', [], '', 'The details sent are not in the right form'],
];

export function paramCases(ctx: SuiteContext): void {
  const callerOf = (who: Caller): ApiClient => (who === 'anonymous' ? ctx.t.client() : ctx[who]);

  describe('params', () => {
    it.each(MALFORMED)('%s answers BAD_PARAMS naming the field', async (_what, who, method, params, field, words) => {
      const error = await expectApiError(callerOf(who).call(method, params as never), 'BAD_PARAMS');
      // The message names the field in words, never by its path or its param name; details point at it.
      expect(error.message).toContain(words);
      const name = field.split('.').at(-1) ?? '';
      if (/[.A-Z]/.test(field)) expect(error.message).not.toContain(field);
      if (/[A-Z]/.test(name)) expect(error.message).not.toContain(name);
      expect(error.key).toMatch(/^params\./);
      const details = error.details as { field: string; issues: Array<{ path: Array<string | number> }> };
      expect(details.field).toBe(field);
      expect(details.issues.map((i) => i.path.join('.'))).toContain(field);
    });

    it('writes nothing when the params are refused', async () => {
      const before = await ctx.staff.call('billing.listInvoices', { date: '2026-11-24' });
      await expectApiError(
        ctx.staff.call('billing.postInvoice', { clientRef: 'bad-params-0003', lines: oneAtta, tenders: [{ method: 'cash', amountPaise: '28500' }] } as never),
        'BAD_PARAMS',
      );
      expect(await ctx.staff.call('billing.listInvoices', { date: '2026-11-24' })).toEqual(before);
    });

    it('refuses fields it does not know, at any depth, naming each one', async () => {
      const error = await expectApiError(
        ctx.staff.call('billing.quote', { lines: [{ ...oneAtta[0]!, colour: 'red' }], colour: 'blue' } as never),
        'BAD_PARAMS',
      );
      expect(error.message).toContain('“colour” is not accepted');
      const details = error.details as { field: string; fields: Array<{ field: string }> };
      expect(details.fields.map((f) => f.field)).toEqual(['lines.0.colour', 'colour']);
      // A misspelt discount is not "no discount": it is refused, and said as the field it looks like.
      const misspelt = await expectApiError(ctx.manager.call('billing.quote', { lines: [{ ...oneAtta[0]!, discountPiase: 500 }] } as never), 'BAD_PARAMS');
      expect(misspelt.message).toContain('did you mean Discount?');
      expect(misspelt.message).toContain('(line 1)');
    });

    it('fills defaults the caller left out', async () => {
      const added = await ctx.staff.call('customers.add', { name: `Walk-in ${ctx.tag}` });
      expect(added).toMatchObject({ name: `Walk-in ${ctx.tag}`, phone: '', gstin: null, stateCode: null, address: '', creditLimitPaise: 0 });
    });
  });

  describe('unknown methods', () => {
    it('answer NOT_FOUND naming the method, with or without a session', async () => {
      const withSession = await expectApiError(ctx.staff.call('billing.deleteEverything' as MethodName, {} as never), 'NOT_FOUND');
      expect(withSession.message).toContain('billing.deleteEverything');
      await expectApiError(ctx.t.client().call('nope' as MethodName, {} as never), 'NOT_FOUND');
      // Names inherited from Object.prototype are not methods either.
      await expectApiError(ctx.staff.call('constructor' as MethodName, {} as never), 'NOT_FOUND');
    });
  });
}
