import { z } from 'zod';
import { method } from '../define';
import { AmountPaise, IsoInstant, LineQtyMilli, NonNegPaise, Unit } from '../schemas';

/** What the customer-facing screen (a second window, a tablet, a pole display) shows. */
export const DisplayLine = z.object({
  name: z.string().max(120),
  nameHi: z.string().max(120).nullable(),
  qtyMilli: LineQtyMilli,
  unit: Unit,
  amountPaise: AmountPaise,
});

export const DisplayState = z.object({
  deviceCode: z.string(),
  shopName: z.string(),
  stage: z.enum(['idle', 'cart', 'payment', 'done']),
  lines: z.array(DisplayLine),
  itemCount: z.int(),
  payablePaise: NonNegPaise,
  changePaise: NonNegPaise,
  /** at payment time: the UPI link (QR) for the amount to pay by UPI */
  upi: z.object({ link: z.string(), amountPaise: NonNegPaise, vpa: z.string() }).nullable(),
  at: IsoInstant,
});

export const displayApi = {
  'display.publish': method({
    summary:
      'The counter shows its open bill to the customer: lines and total, and at payment the UPI QR for the amount (built by the host from the shop’s UPI id).',
    access: 'staff',
    params: z.object({
      stage: z.enum(['idle', 'cart', 'payment', 'done']),
      lines: z.array(DisplayLine).max(500).default([]),
      payablePaise: AmountPaise.default(0),
      upiAmountPaise: AmountPaise.default(0).describe('at payment: what the customer pays by UPI (0: no QR)'),
      changePaise: AmountPaise.default(0),
    }),
    result: DisplayState,
    errors: ['INVALID_INPUT'],
    example: {
      stage: 'payment',
      lines: [{ name: 'Tata Salt 1kg', nameHi: 'टाटा नमक', qtyMilli: 2000, unit: 'pcs', amountPaise: 5600 }],
      payablePaise: 5600,
      upiAmountPaise: 5600,
    },
  }),
  'display.current': method({
    summary: 'What a counter’s customer display shows now (for a display that opens late); the latest counter when none is named.',
    access: 'staff',
    params: z.object({ deviceCode: z.string().max(8).optional() }),
    result: DisplayState.nullable(),
    errors: [],
    example: { deviceCode: 'C1' },
  }),
};
