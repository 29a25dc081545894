import { z } from 'zod';
import { method } from '../define';
import { AmountPaise, Id, IsoDate, NonNegPaise, Paise } from '../schemas';
import { CustomerView } from './customers';
import { InvoicePdf } from './printing';
import { VoucherView } from './accounting/vouchers';

export const PartyType = z.enum(['customer', 'supplier']);

export const KhataCustomer = z.object({
  customerId: Id,
  name: z.string(),
  phone: z.string(),
  /** what the customer owes now; negative is an advance */
  balancePaise: Paise,
  creditLimitPaise: NonNegPaise,
  lastDate: IsoDate.nullable(),
});

export const LedgerRow = z.object({
  date: IsoDate,
  entryId: Id,
  voucherType: z.string(),
  number: z.string().nullable(),
  narration: z.string(),
  /** the other accounts of the entry, as a ledger's "particulars" column */
  particulars: z.string(),
  debitPaise: Paise,
  creditPaise: Paise,
  /** running balance, debit positive */
  balancePaise: Paise,
});

export const PartyLedger = z.object({
  party: z.object({ type: PartyType, id: Id, name: z.string(), phone: z.string(), gstin: z.string().nullable() }),
  from: IsoDate,
  to: IsoDate,
  openingPaise: Paise,
  rows: z.array(LedgerRow),
  closingPaise: Paise,
});

export const AgeingRow = z.object({
  partyId: Id,
  name: z.string(),
  phone: z.string(),
  balancePaise: Paise,
  advancePaise: NonNegPaise,
  d0_30: Paise,
  d31_60: Paise,
  d61_90: Paise,
  d90_plus: Paise,
  oldestDue: IsoDate.nullable(),
});

export const CreditCheckView = z.object({
  balancePaise: Paise,
  limitPaise: NonNegPaise,
  afterPaise: Paise,
  overByPaise: NonNegPaise,
  policy: z.enum(['warn', 'block']),
  message: z.string().nullable(),
});

const Customer = z.object({ customerId: Id });

/** A read of one customer's (or supplier's) account over a period: the ledger, and the statement made from it. */
const onPartyPeriod = <R extends z.ZodType>(summary: string, result: R) =>
  method({
    summary,
    access: 'staff',
    params: z.object({
      partyType: PartyType.default('customer'),
      partyId: Id,
      from: IsoDate.optional().describe('defaults to the start of the financial year'),
      to: IsoDate.optional().describe('defaults to today'),
    }),
    result,
    errors: ['NOT_FOUND'],
    example: { partyId: 'cust-0001' },
    reads: ['accounting', 'customers'],
  });

export const khataApi = {
  'khata.customers': method({
    summary: 'Customers with their khata balance, most owed first (or matching a name or phone).',
    access: 'staff',
    params: z.object({ q: z.string().max(60).default(''), dueOnly: z.boolean().default(false), limit: z.int().min(1).max(1000).default(100) }),
    result: z.array(KhataCustomer),
    errors: [],
    example: { dueOnly: true },
    reads: ['accounting', 'customers'],
  }),
  'khata.ledger': onPartyPeriod(
    'A customer’s khata (or a supplier’s account): opening balance, every bill, return and payment with a running balance, closing balance.',
    PartyLedger,
  ),
  'khata.receive': method({
    summary: 'A customer pays against khata: a receipt voucher. More than the dues is kept as an advance, not refused.',
    access: 'staff',
    params: z.object({
      clientRef: z.string().min(8).max(64).optional(),
      customerId: Id,
      amountPaise: AmountPaise.min(1),
      method: z.enum(['cash', 'upi', 'card', 'bank']),
      reference: z.string().trim().max(60).default(''),
      narration: z.string().trim().max(200).default(''),
      date: IsoDate.optional(),
    }),
    result: z.object({ voucher: VoucherView, balanceBeforePaise: Paise, balanceAfterPaise: Paise, advancePaise: NonNegPaise }),
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { customerId: 'cust-0001', amountPaise: 50000, method: 'upi', reference: '431122334455' },
    changes: ['accounting'],
  }),
  'khata.ageing': method({
    summary: 'Who owes how much and for how long (0–30, 31–60, 61–90, 90+ days; payments settle the oldest bills first), for customers or suppliers.',
    access: 'manager',
    params: z.object({ partyType: PartyType.default('customer'), asOf: IsoDate.optional().describe('defaults to today') }),
    result: z.object({ asOf: IsoDate, rows: z.array(AgeingRow), totals: AgeingRow.omit({ partyId: true, name: true, phone: true, oldestDue: true }) }),
    errors: [],
    example: { partyType: 'customer' },
    reads: ['accounting', 'customers'],
  }),
  'khata.reminder': method({
    summary:
      'A reminder for what a customer owes, with a link to the shop’s pay page (QR and a tap-to-pay UPI button for exactly that amount), ready for WhatsApp (wa.me) or SMS.',
    access: 'staff',
    params: Customer.extend({ lang: z.enum(['en', 'hi']).default('en') }),
    result: z.object({
      duePaise: Paise,
      text: z.string(),
      upiLink: z.string().nullable(),
      payPageUrl: z
        .string()
        .nullable()
        .describe(
          'the shop’s pay page for this reminder (QR and tap-to-pay), opened by its own key until it expires; null when the host has no network address',
        ),
      whatsappUrl: z.string(),
      smsUrl: z.string(),
    }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { customerId: 'cust-0002', lang: 'hi' },
    reads: ['accounting', 'customers'],
  }),
  'khata.statementPdf': onPartyPeriod('A customer’s (or supplier’s) statement for a period as a PDF the owner can share.', InvoicePdf),
  'khata.setCreditLimit': method({
    summary: 'Set how much a customer may owe on khata (0: no limit).',
    access: 'manager',
    params: Customer.extend({ creditLimitPaise: AmountPaise }),
    result: CustomerView,
    errors: ['NOT_FOUND'],
    example: { customerId: 'cust-0001', creditLimitPaise: 800000 },
    changes: ['customers'],
  }),
  'khata.creditCheck': method({
    summary: 'What putting an amount on a customer’s khata would do to the credit limit (the counter shows it before posting; posting checks again).',
    access: 'staff',
    params: Customer.extend({ amountPaise: AmountPaise }),
    result: CreditCheckView,
    errors: ['NOT_FOUND'],
    example: { customerId: 'cust-0002', amountPaise: 250000 },
    reads: ['accounting', 'customers', 'shop'],
  }),
  'khata.suppliers': method({
    summary: 'Suppliers the shop owes (sundry creditors), most owed first.',
    access: 'manager',
    params: z.object({}),
    result: z.array(z.object({ supplierId: Id, name: z.string(), phone: z.string(), balancePaise: Paise, lastDate: IsoDate.nullable() })),
    errors: [],
    example: {},
    reads: ['accounting'],
  }),
};
