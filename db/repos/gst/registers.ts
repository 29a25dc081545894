import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, between, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { TaxOnly } from '../../../app/core/gst/heads';
import type { GstRepo } from '../../../app/core/services/gst/ports';
import {
  consolidatedInvoices,
  consolidatedMembers,
  invoiceLines,
  journalEntries,
  journalLines,
  ledgerDaily,
  purchaseBills,
  suppliers,
  vouchers,
} from '../../schema';
import { atomically, pick, query, sumOf, type RepoContext } from '../context';
import { headColumns } from './head-columns';

type Registers = Pick<GstRepo, 'inputTax' | 'purchaseDocuments' | 'expenseInputTax' | 'consolidated' | 'insertConsolidated' | 'salesRegister' | 'turnover'>;

const INPUT_TAX = ['INPUT_IGST', 'INPUT_CGST', 'INPUT_SGST', 'INPUT_CESS'];
const taxOnly = (get: (account: string) => number): TaxOnly => ({
  igstPaise: get('INPUT_IGST'),
  cgstPaise: get('INPUT_CGST'),
  sgstPaise: get('INPUT_SGST'),
  cessPaise: get('INPUT_CESS'),
});
type SalesRow = ReturnType<GstRepo['salesRegister']>[number] & { at: string };

/** What the returns read from the books: input tax, purchase documents, consolidated invoices, the sales register and turnover. */
export function createGstRegistersRepo({ orm, raw }: RepoContext): Registers {
  // Bills and credit notes in one list, in date order, credit notes negative: a UNION ALL, in SQL.
  const salesRegister = query<SalesRow, [{ from: string; to: string }]>(
    raw,
    `SELECT i.date, i.id, 'invoice' AS kind, i.number, i.status, i.buyer_name AS customerName, i.buyer_gstin AS gstin, i.place_of_supply AS placeOfSupply,
            i.taxable_paise AS taxablePaise, i.cgst_paise AS cgstPaise, i.sgst_paise AS sgstPaise, i.igst_paise AS igstPaise, i.cess_paise AS cessPaise,
            i.round_off_paise AS roundOffPaise, i.payable_paise AS totalPaise, i.created_at AS at
     FROM invoices i WHERE i.date BETWEEN @from AND @to
     UNION ALL
     SELECT n.date, n.id, 'credit_note', n.number, 'posted', n.buyer_name, n.buyer_gstin, n.place_of_supply,
            -n.taxable_paise, -n.cgst_paise, -n.sgst_paise, -n.igst_paise, -n.cess_paise, -n.round_off_paise, -n.total_paise, n.created_at
     FROM credit_notes n WHERE n.date BETWEEN @from AND @to
     ORDER BY 1, at`,
  );
  const against = alias(purchaseBills, 'against');
  return {
    inputTax(from, to) {
      const rows = orm
        .select({ account: ledgerDaily.accountCode, debit: sql<number>`sum(${ledgerDaily.debitPaise})`, credit: sql<number>`sum(${ledgerDaily.creditPaise})` })
        .from(ledgerDaily)
        .where(and(inArray(ledgerDaily.accountCode, INPUT_TAX), between(ledgerDaily.date, from, to)))
        .groupBy(ledgerDaily.accountCode)
        .all();
      const of = (k: 'debit' | 'credit') => taxOnly((a) => rows.find((r) => r.account === a)?.[k] ?? 0);
      return { debits: of('debit'), credits: of('credit') };
    },
    purchaseDocuments: (from, to) =>
      orm
        .select({
          ...pick(
            purchaseBills,
            'id',
            'kind',
            'number',
            'supplierId',
            'date',
            'supplierDate',
            'taxablePaise',
            'cgstPaise',
            'sgstPaise',
            'igstPaise',
            'cessPaise',
            'totalPaise',
          ),
          entryId: journalEntries.id,
          againstNumber: against.number,
          supplierName: suppliers.name,
          supplierGstin: sql<string | null>`nullif(${suppliers.gstin}, '')`,
        })
        .from(purchaseBills)
        .innerJoin(suppliers, eq(suppliers.id, purchaseBills.supplierId))
        .leftJoin(against, eq(against.id, purchaseBills.againstId))
        .innerJoin(
          journalEntries,
          and(
            eq(journalEntries.refId, purchaseBills.id),
            inArray(journalEntries.refType, ['purchase_bill', 'purchase_return']),
            isNull(journalEntries.reversesId),
          ),
        )
        .where(between(purchaseBills.date, from, to))
        .orderBy(asc(purchaseBills.date), asc(purchaseBills.createdAt), asc(purchaseBills.id))
        .all(),
    expenseInputTax(from, to) {
      const rows = orm
        .select({ account: journalLines.accountCode, net: sql<number>`sum(${journalLines.debitPaise}) - sum(${journalLines.creditPaise})` })
        .from(journalEntries)
        .innerJoin(vouchers, and(eq(journalEntries.refType, 'voucher'), eq(vouchers.id, journalEntries.refId)))
        .innerJoin(journalLines, eq(journalLines.entryId, journalEntries.id))
        .where(and(eq(vouchers.kind, 'expense'), between(journalEntries.date, from, to), inArray(journalLines.accountCode, INPUT_TAX)))
        .groupBy(journalLines.accountCode)
        .all();
      return taxOnly((a) => rows.find((r) => r.account === a)?.net ?? 0);
    },
    consolidated(from, to) {
      const x = consolidatedInvoices;
      const heads = orm
        .select({
          id: x.id,
          number: x.number,
          date: x.date,
          bills: x.bills,
          taxablePaise: x.taxablePaise,
          cgstPaise: x.cgstPaise,
          sgstPaise: x.sgstPaise,
          igstPaise: x.igstPaise,
          cessPaise: x.cessPaise,
          valuePaise: x.valuePaise,
        })
        .from(x)
        .where(between(x.date, from, to))
        .orderBy(asc(x.date))
        .all();
      const l = invoiceLines;
      const rowsOf = (id: string) =>
        orm
          .select({
            hsn: l.hsn,
            gstRateBp: l.gstRateBp,
            cessRateBp: l.cessRateBp,
            qtyMilli: sumOf(l.qtyMilli),
            taxablePaise: sumOf(l.taxablePaise),
            cgstPaise: sumOf(l.cgstPaise),
            sgstPaise: sumOf(l.sgstPaise),
            igstPaise: sumOf(l.igstPaise),
            cessPaise: sumOf(l.cessPaise),
          })
          .from(consolidatedMembers)
          .innerJoin(l, eq(l.invoiceId, consolidatedMembers.invoiceId))
          .where(eq(consolidatedMembers.consolidatedId, id))
          .groupBy(l.hsn, l.gstRateBp, l.cessRateBp)
          .orderBy(asc(l.hsn), asc(l.gstRateBp), asc(l.cessRateBp))
          .all();
      return heads.map(({ id, number, date, bills, ...totals }) => ({ id, number, date, bills, rows: rowsOf(id), totals }));
    },
    insertConsolidated(c) {
      atomically(raw, () => {
        const t = c.totals;
        orm
          .insert(consolidatedInvoices)
          .values({
            id: c.id,
            number: c.number,
            fy: c.fy,
            date: c.date,
            createdAt: c.createdAt,
            userId: c.userId,
            bills: c.bills,
            ...headColumns(t),
          })
          .run();
        for (const invoiceId of c.invoiceIds) orm.insert(consolidatedMembers).values({ invoiceId, consolidatedId: c.id }).run();
      });
    },
    salesRegister: (from, to) =>
      salesRegister()
        .all({ from, to })
        .map(({ at: _at, ...row }) => row),
    turnover(from, to) {
      const r = orm
        .select({ t: sql<number>`coalesce(sum(${ledgerDaily.creditPaise}) - sum(${ledgerDaily.debitPaise}), 0)` })
        .from(ledgerDaily)
        .where(and(inArray(ledgerDaily.accountCode, ['SALES', 'SALES_RETURNS']), between(ledgerDaily.date, from, to)))
        .get();
      return r?.t ?? 0;
    },
  };
}
