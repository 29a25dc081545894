import { and, eq, sql } from 'drizzle-orm';
import { creditNotes, invoices, numberSeries } from '../../schema';
import { once, placeholders, type RepoContext } from '../context';

/** Bill numbers per device series, document type and financial year. */
export function createSeriesRepo({ orm }: RepoContext) {
  const next = once(() =>
    orm
      .insert(numberSeries)
      .values({ ...placeholders('series', 'docType', 'fy'), last: 1 })
      .onConflictDoUpdate({ target: [numberSeries.series, numberSeries.docType, numberSeries.fy], set: { last: sql`${numberSeries.last} + 1` } })
      .returning({ last: numberSeries.last })
      .prepare(),
  );
  const key = (series: string, docType: string, fy: string) => and(eq(numberSeries.series, series), eq(numberSeries.docType, docType), eq(numberSeries.fy, fy));
  return {
    next: (series: string, docType: string, fy: string): number => {
      const row = next().get({ series, docType, fy });
      if (!row) throw new Error('number_series upsert returned no row');
      return row.last;
    },
    last: (series: string, docType: string, fy: string): number =>
      orm
        .select({ last: numberSeries.last })
        .from(numberSeries)
        .where(key(series, docType, fy))
        .get()?.last ?? 0,
    setLast(series: string, docType: string, fy: string, last: number): void {
      if (last <= 0) {
        orm
          .delete(numberSeries)
          .where(key(series, docType, fy))
          .run();
        return;
      }
      orm
        .insert(numberSeries)
        .values({ series, docType, fy, last })
        .onConflictDoUpdate({ target: [numberSeries.series, numberSeries.docType, numberSeries.fy], set: { last } })
        .run();
    },
    numberTaken: (fy: string, number: string): boolean =>
      orm
        .select({ id: invoices.id })
        .from(invoices)
        .where(and(eq(invoices.fy, fy), eq(invoices.number, number)))
        .get() !== undefined ||
      orm
        .select({ id: creditNotes.id })
        .from(creditNotes)
        .where(and(eq(creditNotes.fy, fy), eq(creditNotes.number, number)))
        .get() !== undefined,
  };
}
