import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import type { GstRepo } from '../../../app/core/services/gst/ports';
import { gstRates, products } from '../../schema';
import { cachedRead, type RepoContext } from '../context';

/**
 * GST rates by HSN and date. The table is read by every bill, so it is kept in memory and read
 * again only when this connection writes it or another connection has committed (PRAGMA data_version).
 */
export function createRatesRepo({ orm, raw }: RepoContext): Pick<GstRepo, 'rateTable' | 'upsertRate' | 'products'> {
  const rates = cachedRead(raw, () =>
    orm
      .select({ hsn: gstRates.hsn, effectiveFrom: gstRates.effectiveFrom, gstRateBp: gstRates.gstRateBp, cessRateBp: gstRates.cessRateBp, note: gstRates.note })
      .from(gstRates)
      .orderBy(asc(gstRates.hsn), asc(gstRates.effectiveFrom))
      .all(),
  );
  return {
    rateTable: () => rates.get(),
    upsertRate(r) {
      orm
        .insert(gstRates)
        .values({ hsn: r.hsn, effectiveFrom: r.effectiveFrom, gstRateBp: r.gstRateBp, cessRateBp: r.cessRateBp, note: r.note, createdAt: r.createdAt })
        .onConflictDoUpdate({
          target: [gstRates.hsn, gstRates.effectiveFrom],
          set: { gstRateBp: sql`excluded.gst_rate_bp`, cessRateBp: sql`excluded.cess_rate_bp`, note: sql`excluded.note`, createdAt: sql`excluded.created_at` },
        })
        .run();
      rates.forget();
    },
    products: (prefixes) =>
      orm
        .select({ id: products.id, name: products.name, hsn: products.hsn, gstRateBp: products.gstRateBp, cessRateBp: products.cessRateBp })
        .from(products)
        .where(
          and(
            eq(products.active, true),
            prefixes === null ? undefined : prefixes.length === 0 ? sql`0` : or(...prefixes.map((p) => like(products.hsn, `${p}%`))),
          ),
        )
        .orderBy(asc(products.hsn), asc(products.name))
        .all(),
  };
}
