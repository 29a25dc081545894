import { assertOpenPeriod } from '../../accounting/period';
import { takeDocNumber } from '../shop/numbers';
import { financialYearOf, localDate } from '../../calendar/fy';
import type { Params } from '../../contract/index';
import { isSmallB2cBill } from '../../gst/consolidate';
import { checkCredit, enforceCredit } from '../../khata/credit-limit';
import { found } from '../guards';
import { priceCart } from './price-cart';
import { saleOf, writeSale } from './write-sale';
import type { ServiceCharge } from '../../billing/service-charge';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { Invoice } from './ports';
import { postedInvoiceView } from './posted-view';
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

  const now = clock.now();
  const createdAt = now.toISOString();
  const date = localDate(now);
  // Priced as on the bill's own date (the GST rates in force that day).
  const priced = priceCart(deps, p, ctx, date, charges);
  const { shop, customer, bill } = priced;
  const sale = saleOf(priced, p.tenders);

  const fy = financialYearOf(date, shop.fyStartMonth);
  // The books' rules at the counter: no bill into a closed period; khata within the credit limit.
  const books = store.accountingSettings.get();
  assertOpenPeriod(date, books.closedUpto);
  const onKhata = sale.payments.reduce((s, pay) => s + (pay.method === 'credit' ? pay.amountPaise : 0), 0);
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
    const doc = writeSale(
      deps,
      ctx,
      { id, clientRef: p.clientRef, number, fy: fy.short, date, createdAt, narration: narrate('narration.sale', { number }), print: printing },
      priced,
      sale,
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
    return doc;
  });

  if (typeof posted === 'string') return found(store.billing.view(posted), 'Invoice');
  // Made before the printer wakes: the reply shows the job as queued, as a read at this moment would.
  const view = postedInvoiceView(posted, { ctx, customerPhone: customer?.phone ?? null }, printing);
  if (printing === 'pending') deps.printer.wake(id);
  return view;
}
