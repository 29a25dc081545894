import { and, asc, between, eq, gt, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { ReturnLine } from '../../../app/core/gst/return-docs';
import type { GstRepo } from '../../../app/core/services/gst/ports';
import { consolidatedMembers, creditNoteLines, creditNotes, docDaily, gstDaily, invoiceLines, invoices } from '../../schema';
import { query, sumOf, type RepoContext } from '../context';

type Returns = Pick<GstRepo, 'listedInvoices' | 'listedNotes' | 'summary' | 'series' | 'problemNumbers' | 'slipsOf'>;

// Listed: GSTR-1's b2b and b2cl tables, by the table each document was posted in. Written as a
// literal so SQLite can read the few such bills through the partial index invoices_listed.
const listed = (column: typeof invoices.gstClass | typeof creditNotes.gstClass) => sql`${column} <> 'b2cs'`;

const LINE = {
  hsn: invoiceLines.hsn,
  name: invoiceLines.name,
  unit: invoiceLines.unit,
  qtyMilli: invoiceLines.qtyMilli,
  gstRateBp: invoiceLines.gstRateBp,
  cessRateBp: invoiceLines.cessRateBp,
  taxablePaise: invoiceLines.taxablePaise,
  cgstPaise: invoiceLines.cgstPaise,
  sgstPaise: invoiceLines.sgstPaise,
  igstPaise: invoiceLines.igstPaise,
  cessPaise: invoiceLines.cessPaise,
};
const NOTE_LINE = {
  hsn: creditNoteLines.hsn,
  name: creditNoteLines.name,
  unit: creditNoteLines.unit,
  qtyMilli: creditNoteLines.qtyMilli,
  gstRateBp: creditNoteLines.gstRateBp,
  cessRateBp: creditNoteLines.cessRateBp,
  taxablePaise: creditNoteLines.taxablePaise,
  cgstPaise: creditNoteLines.cgstPaise,
  sgstPaise: creditNoteLines.sgstPaise,
  igstPaise: creditNoteLines.igstPaise,
  cessPaise: creditNoteLines.cessPaise,
};

/** The lines of many documents in one query (ordered by parent, then line), grouped by parent id. */
function withLines<T extends { id: string }>(docs: T[], lines: ReadonlyArray<ReturnLine & { parent: string }>): Array<T & { lines: ReturnLine[] }> {
  const byParent = new Map<string, ReturnLine[]>();
  for (const { parent, ...line } of lines) {
    const list = byParent.get(parent);
    if (list) list.push(line);
    else byParent.set(parent, [line]);
  }
  return docs.map((d) => ({ ...d, lines: byParent.get(d.id) ?? [] }));
}

interface SeriesRow {
  prefix: string;
  total: number;
  cancelled: number;
  firstSeq: number;
  lastSeq: number;
  first: string;
  last: string;
}

/** The documents GSTR-1 reads whole, the daily summaries it reads for the rest, and its table 13. */
export function createReturnsRepo({ orm, raw }: RepoContext): Returns {
  // Numbers rule 46 refuses (bills only on the days doc_daily counts one), and numbers used twice in a year. Each table's UNIQUE (fy, number)
  // stops a repeat within a kind, so a repeat can only be across kinds: the few credit notes and consolidated invoices are looked up in
  // the invoices' unique index, not grouped. Six kinds of finding in one UNION ALL: SQL.
  const BAD = "(length(number) > 16 OR number GLOB '*[^A-Za-z0-9/-]*')";
  const problemNumbers = query<ReturnType<GstRepo['problemNumbers']>[number], [{ from: string; to: string }]>(
    raw,
    `SELECT 'Invoice' AS kind, number, fy, 1 AS uses FROM invoices WHERE date IN (SELECT date FROM doc_daily WHERE date BETWEEN @from AND @to AND bad > 0) AND ${BAD}
     UNION ALL SELECT 'Credit note', number, fy, 1 FROM credit_notes WHERE date BETWEEN @from AND @to AND ${BAD}
     UNION ALL SELECT 'Invoice', number, fy, 1 FROM consolidated_invoices WHERE date BETWEEN @from AND @to AND ${BAD}
     UNION ALL SELECT 'Credit note', n.number, n.fy, 2 FROM credit_notes n JOIN invoices i ON i.fy = n.fy AND i.number = n.number WHERE n.date BETWEEN @from AND @to
     UNION ALL SELECT 'Invoice', x.number, x.fy, 2 FROM consolidated_invoices x JOIN invoices i ON i.fy = x.fy AND i.number = x.number WHERE x.date BETWEEN @from AND @to
     UNION ALL SELECT 'Invoice', x.number, x.fy, 2 FROM consolidated_invoices x JOIN credit_notes n ON n.fy = x.fy AND n.number = x.number WHERE x.date BETWEEN @from AND @to`,
  );

  const invoicesWhere = (where: SQL | undefined) =>
    withLines(
      orm
        .select({
          id: invoices.id,
          number: invoices.number,
          date: invoices.date,
          fy: invoices.fy,
          status: invoices.status,
          docType: invoices.docType,
          supply: invoices.supply,
          placeOfSupply: invoices.placeOfSupply,
          customerGstin: invoices.buyerGstin,
          valuePaise: invoices.payablePaise,
          gstClass: invoices.gstClass,
        })
        .from(invoices)
        .where(where)
        .orderBy(asc(invoices.date), asc(invoices.number))
        .all(),
      orm
        .select({ parent: invoiceLines.invoiceId, ...LINE })
        .from(invoices)
        .innerJoin(invoiceLines, eq(invoiceLines.invoiceId, invoices.id))
        .where(where)
        .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.lineNo))
        .all(),
    );

  return {
    listedInvoices: (from, to) => invoicesWhere(and(listed(invoices.gstClass), between(invoices.date, from, to), eq(invoices.docType, 'tax_invoice'))),
    listedNotes(from, to) {
      const where = and(between(creditNotes.date, from, to), listed(creditNotes.gstClass));
      const notes = orm
        .select({
          id: creditNotes.id,
          number: creditNotes.number,
          date: creditNotes.date,
          fy: creditNotes.fy,
          docType: creditNotes.docType,
          supply: creditNotes.supply,
          placeOfSupply: creditNotes.placeOfSupply,
          valuePaise: creditNotes.totalPaise,
          gstClass: creditNotes.gstClass,
          invoice: { number: invoices.number, date: invoices.date, fy: invoices.fy, valuePaise: invoices.payablePaise, customerGstin: creditNotes.buyerGstin },
        })
        .from(creditNotes)
        .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
        .where(where)
        .orderBy(asc(creditNotes.date), asc(creditNotes.number))
        .all();
      const lines = orm
        .select({ parent: creditNoteLines.creditNoteId, ...NOTE_LINE })
        .from(creditNotes)
        .innerJoin(creditNoteLines, eq(creditNoteLines.creditNoteId, creditNotes.id))
        .where(where)
        .orderBy(asc(creditNoteLines.creditNoteId), asc(creditNoteLines.lineNo))
        .all();
      return withLines(notes, lines);
    },
    summary(from, to) {
      const d = gstDaily;
      const key = [d.doc, d.docType, d.class, d.supply, d.pos, d.hsn, d.unit, d.gstRateBp, d.cessRateBp] as const;
      return orm
        .select({
          date: sql<string>`min(${d.date})`,
          doc: d.doc,
          docType: d.docType,
          class: d.class,
          supply: d.supply,
          pos: d.pos,
          hsn: d.hsn,
          unit: d.unit,
          gstRateBp: d.gstRateBp,
          cessRateBp: d.cessRateBp,
          name: sql<string>`min(${d.name})`,
          qtyMilli: sumOf(d.qtyMilli),
          taxablePaise: sumOf(d.taxablePaise),
          cgstPaise: sumOf(d.cgstPaise),
          sgstPaise: sumOf(d.sgstPaise),
          igstPaise: sumOf(d.igstPaise),
          cessPaise: sumOf(d.cessPaise),
        })
        .from(d)
        .where(and(between(d.date, from, to), ne(d.lines, 0)))
        .groupBy(...key)
        .orderBy(...key.map((c) => asc(c)))
        .all();
    },
    series(from, to) {
      // Bills from doc_daily (a row per day and series); credit notes are few and read whole. The
      // series is what comes before the sequence digits; first and last go by the sequence.
      const bills = new Map<string, SeriesRow>();
      const days = orm
        .select({
          prefix: docDaily.prefix,
          total: docDaily.total,
          cancelled: docDaily.cancelled,
          firstSeq: docDaily.firstSeq,
          lastSeq: docDaily.lastSeq,
          first: docDaily.first,
          last: docDaily.last,
        })
        .from(docDaily)
        .where(and(between(docDaily.date, from, to), eq(docDaily.docType, 'tax_invoice'), gt(docDaily.total, 0)))
        .all();
      for (const d of days) {
        const s = bills.get(d.prefix);
        if (!s) bills.set(d.prefix, { ...d });
        else {
          s.total += d.total;
          s.cancelled += d.cancelled;
          if (d.firstSeq < s.firstSeq) Object.assign(s, { firstSeq: d.firstSeq, first: d.first });
          if (d.lastSeq > s.lastSeq) Object.assign(s, { lastSeq: d.lastSeq, last: d.last });
        }
      }
      // Numbers compare by length first, then as text, so "C1/2526/10" comes after "C1/2526/9".
      const prefix = sql<string>`rtrim(${creditNotes.number}, '0123456789')`;
      const byLength = (pick: 'min' | 'max') =>
        sql<string>`substr(${sql.raw(pick)}(printf('%03d', length(${creditNotes.number})) || ${creditNotes.number}), 4)`;
      const notes = orm
        .select({ prefix, total: sql<number>`count(*)`, cancelled: sql<number>`0`, first: byLength('min'), last: byLength('max') })
        .from(creditNotes)
        .where(and(between(creditNotes.date, from, to), eq(creditNotes.docType, 'tax_invoice')))
        .groupBy(prefix)
        .all();
      const rows = (kind: 'invoice' | 'credit_note', list: ReadonlyArray<Pick<SeriesRow, 'prefix' | 'total' | 'cancelled' | 'first' | 'last'>>) =>
        [...list]
          .sort((a, b) => a.prefix.localeCompare(b.prefix))
          .map((r) => ({ kind, series: r.prefix.replace(/\/$/, ''), from: r.first, to: r.last, total: r.total, cancelled: r.cancelled }));
      return [...rows('invoice', [...bills.values()]), ...rows('credit_note', notes)];
    },
    problemNumbers: (from, to) => problemNumbers().all({ from, to }),
    slipsOf: (date) =>
      invoicesWhere(
        and(
          eq(invoices.date, date),
          notInArray(invoices.id, orm.select({ id: consolidatedMembers.invoiceId }).from(consolidatedMembers)),
          sql`${invoices.number} GLOB '[A-Z]*[0-9]S/*'`,
        ),
      ),
  };
}
