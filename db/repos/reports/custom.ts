import { asc, eq, sql } from 'drizzle-orm';
import type { CustomMeasure } from '../../../app/core/contract/areas/reports-custom';
import type { CustomReportsRepo, CustomReportsStore, CustomTotals } from '../../../app/core/services/reports/custom-ports';
import { customers, customReports, products, suppliers, users } from '../../schema';
import { queryFamily, type RepoContext } from '../context';
import { groupedSql, lineSource, MEASURE_NAMES, totalsSql, type SqlParams } from './custom-sql';
import { summaryAnswers, summarySource } from './custom-summary-sql';
import { createSalesSummary } from './sales-summary';
import { partyAnswers, partySource } from './custom-party-sql';
import { createPartySummary } from './party-summary';
import { productAnswers, productSource } from './custom-product-sql';
import { createProductLines } from './product-lines';
import { createCubeKeeper } from './sales-cube-keeper';

type Cell = string | number | null;
type Row = Record<string, Cell>;

const text = (v: Cell | undefined): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Cell | undefined): number => (typeof v === 'number' ? v : 0);
const measures = (row: Row | undefined): CustomTotals => {
  const out: Partial<Record<CustomMeasure, number>> = {};
  for (const m of MEASURE_NAMES) out[m] = num(row?.[`m_${m}`]);
  return { sales: 0, qty: 0, bills: 0, gst: 0, cogs: 0, margin: 0, ...out };
};

/** How many values a filter picker offers at most (the product list is searched by name on screen). */
const CHOICES_MAX = 3000;

export function createCustomReportsRepo({ orm, raw }: RepoContext): CustomReportsRepo {
  const family = queryFamily<Row, SqlParams>(raw);
  const summary = createSalesSummary({ orm, raw });
  const partySummary = createPartySummary({ orm, raw });
  const productLines = createProductLines({ orm, raw });
  const inMemory = createCubeKeeper({ orm, raw });
  const distinct = (column: typeof products.category | typeof products.brand | typeof products.hsn) =>
    orm
      .selectDistinct({ value: column })
      .from(products)
      .where(sql`${column} <> ''`)
      .orderBy(asc(column))
      .limit(CHOICES_MAX)
      .all()
      .map((r) => ({ value: r.value, label: r.value, labelHi: null }));
  return {
    settle: () => inMemory.settle(),
    run(q) {
      const fromMemory = inMemory.answer(q);
      if (fromMemory) return fromMemory;
      // Where no lines are kept in memory (a read-only connection): a summary is brought up to date first; where neither can answer, or cannot be written here, the lines are read.
      const source =
        summaryAnswers(q) && summary.refresh()
          ? summarySource(q)
          : partyAnswers(q) && partySummary.refresh()
            ? partySource(q)
            : productAnswers(q) && productLines.refresh()
              ? productSource(q, q.filters.length === 0 && partySummary.refresh())
              : lineSource(q);
      const grouped = groupedSql(source, q);
      const rows = family(grouped.text).all(grouped.params);
      const totals = totalsSql(source, q);
      return {
        groups: num(rows[0]?.groups),
        totals: measures(family(totals.text).get(totals.params)),
        rows: rows.map((row) => ({
          keys: q.groupBy.map((_, n) => ({ value: text(row[`k${n}`]), label: text(row[`l${n}`]), labelHi: text(row[`h${n}`]) })),
          values: measures(row),
        })),
      };
    },
    choices: () => ({
      product: orm
        .select({ value: products.id, label: products.name, labelHi: products.nameHi })
        .from(products)
        .where(eq(products.active, true))
        .orderBy(asc(products.name))
        .limit(CHOICES_MAX)
        .all(),
      category: distinct(products.category),
      brand: distinct(products.brand),
      hsn: distinct(products.hsn),
      customer: orm
        .select({ value: customers.id, label: customers.name, labelHi: sql<string | null>`NULL` })
        .from(customers)
        .orderBy(asc(customers.name))
        .limit(CHOICES_MAX)
        .all(),
      cashier: orm
        .select({ value: users.id, label: users.name, labelHi: sql<string | null>`NULL` })
        .from(users)
        .orderBy(asc(users.name))
        .all(),
      supplier: orm
        .select({ value: suppliers.id, label: suppliers.name, labelHi: sql<string | null>`NULL` })
        .from(suppliers)
        .orderBy(asc(suppliers.name))
        .all(),
    }),
    saved: () =>
      orm
        .select({ id: customReports.id, name: customReports.name, spec: customReports.spec, savedAt: customReports.savedAt })
        .from(customReports)
        .orderBy(sql`${customReports.name} COLLATE NOCASE`)
        .all(),
    save(r) {
      const saved = orm
        .insert(customReports)
        .values({ id: r.id, name: r.name, spec: r.spec, savedBy: r.by, savedAt: r.at })
        .onConflictDoUpdate({ target: customReports.name, set: { spec: r.spec, savedBy: r.by, savedAt: r.at } })
        .returning({ id: customReports.id })
        .get();
      return saved?.id ?? r.id;
    },
    remove: (id) => orm.delete(customReports).where(eq(customReports.id, id)).run().changes > 0,
  };
}

export const createCustomReportsStore = (ctx: RepoContext): CustomReportsStore => ({ customReports: createCustomReportsRepo(ctx) });
