import { z } from 'zod';
import { method } from '../define';
import { AmountPaise, Id, IsoInstant, LineQtyMilli, NonNegPaise, PricePaise } from '../schemas';
import { CounterProduct } from './catalog/products';
import { CustomerView } from './customers';

/** An open bill as the counter keeps it, put on hold on the host so any device of the shop can take it up. */
export const HeldBillContent = z.object({
  clientRef: z.string().min(8).max(64).describe('the bill’s idempotency key, kept so a resumed bill posts once'),
  items: z
    .array(
      z.object({
        // The product and customer as the counter showed them, with the same bounds as any price sent.
        product: CounterProduct.extend({ pricePaise: PricePaise, mrpPaise: PricePaise.nullable() }),
        qtyMilli: LineQtyMilli.positive(),
        unitPricePaise: PricePaise.optional(),
        discountPaise: PricePaise.optional(),
      }),
    )
    .min(1)
    .max(500),
  customer: CustomerView.extend({ creditLimitPaise: AmountPaise }).nullable(),
  billDiscountPaise: AmountPaise,
  openedAt: IsoInstant.describe('when the bill was started'),
});

export const HeldBillSummary = z.object({
  id: Id,
  heldAt: IsoInstant,
  userName: z.string(),
  deviceCode: z.string(),
  customerName: z.string().nullable(),
  itemCount: z.int(),
  payablePaise: NonNegPaise,
});

export const heldBillsApi = {
  'billing.holdBill': method({
    summary: 'Put an open bill on hold on the host: every device of the shop sees it and anyone at a counter can resume it.',
    access: 'staff',
    params: HeldBillContent.extend({ payablePaise: AmountPaise.describe('the bill’s total as last quoted, shown in the list') }),
    result: HeldBillSummary,
    errors: ['INVALID_INPUT'],
    example: {
      clientRef: '6f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a10',
      items: [
        {
          product: {
            id: 'prod-demo-001',
            name: 'Aashirvaad Atta 5kg',
            nameHi: null,
            barcodes: [],
            unit: 'pcs',
            loose: false,
            pricePaise: 28500,
            mrpPaise: 29500,
          },
          qtyMilli: 1000,
        },
      ],
      customer: null,
      billDiscountPaise: 0,
      openedAt: '2026-11-24T05:20:00.000Z',
      payablePaise: 28500,
    },
    changes: ['billing'],
  }),
  'billing.heldBills': method({
    summary: 'The bills on hold in the shop, oldest first.',
    access: 'staff',
    params: z.object({}),
    result: z.array(HeldBillSummary),
    errors: [],
    example: {},
    reads: ['billing'],
  }),
  'billing.resumeHeld': method({
    summary: 'Take a held bill back to a counter: it leaves the list at once, so two devices never bill it twice.',
    access: 'staff',
    params: z.object({ id: Id }),
    result: HeldBillContent,
    errors: ['NOT_FOUND'],
    example: { id: 'held-0001' },
    changes: ['billing'],
  }),
};
