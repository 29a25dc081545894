import { z } from 'zod';
import { method } from '../define';
import { Id, IsoInstant, Paise, QtyMilli } from '../schemas';

export const StockMoveView = z.object({
  id: z.int(),
  productId: Id,
  qtyMilli: QtyMilli,
  valuePaise: Paise,
  kind: z.string(),
  refType: z.string(),
  refId: z.string(),
  at: IsoInstant,
});

export const inventoryApi = {
  'inventory.movesFor': method({
    summary: 'Stock moves written by one document (e.g. a bill).',
    access: 'staff',
    params: z.object({ refId: Id.describe('the document’s id, e.g. an invoice id') }),
    result: z.array(StockMoveView),
    errors: [],
    example: { refId: 'inv-0001' },
    reads: ['stock'],
  }),
  'inventory.onHand': method({
    summary: 'Stock on hand of products: the sum of their stock moves.',
    access: 'staff',
    params: z.object({ productIds: z.array(Id).min(1).max(500) }),
    result: z.array(z.object({ productId: Id, qtyMilli: QtyMilli })),
    errors: [],
    example: { productIds: ['prod-demo-001', 'prod-demo-005'] },
    reads: ['stock'],
  }),
};
