import { and, asc, eq, gt, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { BillRecord, CashierAction, PricedProduct, RegisterClose, SaleLine, ShopHistory, StockCountLine } from '../../../app/core/insights';
import { dayOfIso, isoOfDay } from '../../../app/core/insights/ist';
import {
  batches,
  batchStock,
  cashRegisters,
  creditNotes,
  customers,
  invoiceLines,
  invoices,
  products,
  productSalesDaily,
  stockLevels,
  stockMoves,
  stockTakeLines,
  stockTakes,
  users,
} from '../../schema';
import { pick, sumOf, type RepoContext } from '../context';

const instant = (iso: string) => Date.parse(iso);
/** days of bills read at once: a busy week is about 2,000 bills, a few tens of milliseconds */
const SLICE_DAYS = 7;

/**
 * The shop's history for the insights job, read from the books on the worker's read-only
 * connection: bills with their lines (from `from`, a business date), what cashiers did that moves
 * money away from a plain sale (cancellations, discounts, returns), drawer closes, and stock-take
 * counts against the books. Voided lines and price overrides are not kept by the books, so their
 * rules have nothing to read here.
 */
export function createHistoryLoader({ orm }: RepoContext) {
  /** One slice of the bills, [from, before): heads by time, each with its lines in order. */
  function slice(from: string, before: string) {
    const span = and(gte(invoices.date, from), lt(invoices.date, before));
    const heads = orm
      .select({
        id: invoices.id,
        createdAt: invoices.createdAt,
        userId: invoices.userId,
        customerId: invoices.customerId,
        payablePaise: invoices.payablePaise,
        discountPaise: invoices.discountPaise,
        status: invoices.status,
        cancelledAt: invoices.cancelledAt,
        cancelledBy: invoices.cancelledBy,
      })
      .from(invoices)
      .where(span)
      .orderBy(asc(invoices.createdAt))
      .all();
    const lines = new Map<string, SaleLine[]>();
    const rows = orm
      .select({
        invoiceId: invoiceLines.invoiceId,
        productId: invoiceLines.productId,
        qtyMilli: invoiceLines.qtyMilli,
        amountPaise: invoiceLines.taxablePaise,
        costPaise: invoiceLines.costPaise,
      })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .where(span)
      .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.lineNo))
      .all();
    for (const { invoiceId, ...line } of rows) {
      const list = lines.get(invoiceId);
      if (list) list.push(line);
      else lines.set(invoiceId, [line]);
    }
    return heads.map((h) => ({ ...h, lines: lines.get(h.id) ?? [] }));
  }

  /**
   * The bills from `from`, read a week at a time with `pause` between the weeks, so the counter's
   * bills are never held behind one long read of two years.
   */
  function readHeads(from: string, pause: () => void) {
    const span = orm
      .select({ first: sql<string | null>`min(${invoices.date})`, last: sql<string | null>`max(${invoices.date})` })
      .from(invoices)
      .where(gte(invoices.date, from))
      .get();
    const heads: ReturnType<typeof slice> = [];
    const last = span?.last ?? null;
    for (let day = dayOfIso(span?.first ?? from); last !== null && isoOfDay(day) <= last; day += SLICE_DAYS) {
      pause();
      for (const h of slice(isoOfDay(day), isoOfDay(day + SLICE_DAYS))) heads.push(h);
    }
    // A bill entered later for an earlier day (a paper bill) keeps its place by the time it was made.
    let ordered = true;
    for (let i = 1; i < heads.length && ordered; i++) ordered = (heads[i - 1]?.createdAt ?? '') <= (heads[i]?.createdAt ?? '');
    if (!ordered) heads.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    return heads;
  }

  function bills(from: string, pause: () => void): { bills: BillRecord[]; actions: CashierAction[] } {
    const heads = readHeads(from, pause);
    const actions: CashierAction[] = [];
    const out = heads.map((h): BillRecord => {
      const at = instant(h.createdAt);
      if (h.discountPaise > 0) actions.push({ at, cashierId: h.userId, kind: 'discount', amountPaise: h.discountPaise, billId: h.id });
      if (h.status === 'cancelled')
        actions.push({
          at: instant(h.cancelledAt ?? h.createdAt),
          cashierId: h.cancelledBy ?? h.userId,
          kind: 'cancel',
          amountPaise: h.payablePaise,
          billId: h.id,
        });
      return {
        id: h.id,
        at,
        cashierId: h.userId,
        customerId: h.customerId,
        totalPaise: h.payablePaise,
        cancelled: h.status === 'cancelled',
        lines: h.lines,
      };
    });
    const returns = orm
      .select({ createdAt: creditNotes.createdAt, userId: creditNotes.userId, totalPaise: creditNotes.totalPaise, invoiceId: creditNotes.invoiceId })
      .from(creditNotes)
      .where(gte(creditNotes.date, from))
      .all();
    for (const r of returns) actions.push({ at: instant(r.createdAt), cashierId: r.userId, kind: 'return', amountPaise: r.totalPaise, billId: r.invoiceId });
    actions.sort((a, b) => a.at - b.at);
    return { bills: out, actions };
  }

  function registerCloses(from: string): RegisterClose[] {
    return orm
      .select({
        closedAt: cashRegisters.closedAt,
        closedBy: cashRegisters.closedBy,
        openedBy: cashRegisters.openedBy,
        book: cashRegisters.closingBookPaise,
        counted: cashRegisters.closingCountedPaise,
      })
      .from(cashRegisters)
      .where(and(eq(cashRegisters.status, 'closed'), gte(cashRegisters.businessDate, from), isNotNull(cashRegisters.closedAt)))
      .orderBy(asc(cashRegisters.closedAt))
      .all()
      .flatMap((r) =>
        r.closedAt === null || r.book === null || r.counted === null
          ? []
          : [{ at: instant(r.closedAt), cashierId: r.closedBy ?? r.openedBy, expectedPaise: r.book, countedPaise: r.counted }],
      );
  }

  /** Each posted count line against the books: what the books said = counted − the variance the count posted. */
  function stockCounts(): StockCountLine[] {
    const variance = new Map(
      orm
        .select({ takeId: stockMoves.refId, productId: stockMoves.productId, qtyMilli: sumOf(stockMoves.qtyMilli) })
        .from(stockMoves)
        .where(eq(stockMoves.refType, 'stock_take'))
        .groupBy(stockMoves.refId, stockMoves.productId)
        .all()
        .map((m) => [`${m.takeId}|${m.productId}`, m.qtyMilli]),
    );
    return orm
      .select({
        ...pick(stockTakeLines, 'takeId', 'productId', 'countedMilli'),
        postedAt: stockTakes.postedAt,
        costPaise: products.costPaise,
      })
      .from(stockTakeLines)
      .innerJoin(stockTakes, eq(stockTakes.id, stockTakeLines.takeId))
      .innerJoin(products, eq(products.id, stockTakeLines.productId))
      .where(eq(stockTakes.status, 'posted'))
      .orderBy(asc(stockTakes.postedAt))
      .all()
      .map((l) => ({
        at: instant(l.postedAt ?? ''),
        productId: l.productId,
        countedMilli: l.countedMilli,
        expectedMilli: l.countedMilli - (variance.get(`${l.takeId}|${l.productId}`) ?? 0),
        unitCostPaise: l.costPaise,
      }))
      .filter((l) => Number.isFinite(l.at));
  }

  function history(from: string, pause: () => void = () => {}): ShopHistory {
    const sold = bills(from, pause);
    pause();
    return {
      ...sold,
      registerCloses: registerCloses(from),
      stockCounts: stockCounts(),
      cashiers: orm.select({ id: users.id, name: users.name }).from(users).all(),
      customers: orm.select({ id: customers.id, name: customers.name }).from(customers).all(),
      products: orm.select({ id: products.id, name: products.name }).from(products).all(),
    };
  }

  /** Active products with what the price rules weigh: stock, the last 30 days' sales, lots by expiry. */
  function pricedProducts(today: string): PricedProduct[] {
    const monthAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
    const sold = new Map(
      orm
        .select({ productId: productSalesDaily.productId, qtyMilli: sumOf(productSalesDaily.qtyMilli) })
        .from(productSalesDaily)
        .where(and(gt(productSalesDaily.date, monthAgo), sql`${productSalesDaily.date} <= ${today}`))
        .groupBy(productSalesDaily.productId)
        .all()
        .map((r) => [r.productId, r.qtyMilli]),
    );
    const lots = new Map<string, { expiryDay: number; qtyMilli: number }[]>();
    const lotRows = orm
      .select({ productId: batchStock.productId, qtyMilli: batchStock.qtyMilli, expiry: batches.expiryDate })
      .from(batchStock)
      .innerJoin(batches, eq(batches.id, batchStock.batchId))
      .where(and(gt(batchStock.qtyMilli, 0), isNotNull(batches.expiryDate)))
      .all();
    for (const l of lotRows) {
      if (!l.expiry || !/^\d{4}-\d{2}-\d{2}$/.test(l.expiry)) continue;
      const list = lots.get(l.productId) ?? [];
      list.push({ expiryDay: dayOfIso(l.expiry), qtyMilli: l.qtyMilli });
      lots.set(l.productId, list);
    }
    return orm
      .select({
        id: products.id,
        name: products.name,
        pricePaise: products.pricePaise,
        costPaise: products.costPaise,
        mrpPaise: products.mrpPaise,
        stockMilli: sql<number>`coalesce(${stockLevels.qtyMilli}, 0)`,
      })
      .from(products)
      .leftJoin(stockLevels, eq(stockLevels.productId, products.id))
      .where(eq(products.active, true))
      .all()
      .map((p) => ({ ...p, soldMilliLast30Days: sold.get(p.id) ?? 0, lots: lots.get(p.id) ?? [] }));
  }

  return { history, pricedProducts };
}
