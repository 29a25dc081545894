import { z } from 'zod';
import { method } from '../define';
import { Id, IsoInstant, Paise, QtyMilli } from '../schemas';

export const StockTakeView = z.object({
  id: Id,
  name: z.string(),
  status: z.enum(['open', 'posted', 'cancelled']),
  createdAt: IsoInstant,
  postedAt: IsoInstant.nullable(),
  lines: z.array(
    z.object({
      productId: Id,
      name: z.string(),
      unit: z.string(),
      bookMilli: QtyMilli.describe('stock on hand in the books now (at posting, for a posted take)'),
      countedMilli: QtyMilli,
      varianceMilli: QtyMilli,
      countedBy: z.string(),
    }),
  ),
});

export const stockTakeApi = {
  'inventory.openStockTake': method({
    summary: 'Open a count sheet; staff on the counter PC or a tablet then record what they count.',
    access: 'manager',
    params: z.object({ name: z.string().trim().min(1).max(80) }),
    result: StockTakeView,
    errors: [],
    example: { name: 'Shelf A — biscuits' },
    changes: ['stock'],
  }),
  'inventory.stockTakes': method({
    summary: 'Stock takes, newest first.',
    access: 'staff',
    params: z.object({ status: z.enum(['open', 'posted', 'cancelled']).optional() }),
    result: z.array(z.object({ id: Id, name: z.string(), status: z.enum(['open', 'posted', 'cancelled']), createdAt: IsoInstant, lines: z.int() })),
    errors: [],
    example: { status: 'open' },
    reads: ['stock'],
  }),
  'inventory.getStockTake': method({
    summary: 'A count sheet with what the books say, what was counted, and the difference.',
    access: 'staff',
    params: z.object({ id: Id }),
    result: StockTakeView,
    errors: ['NOT_FOUND'],
    example: { id: 'take-0001' },
    reads: ['stock'],
  }),
  'inventory.recordCounts': method({
    summary: 'Record counted quantities on an open sheet (a recount of a product replaces its count).',
    access: 'staff',
    params: z.object({
      id: Id,
      lines: z
        .array(z.object({ productId: Id, countedMilli: z.int().min(0) }))
        .min(1)
        .max(5000),
    }),
    result: z.object({ id: Id, lines: z.int() }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: {
      id: 'take-0001',
      lines: [
        { productId: 'prod-demo-014', countedMilli: 98000 },
        { productId: 'prod-demo-025', countedMilli: 50000 },
      ],
    },
    changes: ['stock'],
  }),
  'inventory.postStockTake': method({
    summary: 'Post a count sheet: every variance becomes a stock adjustment (reason count) and one journal entry, in one transaction.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: z.object({ id: Id, adjustedLines: z.int(), valueChangePaise: Paise }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { id: 'take-0001' },
    changes: ['stock', 'ledger'],
  }),
};
