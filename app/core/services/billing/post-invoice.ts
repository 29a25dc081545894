import { assertOpenPeriod } from '../../accounting/period';
import { postingsForSale } from '../../accounting/sale-postings';
import { takeDocNumber } from '../shop/numbers';
import { settleTenders } from '../../billing/tenders';
import { financialYearOf, localDate } from '../../calendar/fy';
import type { Params } from '../../contract/index';
import { gstSnapshotOf } from '../../gst/classes';
import { isSmallB2cBill } from '../../gst/consolidate';
import { stockMovesForSale } from '../../inventory/sale-issue';
import { checkCredit, enforceCredit } from '../../khata/credit-limit';
import { found } from '../guards';
import { priceCart } from './price-cart';
import type { ServiceCharge } from '../../billing/service-charge';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { Invoice } from './ports';
import { narrate } from '../../accounting/narration';

/**
 * billing.postInvoice: everything is computed and proved (prices, tax, balanced journal, stock
 * moves) before the database is touched; then one transaction writes it all. Tax invoices and
 * bills of supply share the 'sale' counter (one number format), so a shop that turns
 * composition mid-year never reuses a number.
 */
export function postInvoice(deps: ServiceDeps, p: Params<'billing.postInvoice'>, ctx: CallContext, charges: readonly ServiceCharge[] = []): Invoice {
  const { store, clock, ids } = deps;
  const retried = store.billing.idByClientRef(p.clientRef);
  if (retried) return found(store.billing.view(retried), 'Invoice');

  const { shop, customer, bill, issues } = priceCart(deps, p, ctx, undefined, charges);
  const payments = settleTenders(bill.totals.payable, p.tenders, customer !== null);
  const postings = postingsForSale(bill, payments, customer?.id ?? null);
  const gst = gstSnapshotOf(customer, { supply: bill.supply, payablePaise: bill.totals.payable });
  const moves = stockMovesForSale(issues);

  const now = clock.now();
  const createdAt = now.toISOString();
  const date = localDate(now);
  const fy = financialYearOf(date, shop.fyStartMonth);
  // The books' rules at the counter: no bill into a closed period; khata within the credit limit.
  const books = store.accountingSettings.get();
  assertOpenPeriod(date, books.closedUpto);
  const onKhata = payments.reduce((s, pay) => s + (pay.method === 'credit' ? pay.amountPaise : 0), 0);
  // A small walk-in bill gets a slip number when the shop issues a consolidated invoice each day (s.31(3)(b)).
  const small =
    books.consolidateSmallB2c &&
    isSmallB2cBill({ payablePaise: bill.totals.payable, hasCustomer: customer !== null, supply: bill.supply, docType: bill.docType });
  const kind = small ? 'small_bill' : 'sale';
  const id = ids.newId('inv');
  const printing = shop.printer.kind === 'none' ? 'disabled' : 'pending';

  const posted = store.transaction(() => {
    const raced = store.billing.idByClientRef(p.clientRef);
    if (raced) return raced; // raced with an identical retry: keep the first
    // Inside the transaction, so two counters cannot both pass the limit on the same dues.
    if (customer && onKhata > 0)
      enforceCredit(
        checkCredit(store.journal.balance('DEBTORS', customer.id), customer.creditLimitPaise, onKhata, books.creditPolicy, customer.name),
        p.creditLimitAck,
        customer.name,
      );
    const number = takeDocNumber(deps, ctx.device.code, kind, fy.short);
    store.billing.insert({
      id,
      clientRef: p.clientRef,
      number,
      fy: fy.short,
      date,
      createdAt,
      userId: ctx.user.id,
      deviceId: ctx.device.id,
      customerId: customer?.id ?? null,
      gst,
      bill,
      payments,
    });
    store.stock.insert(moves, { refType: 'invoice', refId: id, at: createdAt });
    store.journal.insert(
      { id: ids.newId('je'), date, voucherType: 'sales', refType: 'invoice', refId: id, ...narrate('narration.sale', { number }), reversesId: null, createdAt },
      postings,
    );
    store.audit.append({
      at: createdAt,
      userId: ctx.user.id,
      action: 'billing.postInvoice',
      entity: 'invoice',
      entityId: id,
      before: null,
      after: { number, payablePaise: bill.totals.payable, lines: bill.lines.length },
    });
    store.outbox.append({
      id: ids.newId('evt'),
      at: createdAt,
      topic: 'invoice.posted',
      payload: { invoiceId: id, number, date, payablePaise: bill.totals.payable },
    });
    store.printJobs.create({ invoiceId: id, copy: 'original', createdAt, status: printing });
    return id;
  });

  if (posted === id && printing === 'pending') deps.printer.wake(id);
  return found(store.billing.view(posted), 'Invoice');
}
