import type { GstRateRow } from '../../../app/core/gst/rates';
import type { GstSummaryRow, ReturnCreditNote, ReturnInvoice, ReturnLine } from '../../../app/core/gst/return-docs';
import { atomically, cachedRead, type RepoContext } from '../context';
import type { GstRepo } from '../../../app/core/services/gst/ports';

const LINE_OF = (t: string) =>
  [
    'hsn',
    'name',
    'unit',
    'qty_milli AS qtyMilli',
    'gst_rate_bp AS gstRateBp',
    'cess_rate_bp AS cessRateBp',
    'taxable_paise AS taxablePaise',
    'cgst_paise AS cgstPaise',
    'sgst_paise AS sgstPaise',
    'igst_paise AS igstPaise',
    'cess_paise AS cessPaise',
  ]
    .map((c) => `${t}.${c}`)
    .join(', ');
// The same rule as app/core/gst/classes.ts and the gst_daily triggers.
const LISTED = "(coalesce(c.gstin, '') <> '' OR (i.supply = 'inter' AND i.payable_paise > 10000000))";
const INVOICE = `i.id, i.number, i.date, i.fy, i.status, i.doc_type AS docType, i.supply, i.place_of_supply AS placeOfSupply, nullif(c.gstin, '') AS customerGstin, i.payable_paise AS valuePaise`;

/** The lines of many documents in one query (ordered by parent, then line), grouped by parent id. */
function linesByParent(rows: ReadonlyArray<ReturnLine & { parent: string }>): Map<string, ReturnLine[]> {
  const out = new Map<string, ReturnLine[]>();
  for (const { parent, ...line } of rows) {
    const list = out.get(parent);
    if (list) list.push(line);
    else out.set(parent, [line]);
  }
  return out;
}

/**
 * GST rates, the documents and daily summaries returns are built from, and consolidated invoices.
 * The rate table is read by every bill, so it is kept in memory and read again only when this
 * connection writes it or another connection has committed (PRAGMA data_version).
 */
export function createGstRepo({ raw }: RepoContext): GstRepo {
  const rates = cachedRead(
    raw,
    () =>
      raw
        .prepare(
          'SELECT hsn, effective_from AS effectiveFrom, gst_rate_bp AS gstRateBp, cess_rate_bp AS cessRateBp, note FROM gst_rates ORDER BY hsn, effective_from',
        )
        .all() as GstRateRow[],
  );
  // The documents' lines come in one query over the same selection, not one query per document.
  const withLines = <T extends { id: string }>(docs: T[], lines: Array<ReturnLine & { parent: string }>): Array<T & { lines: ReturnLine[] }> => {
    const byParent = linesByParent(lines);
    return docs.map((d) => ({ ...d, lines: byParent.get(d.id) ?? [] }));
  };
  const invoicesWhere = (where: string, ...args: unknown[]) =>
    withLines(
      raw
        .prepare(`SELECT ${INVOICE} FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id WHERE ${where} ORDER BY i.date, i.number`)
        .all(...args) as Array<Omit<ReturnInvoice, 'lines'>>,
      raw
        .prepare(
          `SELECT l.invoice_id AS parent, ${LINE_OF('l')} FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id JOIN invoice_lines l ON l.invoice_id = i.id WHERE ${where} ORDER BY l.invoice_id, l.line_no`,
        )
        .all(...args) as Array<ReturnLine & { parent: string }>,
    );

  return {
    rateTable: () => rates.get(),
    upsertRate(r) {
      raw
        .prepare(
          `INSERT INTO gst_rates (hsn, effective_from, gst_rate_bp, cess_rate_bp, note, created_at) VALUES (@hsn, @effectiveFrom, @gstRateBp, @cessRateBp, @note, @createdAt)
           ON CONFLICT (hsn, effective_from) DO UPDATE SET gst_rate_bp = excluded.gst_rate_bp, cess_rate_bp = excluded.cess_rate_bp, note = excluded.note, created_at = excluded.created_at`,
        )
        .run(r);
      rates.forget();
    },
    products(prefixes) {
      const cols = 'id, name, hsn, gst_rate_bp AS gstRateBp, cess_rate_bp AS cessRateBp';
      const like = prefixes === null ? '1' : prefixes.map(() => 'hsn LIKE ?').join(' OR ') || '0';
      return raw
        .prepare(`SELECT ${cols} FROM products WHERE active = 1 AND (${like}) ORDER BY hsn, name`)
        .all(...(prefixes ?? []).map((p) => `${p}%`)) as ReturnType<GstRepo['products']>;
    },
    // The registered buyers' bills through their customers, and b2cl through its partial index: not every bill of the period.
    listedInvoices: (from, to) =>
      invoicesWhere(
        `i.id IN (SELECT i.id FROM customers c JOIN invoices i ON i.customer_id = c.id WHERE coalesce(c.gstin, '') <> '' AND i.date BETWEEN ? AND ? AND i.doc_type = 'tax_invoice'
                  UNION ALL SELECT i.id FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id
                  WHERE i.date BETWEEN ? AND ? AND i.supply = 'inter' AND i.payable_paise > 10000000 AND i.doc_type = 'tax_invoice' AND coalesce(c.gstin, '') = '')`,
        from,
        to,
        from,
        to,
      ),
    listedNotes(from, to) {
      const selection = `FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id LEFT JOIN customers c ON c.id = i.customer_id WHERE n.date BETWEEN ? AND ? AND ${LISTED}`;
      const notes = raw
        .prepare(
          `SELECT n.id, n.number, n.date, n.fy, n.doc_type AS docType, n.supply, n.place_of_supply AS placeOfSupply, n.total_paise AS valuePaise,
                  i.number AS invNumber, i.date AS invDate, i.fy AS invFy, i.payable_paise AS invValue, nullif(c.gstin, '') AS invGstin
           ${selection} ORDER BY n.date, n.number`,
        )
        .all(from, to) as Array<
        Omit<ReturnCreditNote, 'lines' | 'invoice'> & { invNumber: string; invDate: string; invFy: string; invValue: number; invGstin: string | null }
      >;
      const lines = raw
        .prepare(
          `SELECT l.credit_note_id AS parent, ${LINE_OF('l')} ${selection.replace('WHERE', 'JOIN credit_note_lines l ON l.credit_note_id = n.id WHERE')} ORDER BY l.credit_note_id, l.line_no`,
        )
        .all(from, to) as Array<ReturnLine & { parent: string }>;
      return withLines(notes, lines).map(({ invNumber, invDate, invFy, invValue, invGstin, ...n }) => ({
        ...n,
        invoice: { number: invNumber, date: invDate, fy: invFy, valuePaise: invValue, customerGstin: invGstin },
      }));
    },
    summary: (from, to) =>
      raw
        .prepare(
          `SELECT min(date) AS date, doc, doc_type AS docType, class, supply, pos, hsn, unit, gst_rate_bp AS gstRateBp, cess_rate_bp AS cessRateBp, min(name) AS name,
                  sum(qty_milli) AS qtyMilli, sum(taxable_paise) AS taxablePaise, sum(cgst_paise) AS cgstPaise, sum(sgst_paise) AS sgstPaise, sum(igst_paise) AS igstPaise, sum(cess_paise) AS cessPaise
           FROM gst_daily WHERE date BETWEEN ? AND ? AND lines <> 0
           GROUP BY doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp ORDER BY doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp`,
        )
        .all(from, to) as GstSummaryRow[],
    series(from, to) {
      // Bills from doc_daily (a row per day and series); credit notes are few and read whole. The
      // series is what comes before the sequence digits; first and last go by the sequence.
      type Row = { prefix: string; total: number; cancelled: number; firstSeq: number; lastSeq: number; first: string; last: string };
      const bills = new Map<string, Row>();
      const days = raw
        .prepare(
          "SELECT prefix, total, cancelled, first_seq AS firstSeq, last_seq AS lastSeq, first, last FROM doc_daily WHERE date BETWEEN ? AND ? AND doc_type = 'tax_invoice' AND total > 0",
        )
        .all(from, to) as Row[];
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
      const notes = raw
        .prepare(
          `SELECT rtrim(number, '0123456789') AS prefix, count(*) AS total, 0 AS cancelled,
                  substr(min(printf('%03d', length(number)) || number), 4) AS first, substr(max(printf('%03d', length(number)) || number), 4) AS last
           FROM credit_notes WHERE date BETWEEN ? AND ? AND doc_type = 'tax_invoice' GROUP BY 1`,
        )
        .all(from, to) as Row[];
      const rows = (kind: 'invoice' | 'credit_note', list: readonly Row[]) =>
        [...list]
          .sort((a, b) => a.prefix.localeCompare(b.prefix))
          .map((r) => ({ kind, series: r.prefix.replace(/\/$/, ''), from: r.first, to: r.last, total: r.total, cancelled: r.cancelled }));
      return [...rows('invoice', [...bills.values()]), ...rows('credit_note', notes)];
    },
    problemNumbers(from, to) {
      // Numbers rule 46 refuses (bills only on the days doc_daily counts one), and numbers used twice in a year. Each table's UNIQUE (fy, number)
      // stops a repeat within a kind, so a repeat can only be across kinds: the few credit notes
      // and consolidated invoices are looked up in the invoices' unique index, not grouped.
      const BAD = "(length(number) > 16 OR number GLOB '*[^A-Za-z0-9/-]*')";
      return raw
        .prepare(
          `SELECT 'Invoice' AS kind, number, fy, 1 AS uses FROM invoices WHERE date IN (SELECT date FROM doc_daily WHERE date BETWEEN @from AND @to AND bad > 0) AND ${BAD}
           UNION ALL SELECT 'Credit note', number, fy, 1 FROM credit_notes WHERE date BETWEEN @from AND @to AND ${BAD}
           UNION ALL SELECT 'Invoice', number, fy, 1 FROM consolidated_invoices WHERE date BETWEEN @from AND @to AND ${BAD}
           UNION ALL SELECT 'Credit note', n.number, n.fy, 2 FROM credit_notes n JOIN invoices i ON i.fy = n.fy AND i.number = n.number WHERE n.date BETWEEN @from AND @to
           UNION ALL SELECT 'Invoice', x.number, x.fy, 2 FROM consolidated_invoices x JOIN invoices i ON i.fy = x.fy AND i.number = x.number WHERE x.date BETWEEN @from AND @to
           UNION ALL SELECT 'Invoice', x.number, x.fy, 2 FROM consolidated_invoices x JOIN credit_notes n ON n.fy = x.fy AND n.number = x.number WHERE x.date BETWEEN @from AND @to`,
        )
        .all({ from, to }) as ReturnType<GstRepo['problemNumbers']>;
    },
    purchaseDocuments(from, to) {
      return raw
        .prepare(
          `SELECT b.id, e.id AS entryId, b.kind, b.number, a.number AS againstNumber, b.supplier_id AS supplierId, s.name AS supplierName, nullif(s.gstin, '') AS supplierGstin,
             b.date, b.supplier_date AS supplierDate, b.taxable_paise AS taxablePaise, b.cgst_paise AS cgstPaise, b.sgst_paise AS sgstPaise, b.igst_paise AS igstPaise,
             b.cess_paise AS cessPaise, b.total_paise AS totalPaise
           FROM purchase_bills b JOIN suppliers s ON s.id = b.supplier_id LEFT JOIN purchase_bills a ON a.id = b.against_id
           JOIN journal_entries e ON e.ref_id = b.id AND e.ref_type IN ('purchase_bill', 'purchase_return') AND e.reverses_id IS NULL
           WHERE b.date BETWEEN ? AND ? ORDER BY b.date, b.created_at, b.id`,
        )
        .all(from, to) as ReturnType<GstRepo['purchaseDocuments']>;
    },
    expenseInputTax(from, to) {
      const rows = raw
        .prepare(
          `SELECT l.account_code AS account, sum(l.debit_paise) - sum(l.credit_paise) AS net FROM journal_entries e JOIN vouchers v ON e.ref_type = 'voucher' AND v.id = e.ref_id
           JOIN journal_lines l ON l.entry_id = e.id
           WHERE v.kind = 'expense' AND e.date BETWEEN ? AND ? AND l.account_code IN ('INPUT_IGST', 'INPUT_CGST', 'INPUT_SGST', 'INPUT_CESS') GROUP BY 1`,
        )
        .all(from, to) as Array<{ account: string; net: number }>;
      const get = (a: string) => rows.find((r) => r.account === a)?.net ?? 0;
      return { igstPaise: get('INPUT_IGST'), cgstPaise: get('INPUT_CGST'), sgstPaise: get('INPUT_SGST'), cessPaise: get('INPUT_CESS') };
    },
    inputTax(from, to) {
      const rows = raw
        .prepare(
          "SELECT account_code AS account, sum(debit_paise) AS debit, sum(credit_paise) AS credit FROM ledger_daily WHERE account_code IN ('INPUT_IGST', 'INPUT_CGST', 'INPUT_SGST', 'INPUT_CESS') AND date BETWEEN ? AND ? GROUP BY 1",
        )
        .all(from, to) as Array<{ account: string; debit: number; credit: number }>;
      const of = (k: 'debit' | 'credit') => {
        const get = (a: string) => rows.find((r) => r.account === a)?.[k] ?? 0;
        return { igstPaise: get('INPUT_IGST'), cgstPaise: get('INPUT_CGST'), sgstPaise: get('INPUT_SGST'), cessPaise: get('INPUT_CESS') };
      };
      return { debits: of('debit'), credits: of('credit') };
    },
    consolidated(from, to) {
      const heads = raw
        .prepare(
          'SELECT id, number, date, bills, taxable_paise AS taxablePaise, cgst_paise AS cgstPaise, sgst_paise AS sgstPaise, igst_paise AS igstPaise, cess_paise AS cessPaise, value_paise AS valuePaise FROM consolidated_invoices WHERE date BETWEEN ? AND ? ORDER BY date',
        )
        .all(from, to) as Array<{
        id: string;
        number: string;
        date: string;
        bills: number;
        taxablePaise: number;
        cgstPaise: number;
        sgstPaise: number;
        igstPaise: number;
        cessPaise: number;
        valuePaise: number;
      }>;
      const rowsOf = raw.prepare(
        `SELECT l.hsn, l.gst_rate_bp AS gstRateBp, l.cess_rate_bp AS cessRateBp, sum(l.qty_milli) AS qtyMilli, sum(l.taxable_paise) AS taxablePaise, sum(l.cgst_paise) AS cgstPaise,
                sum(l.sgst_paise) AS sgstPaise, sum(l.igst_paise) AS igstPaise, sum(l.cess_paise) AS cessPaise
         FROM consolidated_members m JOIN invoice_lines l ON l.invoice_id = m.invoice_id WHERE m.consolidated_id = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      );
      return heads.map(({ id, number, date, bills, ...totals }) => ({
        id,
        number,
        date,
        bills,
        rows: rowsOf.all(id) as ReturnType<GstRepo['consolidated']>[number]['rows'],
        totals,
      }));
    },
    slipsOf: (date) => invoicesWhere(`i.date = ? AND i.id NOT IN (SELECT invoice_id FROM consolidated_members) AND i.number GLOB '[A-Z]*[0-9]S/*'`, date),
    insertConsolidated(c) {
      atomically(raw, () => {
        const t = c.totals;
        raw
          .prepare(
            `INSERT INTO consolidated_invoices (id, number, fy, date, created_at, user_id, bills, taxable_paise, cgst_paise, sgst_paise, igst_paise, cess_paise, value_paise)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(c.id, c.number, c.fy, c.date, c.createdAt, c.userId, c.bills, t.taxablePaise, t.cgstPaise, t.sgstPaise, t.igstPaise, t.cessPaise, t.valuePaise);
        const member = raw.prepare('INSERT INTO consolidated_members (invoice_id, consolidated_id) VALUES (?, ?)');
        for (const id of c.invoiceIds) member.run(id, c.id);
      });
    },
    salesRegister(from, to) {
      return raw
        .prepare(
          `SELECT i.date, i.id, 'invoice' AS kind, i.number, i.status, c.name AS customerName, nullif(c.gstin, '') AS gstin, i.place_of_supply AS placeOfSupply,
                  i.taxable_paise AS taxablePaise, i.cgst_paise AS cgstPaise, i.sgst_paise AS sgstPaise, i.igst_paise AS igstPaise, i.cess_paise AS cessPaise,
                  i.round_off_paise AS roundOffPaise, i.payable_paise AS totalPaise, i.created_at AS at
           FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.date BETWEEN @from AND @to
           UNION ALL
           SELECT n.date, n.id, 'credit_note', n.number, 'posted', c.name, nullif(c.gstin, ''), n.place_of_supply,
                  -n.taxable_paise, -n.cgst_paise, -n.sgst_paise, -n.igst_paise, -n.cess_paise, -n.round_off_paise, -n.total_paise, n.created_at
           FROM credit_notes n LEFT JOIN customers c ON c.id = n.customer_id WHERE n.date BETWEEN @from AND @to
           ORDER BY 1, at`,
        )
        .all({ from, to })
        .map((r) => {
          const { at: _at, ...row } = r as ReturnType<GstRepo['salesRegister']>[number] & { at: string };
          return row;
        });
    },
    turnover(from, to) {
      const r = raw
        .prepare(
          "SELECT coalesce(sum(credit_paise) - sum(debit_paise), 0) AS t FROM ledger_daily WHERE account_code IN ('SALES', 'SALES_RETURNS') AND date BETWEEN ? AND ?",
        )
        .get(from, to) as { t: number };
      return r.t;
    },
  };
}
