import { lineInPaise, totalsInPaise } from '../../billing/pricing';
import type { CallContext } from '../handler';
import type { Invoice, NewInvoice } from './ports';

/**
 * The bill as billing.view would read it back, made from what the transaction just wrote, so the
 * counter's reply costs no second round of reads. Only for a bill this call wrote: a retried or
 * raced one is read back as stored. tests/billing/posted-view.test.ts holds it equal to the read.
 */
export function postedInvoiceView(inv: NewInvoice, who: { ctx: CallContext; customerPhone: string | null }, printStatus: 'pending' | 'disabled'): Invoice {
  const { bill, gst } = inv;
  const buyer = gst.buyer;
  return {
    id: inv.id,
    number: inv.number,
    date: inv.date,
    createdAt: inv.createdAt,
    docType: bill.docType,
    status: 'posted',
    supply: bill.supply,
    placeOfSupply: bill.placeOfSupply,
    customer:
      inv.customerId === null
        ? null
        : { id: inv.customerId, name: buyer?.name ?? '', phone: who.customerPhone ?? '', gstin: buyer?.gstin ?? null, stateCode: buyer?.stateCode ?? null },
    cashier: { id: who.ctx.user.id, name: who.ctx.user.name },
    deviceCode: who.ctx.device.code,
    lines: bill.lines.map(lineInPaise),
    payments: inv.payments.map((p) => ({
      method: p.method,
      amountPaise: p.amountPaise,
      tenderedPaise: p.tenderedPaise,
      changePaise: p.changePaise,
      reference: p.reference,
    })),
    totals: totalsInPaise(bill.totals),
    cancellation: null,
    print: { status: printStatus, error: null, attempts: 0 },
  };
}
