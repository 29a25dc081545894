import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { LedgerHistory, LedgerSales } from '../../../app/core/forecasting/ledger';
import { creditNoteLines, creditNotes, invoiceLines, invoices, products, stockMoves } from '../../schema';
import { sumOf, type RepoContext } from '../context';

/**
 * The demand history from the books: bills' lines by product and bill date, what came back on
 * credit notes by the date of the bill returned from, and the stock moves by local (IST) day with
 * the level before the first day. Cancelled bills are left out.
 */
export function createHistoryRead({ orm }: RepoContext): (from: string, to: string) => LedgerHistory {
  // Stock moves carry an instant; the shop's day is India's.
  const localDay = sql<string>`date(${stockMoves.at}, '+330 minutes')`;
  return (from, to) => {
    const catalogue = orm.select({ id: products.id, category: products.category }).from(products).all();
    const sold = orm
      .select({
        productId: invoiceLines.productId,
        date: invoices.date,
        soldMilli: sumOf(invoiceLines.qtyMilli),
        amountPaise: sumOf(sql`${invoiceLines.amountPaise} - ${invoiceLines.discountPaise}`),
        discountPaise: sumOf(invoiceLines.discountPaise),
      })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .where(and(eq(invoices.status, 'posted'), gte(invoices.date, from), lte(invoices.date, to)))
      .groupBy(invoiceLines.productId, invoices.date)
      .all();
    const returned = orm
      .select({ productId: creditNoteLines.productId, date: invoices.date, qtyMilli: sumOf(creditNoteLines.qtyMilli) })
      .from(creditNoteLines)
      .innerJoin(creditNotes, eq(creditNotes.id, creditNoteLines.creditNoteId))
      .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
      .where(and(gte(invoices.date, from), lte(invoices.date, to)))
      .groupBy(creditNoteLines.productId, invoices.date)
      .all();
    const sales = new Map<string, LedgerSales>();
    for (const r of sold) sales.set(`${r.productId}|${r.date}`, { ...r, returnedMilli: 0 });
    for (const r of returned) {
      const key = `${r.productId}|${r.date}`;
      const row = sales.get(key);
      if (row) row.returnedMilli += r.qtyMilli;
      else sales.set(key, { productId: r.productId, date: r.date, soldMilli: 0, returnedMilli: r.qtyMilli, amountPaise: 0, discountPaise: 0 });
    }
    // The level at the start of `from`: moves dated before it (by the same local day as below).
    const opening = orm
      .select({ productId: stockMoves.productId, qtyMilli: sumOf(stockMoves.qtyMilli) })
      .from(stockMoves)
      .where(lt(localDay, from))
      .groupBy(stockMoves.productId)
      .all();
    const stock = orm
      .select({ productId: stockMoves.productId, date: localDay, netMilli: sumOf(stockMoves.qtyMilli) })
      .from(stockMoves)
      .where(and(gte(localDay, from), lte(localDay, to)))
      .groupBy(stockMoves.productId, localDay)
      .all();
    return {
      products: catalogue,
      sales: [...sales.values()],
      stock,
      openingMilli: new Map(opening.map((r) => [r.productId, r.qtyMilli])),
      from,
      to,
    };
  };
}
