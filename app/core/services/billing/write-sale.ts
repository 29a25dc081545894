import { postingsForSale } from '../../accounting/sale-postings';
import { settleTenders } from '../../billing/tenders';
import type { Params } from '../../contract/index';
import { gstSnapshotOf } from '../../gst/classes';
import { stockMovesForSale } from '../../inventory/sale-issue';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { NewInvoice } from './ports';
import type { Narrated } from '../../accounting/narration';
import type { PricedCart } from './price-cart';

/**
 * What a priced cart posts as, however the bill was made (at the counter or from a paper book):
 * the tenders settled, the balanced journal lines, the buyer's GST snapshot and the stock moves.
 * All of it is computed and proved before the transaction opens.
 */
export function saleOf({ customer, bill, issues }: PricedCart, tenders: Params<'billing.postInvoice'>['tenders']) {
  const payments = settleTenders(bill.totals.payable, tenders, customer !== null);
  return {
    payments,
    postings: postingsForSale(bill, payments, customer?.id ?? null),
    gst: gstSnapshotOf(customer, { supply: bill.supply, payablePaise: bill.totals.payable }),
    moves: stockMovesForSale(issues),
  };
}

export type Sale = ReturnType<typeof saleOf>;

/** The sale's own identity: its id and number, its dates, and the journal's words for it. */
export type SaleDocument = Pick<NewInvoice, 'id' | 'clientRef' | 'number' | 'fy' | 'date' | 'createdAt'> & {
  narration: Narrated;
  /** a bill handed over on paper is never printed */
  print: 'pending' | 'disabled';
};

/**
 * The rows every posted sale writes, inside the caller's transaction: the invoice, its stock
 * moves, its journal entry, the `invoice.posted` event and its print job; returns the invoice as
 * written, so the counter can reply with it without reading it back.
 */
export function writeSale(deps: ServiceDeps, ctx: CallContext, doc: SaleDocument, { customer, bill }: PricedCart, sale: Sale): NewInvoice {
  const { store, ids } = deps;
  const { id, number, date, createdAt } = doc;
  const invoice: NewInvoice = {
    id,
    clientRef: doc.clientRef,
    number,
    fy: doc.fy,
    date,
    createdAt,
    userId: ctx.user.id,
    deviceId: ctx.device.id,
    customerId: customer?.id ?? null,
    gst: sale.gst,
    bill,
    payments: sale.payments,
  };
  store.billing.insert(invoice);
  store.stock.insert(sale.moves, { refType: 'invoice', refId: id, at: createdAt });
  store.journal.insert(
    { id: ids.newId('je'), date, voucherType: 'sales', refType: 'invoice', refId: id, ...doc.narration, reversesId: null, createdAt },
    sale.postings,
  );
  store.outbox.append({
    id: ids.newId('evt'),
    at: createdAt,
    topic: 'invoice.posted',
    payload: { invoiceId: id, number, date, payablePaise: bill.totals.payable },
  });
  store.printJobs.create({ invoiceId: id, copy: 'original', createdAt, status: doc.print });
  return invoice;
}
