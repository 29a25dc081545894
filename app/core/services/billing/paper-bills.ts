import { assertOpenPeriod } from '../../accounting/period';
import { isMessage, planPaperBook, readPaperNumber } from '../../billing/paper-books';
import { financialYearOf, localDate } from '../../calendar/fy';
import type { Params } from '../../contract/index';
import { formatDate } from '../../format/date';
import { fail, failWith } from '../../i18n/fail';
import { found } from '../guards';
import type { AreaHandlers, CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import { priceCart } from './price-cart';
import { saleOf, writeSale, type SaleDocument } from './write-sale';
import type { Invoice, PaperBookRow } from './ports';
import { narrate } from '../../accounting/narration';

const bookView = (b: PaperBookRow) => ({
  id: b.id,
  name: b.name,
  prefix: b.prefix,
  width: b.width,
  bills: b.bills,
  lastNumber: b.lastSeq === null ? null : `${b.prefix}/${String(b.lastSeq).padStart(b.width, '0')}`,
});

function addPaperBook(deps: ServiceDeps, p: Params<'billing.addPaperBook'>, ctx: CallContext) {
  const { store, ids, clock } = deps;
  const { numbering } = store.shop.get();
  const shopPrefixes = [numbering.sale?.prefix, numbering.creditNote?.prefix].filter((x): x is string => x !== undefined);
  const id = ids.newId('pbook');
  store.transaction(() => {
    const plan = planPaperBook(p, { deviceCodes: store.paperBills.deviceCodes(), shopPrefixes, bookPrefixes: store.paperBills.prefixes() });
    if (isMessage(plan)) failWith('INVALID_INPUT', plan);
    if (store.paperBills.nameTaken(plan.name)) fail('DUPLICATE', 'billing.paperBookNameTaken', { name: plan.name });
    const createdAt = clock.now().toISOString();
    store.paperBills.addBook({ id, name: plan.name, ...plan.book, createdAt, createdBy: ctx.user.id });
    store.audit.append({
      at: createdAt,
      userId: ctx.user.id,
      action: 'billing.addPaperBook',
      entity: 'paper_book',
      entityId: id,
      before: null,
      after: { name: plan.name, ...plan.book },
    });
  });
  return bookView(found(store.paperBills.book(id), 'Invoice'));
}

/**
 * billing.enterPaperBill: a bill the shop wrote by hand, posted as the counter posts one (prices
 * and GST rates of its own date, stock, a balanced journal, GSTR-1) under the book's number, and
 * audited as entered late. The sale has happened: the khata's credit limit is not checked again.
 */
export function enterPaperBill(deps: ServiceDeps, p: Params<'billing.enterPaperBill'>, ctx: CallContext): Invoice {
  const { store, clock, ids } = deps;
  const retried = store.billing.idByClientRef(p.clientRef);
  if (retried) return found(store.billing.view(retried), 'Invoice');
  const book = store.paperBills.book(p.bookId);
  if (!book) fail('NOT_FOUND', 'billing.paperBookMissing');
  const read = readPaperNumber(book, p.number);
  if (isMessage(read)) failWith('INVALID_INPUT', read);
  const now = clock.now();
  if (p.date > localDate(now)) fail('INVALID_INPUT', 'billing.paperDateFuture', { date: formatDate(p.date) });
  assertOpenPeriod(p.date, store.accountingSettings.get().closedUpto);

  const priced = priceCart(deps, p, ctx, p.date);
  const { shop, bill } = priced;
  const sale = saleOf(priced, p.tenders);
  const fy = financialYearOf(p.date, shop.fyStartMonth);
  const createdAt = now.toISOString();
  const id = ids.newId('inv');
  const { number, seq } = read;

  const posted = store.transaction(() => {
    const raced = store.billing.idByClientRef(p.clientRef);
    if (raced) return raced;
    if (store.paperBills.seqTaken(book.id, seq) || store.series.numberTaken(fy.short, number)) fail('DUPLICATE', 'billing.paperNumberUsed', { number });
    const doc: SaleDocument = {
      id,
      clientRef: p.clientRef,
      number,
      fy: fy.short,
      date: p.date,
      createdAt,
      narration: narrate('narration.salePaper', { number }),
      // The customer took the paper bill home: nothing is printed.
      print: 'disabled',
    };
    writeSale(deps, ctx, doc, priced, sale);
    store.paperBills.addBill({ invoiceId: id, bookId: book.id, seq, enteredAt: createdAt, enteredBy: ctx.user.id });
    store.audit.append({
      at: createdAt,
      userId: ctx.user.id,
      action: 'billing.enterPaperBill',
      entity: 'invoice',
      entityId: id,
      before: null,
      after: { number, date: p.date, book: book.name, enteredLate: true, payablePaise: bill.totals.payable, lines: bill.lines.length },
    });
    return id;
  });
  return found(store.billing.view(posted), 'Invoice');
}

export const paperBillHandlers = {
  'billing.paperBooks': (deps) => deps.store.paperBills.books().map(bookView),
  'billing.addPaperBook': addPaperBook,
  'billing.enterPaperBill': enterPaperBill,
  'billing.paperBills': (deps, p) => deps.store.paperBills.bills(p.limit),
} satisfies Partial<AreaHandlers<'billing'>>;
