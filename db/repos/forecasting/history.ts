import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { LedgerHistory, LedgerSales, LedgerStock } from '../../../app/core/forecasting/ledger';
import { creditNoteLines, creditNotes, invoices, products, stockMoves } from '../../schema';
import { query, sumOf, type RepoContext } from '../context';

/**
 * The demand history from the books: bills' lines by product and bill date, what came back on
 * credit notes by the date of the bill returned from, and the stock moves by local (IST) day with
 * the level before the first day. Cancelled bills are left out.
 *
 * Two years of a busy shop are millions of (product, day) rows, so the two large reads are handed
 * out row by row (better-sqlite3's iterate, which drizzle does not offer) and laid straight into the
 * panel's arrays by the reader: holding them all as objects first took gigabytes. They must be read
 * before the connection closes.
 */
type Range = { from: string; to: string };

const SOLD_BY_DAY = `
  SELECT l.product_id AS productId, i.date AS date, sum(l.qty_milli) AS soldMilli,
         sum(l.amount_paise - l.discount_paise) AS amountPaise, sum(l.discount_paise) AS discountPaise,
         0 AS returnedMilli
  FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
  WHERE i.status = 'posted' AND i.date >= @from AND i.date <= @to
  GROUP BY l.product_id, i.date`;

// Stock moves carry an instant; the shop's day is India's.
const STOCK_BY_DAY = `
  SELECT product_id AS productId, date(at, '+330 minutes') AS date, sum(qty_milli) AS netMilli
  FROM stock_moves
  WHERE date(at, '+330 minutes') >= @from AND date(at, '+330 minutes') <= @to
  GROUP BY product_id, date(at, '+330 minutes')`;

export function createHistoryRead({ orm, raw }: RepoContext): (from: string, to: string) => LedgerHistory {
  const localDay = sql<string>`date(${stockMoves.at}, '+330 minutes')`;
  const soldByDay = query<LedgerSales, Range>(raw, SOLD_BY_DAY);
  const stockByDay = query<LedgerStock, Range>(raw, STOCK_BY_DAY);
  return (from, to) => {
    const catalogue = orm.select({ id: products.id, category: products.category }).from(products).all();
    // Returns are few: read at once, as rows that sold nothing and took back what came back.
    const returned = orm
      .select({ productId: creditNoteLines.productId, date: invoices.date, returnedMilli: sumOf(creditNoteLines.qtyMilli) })
      .from(creditNoteLines)
      .innerJoin(creditNotes, eq(creditNotes.id, creditNoteLines.creditNoteId))
      .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
      .where(and(gte(invoices.date, from), lte(invoices.date, to)))
      .groupBy(creditNoteLines.productId, invoices.date)
      .all()
      .map((r): LedgerSales => ({ ...r, soldMilli: 0, amountPaise: 0, discountPaise: 0 }));
    // The level at the start of `from`: moves dated before it (by the same local day as below).
    const opening = orm
      .select({ productId: stockMoves.productId, qtyMilli: sumOf(stockMoves.qtyMilli) })
      .from(stockMoves)
      .where(lt(localDay, from))
      .groupBy(stockMoves.productId)
      .all();
    return {
      products: catalogue,
      sales: {
        *[Symbol.iterator]() {
          yield* soldByDay().iterate({ from, to });
          yield* returned;
        },
      },
      stock: { [Symbol.iterator]: () => stockByDay().iterate({ from, to }) },
      openingMilli: new Map(opening.map((r) => [r.productId, r.qtyMilli])),
      from,
      to,
    };
  };
}
