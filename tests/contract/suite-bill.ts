import { describe, expect, it } from 'vitest';
import type { JournalEntryView } from '../../app/core/contract';
import type { z } from 'zod';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import type { SuiteContext } from './suite-context';
import { expectApiError } from '../support/api-errors';

type Entry = z.infer<typeof JournalEntryView>;

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** A journal entry balances when its debits equal its credits (and it moves some money). */
function expectBalanced(entry: Entry): void {
  const debit = sum(entry.lines.map((l) => l.debitPaise));
  expect(debit).toBeGreaterThan(0);
  expect(sum(entry.lines.map((l) => l.creditPaise))).toBe(debit);
}

const debitOn = (entry: Entry, account: string): number => sum(entry.lines.filter((l) => l.account === account).map((l) => l.debitPaise));

export function billCases(ctx: SuiteContext): void {
  describe('a bill at the counter, end to end', () => {
    it('scans, quotes, posts, reads back, and stock and books agree; a retry and a cancel behave', async () => {
      const { staff, manager } = ctx;
      // Scan the atta's in-store barcode; find loose sugar by its Hindi name in Latin letters.
      const atta = await staff.call('catalog.byBarcode', { barcode: demoBarcode(1) });
      expect(atta).toMatchObject({ id: 'prod-demo-001', name: 'Aashirvaad Atta 5kg', pricePaise: 28500, mrpPaise: 30500, gstRateBp: 500 });
      const sugar = (await staff.call('catalog.search', { q: 'chini' }))[0]!;
      expect(sugar).toMatchObject({ id: 'prod-demo-005', unit: 'kg', loose: true, pricePaise: 4600 });

      const ids = [atta.id, sugar.id];
      const stockBefore = await staff.call('inventory.onHand', { productIds: ids });
      const lines = [
        { productId: atta.id, qtyMilli: 2000 },
        { productId: sugar.id, qtyMilli: 750 },
      ];

      // 2 × ₹285 + 0.75 kg × ₹46 = ₹604.50 (GST included), rounded to ₹605.
      const quote = await staff.call('billing.quote', { lines });
      expect(quote.totals).toMatchObject({ amountPaise: 60450, valuePaise: 60450, roundOffPaise: 50, payablePaise: 60500, igstPaise: 0 });
      expect(quote.totals.cgstPaise).toBe(quote.totals.sgstPaise);

      const clientRef = `e2e-bill-${ctx.tag}-0001`;
      const tenders = [
        { method: 'upi' as const, amountPaise: 30000, reference: 'UPI-412233445566' },
        { method: 'cash' as const, amountPaise: 30500, tenderedPaise: 50000 },
      ];
      const invoice = await staff.call('billing.postInvoice', { clientRef, lines, tenders });
      expect(invoice).toMatchObject({
        status: 'posted',
        date: '2026-11-24',
        docType: 'tax_invoice',
        supply: 'intra',
        placeOfSupply: '23',
        cashier: { name: 'Pooja (Staff)' },
        cancellation: null,
      });
      expect(invoice.number).toMatch(/^C\d+\/2627\/\d{5}$/);
      expect(invoice.totals).toEqual(quote.totals);
      expect(invoice.lines.map((l) => [l.productId, l.qtyMilli, l.totalPaise])).toEqual([
        [atta.id, 2000, 57000],
        [sugar.id, 750, 3450],
      ]);
      expect(invoice.payments).toEqual([
        { method: 'upi', amountPaise: 30000, tenderedPaise: 30000, changePaise: 0, reference: 'UPI-412233445566' },
        { method: 'cash', amountPaise: 30500, tenderedPaise: 50000, changePaise: 19500, reference: null },
      ]);

      expect(await staff.call('billing.getInvoice', { id: invoice.id })).toEqual(invoice);
      const today = await staff.call('billing.listInvoices', { date: '2026-11-24' });
      expect(today.find((s) => s.id === invoice.id)).toMatchObject({ number: invoice.number, payablePaise: 60500, status: 'posted' });

      const moves = await staff.call('inventory.movesFor', { refId: invoice.id });
      expect(moves.map((m) => [m.productId, m.qtyMilli, m.refId])).toEqual([
        [atta.id, -2000, invoice.id],
        [sugar.id, -750, invoice.id],
      ]);
      const stockAfter = await staff.call('inventory.onHand', { productIds: ids });
      expect(stockAfter.map((s, i) => stockBefore[i]!.qtyMilli - s.qtyMilli)).toEqual([2000, 750]);

      const [sale, ...others] = await manager.call('accounting.entriesFor', { refId: invoice.id });
      expect(others).toEqual([]);
      expectBalanced(sale!);
      expect([debitOn(sale!, 'UPI_CLEARING'), debitOn(sale!, 'CASH')]).toEqual([30000, 30500]);

      // The tablet lost the reply and sends the bill again: the same bill comes back, nothing new is written.
      const retried = await staff.call('billing.postInvoice', { clientRef, lines, tenders });
      expect(retried.id).toBe(invoice.id);
      expect(await staff.call('billing.listInvoices', { date: '2026-11-24' })).toEqual(today);

      const cancelled = await manager.call('billing.cancelInvoice', { id: invoice.id, reason: 'Customer changed mind' });
      expect(cancelled).toMatchObject({ id: invoice.id, number: invoice.number, status: 'cancelled', cancellation: { reason: 'Customer changed mind' } });
      const entries = await manager.call('accounting.entriesFor', { refId: invoice.id });
      expect(entries).toHaveLength(2);
      entries.forEach(expectBalanced);
      expect(entries[1]!.reversesId).toBe(entries[0]!.id);
      expect(await staff.call('inventory.onHand', { productIds: ids })).toEqual(stockBefore);
      await expectApiError(manager.call('billing.cancelInvoice', { id: invoice.id, reason: 'again' }), 'ALREADY_CANCELLED');
    });

    it('answers the business errors a counter meets, with their codes', async () => {
      const { staff } = ctx;
      const oneAtta = [{ productId: 'prod-demo-001', qtyMilli: 1000 }];
      const ref = (n: number) => `errors-${ctx.tag}-000${n}`;
      await expectApiError(staff.call('catalog.byBarcode', { barcode: '0000000000000' }), 'UNKNOWN_BARCODE');
      await expectApiError(staff.call('billing.quote', { lines: [{ productId: 'prod-demo-001', qtyMilli: 500 }] }), 'INVALID_QUANTITY');
      await expectApiError(
        staff.call('billing.postInvoice', { clientRef: ref(1), lines: oneAtta, tenders: [{ method: 'cash', amountPaise: 28000 }] }),
        'TENDER_MISMATCH',
      );
      await expectApiError(
        staff.call('billing.postInvoice', { clientRef: ref(2), lines: oneAtta, tenders: [{ method: 'credit', amountPaise: 28500 }] }),
        'CUSTOMER_REQUIRED',
      );
      await expectApiError(
        ctx.owner.call('billing.quote', { lines: [{ productId: 'prod-demo-001', qtyMilli: 1000, unitPricePaise: 31000 }] }),
        'PRICE_ABOVE_MRP',
      );
      await expectApiError(staff.call('billing.getInvoice', { id: 'inv-none' }), 'NOT_FOUND');
    });
  });
}
