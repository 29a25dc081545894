import { count, desc, eq, max, sql } from 'drizzle-orm';
import type { PaperBillsRepo } from '../../../app/core/services/billing/ports';
import { devices, invoices, paperBills, paperBooks, users } from '../../schema';
import { pick, type RepoContext } from '../context';

/** Paper bill books and the bills entered from them (each an ordinary invoice besides). */
export function createPaperBillsRepo({ orm }: RepoContext): PaperBillsRepo {
  const books = () =>
    orm
      .select({
        id: paperBooks.id,
        name: paperBooks.name,
        prefix: paperBooks.prefix,
        width: paperBooks.width,
        bills: count(paperBills.invoiceId),
        lastSeq: max(paperBills.seq),
      })
      .from(paperBooks)
      .leftJoin(paperBills, eq(paperBills.bookId, paperBooks.id))
      .groupBy(paperBooks.id);
  return {
    books: () => books().orderBy(paperBooks.createdAt).all(),
    book: (id) => books().where(eq(paperBooks.id, id)).get(),
    prefixes: () =>
      orm
        .select({ prefix: paperBooks.prefix })
        .from(paperBooks)
        .all()
        .map((r) => r.prefix),
    nameTaken: (name) =>
      orm
        .select({ id: paperBooks.id })
        .from(paperBooks)
        .where(sql`${paperBooks.name} = ${name} COLLATE NOCASE`)
        .get() !== undefined,
    deviceCodes: () =>
      orm
        .select({ code: devices.code })
        .from(devices)
        .all()
        .map((r) => r.code),
    addBook: (row) => void orm.insert(paperBooks).values(row).run(),
    seqTaken: (bookId, seq) =>
      orm
        .select({ id: paperBills.invoiceId })
        .from(paperBills)
        .where(sql`${paperBills.bookId} = ${bookId} AND ${paperBills.seq} = ${seq}`)
        .get() !== undefined,
    addBill: (row) => void orm.insert(paperBills).values(row).run(),
    bills: (limit) =>
      orm
        .select({
          bookName: paperBooks.name,
          customerName: invoices.buyerName,
          enteredBy: users.name,
          ...pick(invoices, 'number', 'date', 'payablePaise', 'status'),
          ...pick(paperBills, 'invoiceId', 'enteredAt'),
        })
        .from(paperBills)
        .innerJoin(invoices, eq(invoices.id, paperBills.invoiceId))
        .innerJoin(paperBooks, eq(paperBooks.id, paperBills.bookId))
        .innerJoin(users, eq(users.id, paperBills.enteredBy))
        .orderBy(desc(paperBills.enteredAt), desc(invoices.number))
        .limit(limit)
        .all(),
  };
}
