import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, IsoInstant, Paise } from '../schemas';
import { BILL_ERRORS, CartParams, InvoiceView, TenderInputSchema } from './billing';

/** A book of bills written by hand: its own series, apart from every counter's and the shop's. */
export const PaperBookView = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string().describe('the series as the book prints it, e.g. PB-A; a bill is numbered <prefix>/<number>'),
  width: z.int().describe('how many digits the book prints (001 → 3)'),
  bills: z.int().min(0),
  lastNumber: z.string().nullable().describe('the highest number entered from this book'),
});

export const PaperBillSummary = z.object({
  invoiceId: Id,
  number: z.string(),
  date: IsoDate,
  bookName: z.string(),
  customerName: z.string().nullable(),
  payablePaise: Paise,
  status: z.enum(['posted', 'cancelled']),
  enteredAt: IsoInstant,
  enteredBy: z.string(),
});

export const paperBillsApi = {
  'billing.paperBooks': method({
    summary: 'The paper bill books the shop writes bills in, with how many bills of each were entered and the last number.',
    access: 'manager',
    params: z.object({}),
    result: z.array(PaperBookView),
    errors: [],
    example: {},
    reads: ['billing'],
  }),
  'billing.addPaperBook': method({
    summary:
      'Start a paper bill book: its name, its series prefix (letters, digits, - and /; never a counter’s series or the shop’s own) and its first number as printed (001 → three digits).',
    access: 'manager',
    params: z.object({
      name: z.string().trim().max(60),
      prefix: z.string().trim().max(14),
      firstNumber: z.string().trim().max(10).describe('the first number printed in the book, as printed'),
    }),
    result: PaperBookView,
    errors: ['INVALID_INPUT', 'DUPLICATE'],
    example: { name: 'Paper book A', prefix: 'PB-A', firstNumber: '001' },
    changes: ['billing'],
  }),
  'billing.enterPaperBill': method({
    summary:
      'Enter a bill written by hand (after a power cut or a day on paper): its date (an open period, not in the future) and its number in a paper book; priced, taxed, stocked and posted like a counter bill, audited as entered late.',
    access: 'manager',
    params: CartParams.extend({
      clientRef: z.string().min(8).max(64).describe('idempotency key the client makes once per bill'),
      bookId: Id,
      number: z.string().trim().max(10).describe('the bill’s number in the book, as written (37 or 037)'),
      date: IsoDate.describe('the date written on the bill'),
      tenders: z.array(TenderInputSchema).max(8),
    }),
    result: InvoiceView,
    errors: [...BILL_ERRORS, 'INVALID_INPUT', 'PERIOD_CLOSED', 'DUPLICATE'],
    example: {
      clientRef: 'paper-2026-11-23-0037',
      bookId: 'pbook-0001',
      number: '037',
      date: '2026-11-23',
      lines: [{ productId: 'prod-demo-001', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 28500 }],
    },
    changes: ['billing', 'inventory', 'accounting', 'printing', 'gst'],
  }),
  'billing.paperBills': method({
    summary: 'Bills entered from paper books, newest entered first.',
    access: 'manager',
    params: z.object({ limit: z.int().min(1).max(500).default(100) }),
    result: z.array(PaperBillSummary),
    errors: [],
    example: {},
    reads: ['billing'],
  }),
};
