import { and, asc, between, desc, eq, sql } from 'drizzle-orm';
import type { DashboardReads } from '../../../app/core/services/insights/ports';
import { creditNotes, ledgerDaily, products, productSalesDaily, salesHourly } from '../../schema';
import { once, placeholders, sumOf, type RepoContext } from '../context';

/** The dashboard's reads: short range reads of the trigger-kept sums (migration 0013) and the books' daily sums. */
export function createInsightsRepo(ctx: RepoContext): DashboardReads {
  const { orm } = ctx;
  const range = placeholders('from', 'to');
  const salesDays = once(() =>
    orm
      .select({
        date: salesHourly.date,
        bills: sumOf(salesHourly.bills),
        lines: sumOf(salesHourly.lines),
        payablePaise: sumOf(salesHourly.payablePaise),
        taxablePaise: sumOf(salesHourly.taxablePaise),
        costPaise: sumOf(salesHourly.costPaise),
        cashPaise: sumOf(salesHourly.cashPaise),
        upiPaise: sumOf(salesHourly.upiPaise),
        cardPaise: sumOf(salesHourly.cardPaise),
        creditPaise: sumOf(salesHourly.creditPaise),
      })
      .from(salesHourly)
      .where(between(salesHourly.date, range.from, range.to))
      .groupBy(salesHourly.date)
      .orderBy(asc(salesHourly.date))
      .prepare(),
  );
  const returnsDays = once(() =>
    orm
      .select({
        date: creditNotes.date,
        count: sql<number>`count(*)`,
        totalPaise: sumOf(creditNotes.totalPaise),
        taxablePaise: sumOf(creditNotes.taxablePaise),
        costPaise: sumOf(creditNotes.costPaise),
      })
      .from(creditNotes)
      .where(between(creditNotes.date, range.from, range.to))
      .groupBy(creditNotes.date)
      .prepare(),
  );
  const hours = once(() =>
    orm
      .select({ date: salesHourly.date, hour: salesHourly.hour, bills: salesHourly.bills })
      .from(salesHourly)
      .where(between(salesHourly.date, range.from, range.to))
      .prepare(),
  );
  const sold = once(() =>
    orm
      .select({
        productId: productSalesDaily.productId,
        lines: sumOf(productSalesDaily.lines).as('sold_lines'),
        qtyMilli: sumOf(productSalesDaily.qtyMilli).as('sold_qty'),
        taxablePaise: sumOf(productSalesDaily.taxablePaise).as('sold_taxable'),
        costPaise: sumOf(productSalesDaily.costPaise).as('sold_cost'),
      })
      .from(productSalesDaily)
      .where(between(productSalesDaily.date, range.from, range.to))
      .groupBy(productSalesDaily.productId)
      .as('sold'),
  );
  const productsStmt = once(() =>
    orm
      .select({
        productId: sold().productId,
        name: sql<string>`coalesce(${products.name}, ${sold().productId})`,
        nameHi: products.nameHi,
        lines: sold().lines,
        qtyMilli: sold().qtyMilli,
        taxablePaise: sold().taxablePaise,
        costPaise: sold().costPaise,
      })
      .from(sold())
      .leftJoin(products, eq(products.id, sold().productId))
      .where(sql`${sold().lines} > 0`)
      .orderBy(desc(sold().taxablePaise))
      .prepare(),
  );
  const movement = once(() =>
    orm
      .select({ debitPaise: sql<number>`coalesce(sum(${ledgerDaily.debitPaise}), 0)`, creditPaise: sql<number>`coalesce(sum(${ledgerDaily.creditPaise}), 0)` })
      .from(ledgerDaily)
      .where(and(eq(ledgerDaily.accountCode, sql.placeholder('code')), between(ledgerDaily.date, range.from, range.to)))
      .prepare(),
  );
  return {
    salesDays: (from, to) => salesDays().all({ from, to }),
    returnsDays: (from, to) => returnsDays().all({ from, to }),
    hours: (from, to) => hours().all({ from, to }),
    products: (from, to) => productsStmt().all({ from, to }),
    accountMovement: (code, from, to) => movement().get({ code, from, to }) ?? { debitPaise: 0, creditPaise: 0 },
  };
}
