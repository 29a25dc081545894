import { z } from 'zod';
import { method } from '../define';
import { Id, IsoInstant } from '../schemas';
import { PrintState } from './billing';
import { PrinterConfig } from '../hardware';

export const PrintAttemptView = z.object({
  jobId: z.int(),
  copy: z.enum(['original', 'duplicate']),
  attempt: z.int(),
  startedAt: IsoInstant,
  ms: z.int(),
  outcome: z.enum(['printed', 'failed', 'partial']).describe('partial: the receipt may have come out cut short'),
  error: z.string().nullable(),
});

export const PrinterStatusView = z.object({
  online: z.boolean(),
  coverOpen: z.boolean(),
  paperOut: z.boolean(),
  paperNearEnd: z.boolean(),
  drawerSignal: z.boolean(),
  error: z.boolean(),
});

export const PrinterCheck = z.object({
  ok: z.boolean(),
  message: z.string(),
  /** null when the link is one-way (spooler, most USB devices) or the printer does not answer */
  status: PrinterStatusView.nullable(),
  ms: z.int(),
});

export const InvoicePdf = z.object({ fileName: z.string(), contentType: z.literal('application/pdf'), base64: z.string() });

export const ShareLink = z.object({
  text: z.string(),
  /** the PDF on this host, with a key that opens only this invoice; null outside the LAN host */
  pdfUrl: z.string().nullable(),
  whatsappUrl: z.string(),
  expiresAt: IsoInstant,
});

const PaperSize = z.enum(['A4', 'A5']).default('A4');

export const SlipPrint = z.object({
  status: z.enum(['printed', 'failed', 'disabled']).describe('disabled: no receipt printer is set up'),
  copy: z.enum(['original', 'duplicate']),
  error: z.string().nullable(),
});

export const printingApi = {
  'printing.reprint': method({
    summary: 'Print a bill’s receipt again, marked DUPLICATE if any copy came out before. Answers once the printer took it or failed.',
    access: 'staff',
    params: z.object({ invoiceId: Id }),
    result: PrintState,
    errors: ['NOT_FOUND'],
    example: { invoiceId: 'inv-0001' },
    changes: ['printing'],
  }),
  'printing.creditNote': method({
    summary:
      'Print a credit note on the receipt printer (58/80 mm) with the bill it is against; any later print of the same note says DUPLICATE. Answers once the printer took it or failed.',
    access: 'staff',
    params: z.object({ id: Id }),
    result: SlipPrint,
    errors: ['NOT_FOUND'],
    example: { id: 'cn-0001' },
    changes: ['printing'],
  }),
  'printing.attempts': method({
    summary: 'Every attempt to print a bill’s receipts, with its outcome and the printer’s message.',
    access: 'staff',
    params: z.object({ invoiceId: Id }),
    result: z.array(PrintAttemptView),
    errors: ['NOT_FOUND'],
    example: { invoiceId: 'inv-0001' },
    reads: ['printing'],
  }),
  'printing.testPrint': method({
    summary: 'Print a test page (ruler, styles, Hindi, QR, drawer) on the given printer settings, or the saved ones, without saving anything.',
    access: 'owner',
    params: z.object({ printer: PrinterConfig.optional() }),
    result: PrinterCheck,
    errors: ['INVALID_INPUT'],
    example: { printer: { kind: 'tcp', host: '192.168.1.50', port: 9100, width: 32 } },
  }),
  'printing.status': method({
    summary: 'Ask the receipt printer whether it is online, has paper and its cover closed (where it reports status).',
    access: 'staff',
    params: z.object({}),
    result: PrinterCheck,
    errors: ['INVALID_INPUT'],
    example: {},
    reads: ['shop'],
  }),
  'printing.invoicePdf': method({
    summary: 'The bill as an A4 or A5 GST tax invoice (or bill of supply) PDF, base64-encoded.',
    access: 'staff',
    params: z.object({ invoiceId: Id, size: PaperSize }),
    result: InvoicePdf,
    errors: ['NOT_FOUND'],
    example: { invoiceId: 'inv-0001', size: 'A5' },
    reads: ['billing', 'shop'],
  }),
  'printing.shareLink': method({
    summary: 'A WhatsApp link with the bill’s summary and, on the shop’s LAN, a link to its PDF that opens only this invoice (30 days).',
    access: 'staff',
    params: z.object({
      invoiceId: Id,
      phone: z
        .string()
        .regex(/^[6-9]\d{9}$/, '10-digit Indian mobile number')
        .optional(),
    }),
    result: ShareLink,
    errors: ['NOT_FOUND'],
    example: { invoiceId: 'inv-0001', phone: '9876543210' },
  }),
};
