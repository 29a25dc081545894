import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../app/core/contract';
import type { SuiteContext } from './suite-context';
import { expectApiError } from '../support/api-errors';
import type { Role } from '../../app/core/contract/vocabulary';
import { ATTA } from '../support/demo-catalog';

const ROLES_BELOW: Record<string, Role[]> = { manager: ['staff'], owner: ['staff', 'manager'] };

/** Every (method, role) pair where the role is below the method's least role. */
const tooLowCases = (Object.keys(api) as MethodName[]).flatMap((method) => (ROLES_BELOW[api[method].access] ?? []).map((role) => [method, role] as const));

export function accessCases(ctx: SuiteContext): void {
  describe('roles', () => {
    const clientFor = (role: Role) => (role === 'staff' ? ctx.staff : role === 'manager' ? ctx.manager : ctx.owner);

    it.each(tooLowCases)('%s answers FORBIDDEN to %s, even with valid params', async (method, role) => {
      const error = await expectApiError(clientFor(role).call(method, api[method].example as never), 'FORBIDDEN');
      expect(error.message).toContain(api[method].access);
    });

    it('checks the role before the params, so a refused caller learns nothing of the schema', async () => {
      await expectApiError(ctx.staff.call('billing.cancelInvoice', {} as never), 'FORBIDDEN');
    });

    it('lets a manager add a product that staff could not, and only the manager’s is written', async () => {
      const product = {
        name: `Contract Namkeen ${ctx.tag}`,
        barcodes: [`CT${ctx.tag.slice(0, 4)}0001`],
        hsn: '2106',
        gstRateBp: 500,
        mrpPaise: 2000,
        pricePaise: 2000,
      };
      await expectApiError(ctx.staff.call('catalog.addProduct', product), 'FORBIDDEN');
      await expectApiError(ctx.staff.call('catalog.byBarcode', { barcode: product.barcodes[0]! }), 'UNKNOWN_BARCODE');
      const added = await ctx.manager.call('catalog.addProduct', product);
      expect(added).toMatchObject({ name: product.name, pricePaise: 2000, costPaise: 0, unit: 'pcs', loose: false, active: true });
      expect(await ctx.staff.call('catalog.byBarcode', { barcode: product.barcodes[0]! })).toEqual({
        ...added,
        scan: { kind: 'product', qtyMilli: 1000, pricePaise: null },
      });
      await expectApiError(ctx.manager.call('catalog.addProduct', product), 'DUPLICATE');
    });

    it('lets only the owner add a user and change the shop', async () => {
      await expectApiError(ctx.manager.call('users.add', { name: `Ravi ${ctx.tag}`, role: 'staff', pin: '4821' }), 'FORBIDDEN');
      expect(await ctx.owner.call('users.add', { name: `Ravi ${ctx.tag}`, role: 'staff', pin: '4821' })).toMatchObject({
        name: `Ravi ${ctx.tag}`,
        role: 'staff',
      });

      const footer = `Thank you from the ${ctx.tag} run`;
      await expectApiError(ctx.staff.call('shop.update', { receiptFooter: footer }), 'FORBIDDEN');
      const updated = await ctx.owner.call('shop.update', { receiptFooter: footer });
      expect(updated.receiptFooter).toBe(footer);
      expect(await ctx.staff.call('shop.get', {})).toEqual(updated);
    });

    it('lets staff bill at catalogue prices but not give a discount (a finer permission inside the method)', async () => {
      const bill = {
        clientRef: `disc-${ctx.tag}-0001`,
        lines: [{ productId: ATTA, qtyMilli: 1000, discountPaise: 500 }],
        tenders: [{ method: 'cash' as const, amountPaise: 28000 }],
      };
      await expectApiError(ctx.staff.call('billing.postInvoice', bill), 'FORBIDDEN');
      const posted = await ctx.manager.call('billing.postInvoice', bill);
      expect(posted.totals.payablePaise).toBe(28000);
    });
  });
}
