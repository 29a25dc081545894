import fc from 'fast-check';
import { COMMANDS, DEMO_PRODUCTS, type World } from './model';

/**
 * The purchasing side of the property tests' shop: purchase bills (batch, expiry, free goods,
 * input GST; paid at once or left on credit), debit notes, supplier payments, expense bills on a
 * supplier's credit, stock adjustments and stock takes. Added to model.ts's COMMANDS so a
 * sequence mixes them freely with the sales side.
 */
export const SUPPLIERS = ['supp-demo-001', 'supp-demo-002'] as const;
export interface StockWorld extends World {
  purchases: string[];
  seq: number;
}

const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const product = fc.nat();
const days = (w: World, n: number) => new Date(w.host.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);

export const STOCK_COMMANDS = {
  purchase: {
    arb: fc.record({
      supplier: fc.nat(),
      lines: fc.array(
        fc.record({
          product,
          qty: fc.integer({ min: 1, max: 30 }),
          free: fc.constantFrom(0, 0, 1, 2),
          cost: fc.integer({ min: 100, max: 60_000 }),
          discount: fc.constantFrom(0, 0, 50),
          expiry: fc.option(fc.integer({ min: 10, max: 500 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      paid: fc.constantFrom(undefined, 'CASH', 'BANK'),
    }),
    async run(
      w: StockWorld,
      c: {
        supplier: number;
        lines: Array<{ product: number; qty: number; free: number; cost: number; discount: number; expiry: number | undefined }>;
        paid: 'CASH' | 'BANK' | undefined;
      },
    ) {
      const supplierId = pick(SUPPLIERS, c.supplier) ?? SUPPLIERS[0];
      const n = ++w.seq;
      const bill = await w.manager.call('purchasing.postBill', {
        supplierId,
        supplierInvoiceNo: `PROP/${n}`,
        supplierDate: days(w, 0),
        lines: c.lines.map((l, i) => ({
          productId: pick(DEMO_PRODUCTS, l.product) ?? '',
          qtyMilli: l.qty * 1000,
          freeMilli: l.free * 1000,
          unitCostPaise: l.cost,
          discountPaise: Math.min(l.discount, l.qty * l.cost),
          batchNo: `B${n}-${i}`,
          ...(l.expiry === undefined ? {} : { expiryDate: days(w, l.expiry) }),
        })),
      });
      w.purchases.push(bill.id);
      // a cash purchase: the bill is posted on credit and paid at once, as at the delivery van
      if (c.paid) await w.manager.call('accounting.payment', { to: { supplierId }, amountPaise: bill.totals.totalPaise, from: c.paid });
    },
  },
  purchaseReturn: {
    arb: fc.record({ bill: fc.nat(), line: fc.nat(), qty: fc.integer({ min: 1, max: 5 }) }),
    async run(w: StockWorld, c: { bill: number; line: number; qty: number }) {
      const id = pick(w.purchases, c.bill);
      if (!id) return;
      const bill = await w.manager.call('purchasing.getBill', { id });
      const line = pick(bill.lines, c.line);
      if (line)
        await w.manager.call('purchasing.postReturn', {
          billId: id,
          lines: [{ batchId: line.batchId, qtyMilli: c.qty * 1000 }],
          reason: 'Property test return to supplier',
        });
    },
  },
  supplierPayment: {
    arb: fc.record({ supplier: fc.nat(), amountPaise: fc.integer({ min: 100, max: 300_000 }), from: fc.constantFrom('CASH', 'BANK', 'UPI_CLEARING') }),
    async run(w: StockWorld, c: { supplier: number; amountPaise: number; from: string }) {
      await w.manager.call('accounting.payment', { to: { supplierId: pick(SUPPLIERS, c.supplier) ?? SUPPLIERS[0] }, amountPaise: c.amountPaise, from: c.from });
    },
  },
  supplierExpense: {
    arb: fc.record({ supplier: fc.nat(), amountPaise: fc.integer({ min: 100, max: 100_000 }), igst: fc.boolean() }),
    async run(w: StockWorld, c: { supplier: number; amountPaise: number; igst: boolean }) {
      const half = Math.round((c.amountPaise * 9) / 100);
      await w.manager.call('accounting.expense', {
        account: 'FREIGHT',
        amountPaise: c.amountPaise,
        supplierId: pick(SUPPLIERS, c.supplier) ?? SUPPLIERS[0],
        tax: c.igst ? { igstPaise: 2 * half } : { cgstPaise: half, sgstPaise: half },
      });
    },
  },
  adjust: {
    arb: fc.record({
      product,
      qty: fc.integer({ min: -6, max: 6 }).filter((n) => n !== 0),
      reason: fc.constantFrom('damage', 'theft', 'expiry', 'count' as const),
    }),
    async run(w: StockWorld, c: { product: number; qty: number; reason: 'damage' | 'theft' | 'expiry' | 'count' }) {
      // losses write stock off; only a count can find more than the books say
      const qtyMilli = (c.reason === 'count' ? c.qty : -Math.abs(c.qty)) * 1000;
      await w.manager.call('inventory.adjust', {
        lines: [{ productId: pick(DEMO_PRODUCTS, c.product) ?? '', qtyMilli, reason: c.reason }],
        note: 'property test',
      });
    },
  },
  stockTake: {
    arb: fc.array(fc.record({ product, counted: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 4 }),
    async run(w: StockWorld, counts: Array<{ product: number; counted: number }>) {
      const take = await w.manager.call('inventory.openStockTake', { name: `Count ${++w.seq}` });
      const lines = [...new Map(counts.map((c) => [pick(DEMO_PRODUCTS, c.product) ?? '', c.counted * 1000])).entries()].map(([productId, countedMilli]) => ({
        productId,
        countedMilli,
      }));
      await w.manager.call('inventory.recordCounts', { id: take.id, lines });
      await w.manager.call('inventory.postStockTake', { id: take.id });
    },
  },
};

export const ALL_COMMANDS = { ...COMMANDS, ...STOCK_COMMANDS };
export type StockCommand = { [K in keyof typeof ALL_COMMANDS]: { kind: K; args: Parameters<(typeof ALL_COMMANDS)[K]['run']>[1] } }[keyof typeof ALL_COMMANDS];

const WEIGHTS: Partial<Record<keyof typeof ALL_COMMANDS, number>> = {
  sale: 5,
  purchase: 4,
  creditNote: 2,
  receipt: 2,
  purchaseReturn: 2,
  supplierPayment: 2,
  adjust: 2,
};

export const stockCommandArb: fc.Arbitrary<StockCommand> = fc.oneof(
  ...(Object.keys(ALL_COMMANDS) as Array<keyof typeof ALL_COMMANDS>).map((kind) => ({
    weight: WEIGHTS[kind] ?? 1,
    arbitrary: (ALL_COMMANDS[kind].arb as fc.Arbitrary<unknown>).map((args) => ({ kind, args }) as StockCommand),
  })),
);
