import { seriesOf } from '../billing/numbering';
import type { Paise } from '../money';
import type { InvoiceClass } from './classes';
import type { TaxedLine } from './summary';

/**
 * What returns are built from. B2B and B2CL documents (and their credit notes) are read whole;
 * everything else is read as daily summary rows (GstSummaryRow), which the database keeps with
 * triggers as bills, cancellations and credit notes are written, so a year of bills is thousands
 * of rows, not a million lines. `summarize` is the same rule in TypeScript: tests hold the
 * triggers to it.
 */
export interface ReturnLine extends TaxedLine {
  hsn: string;
  name: string;
  unit: string;
  qtyMilli: number;
}

export interface ReturnInvoice {
  id: string;
  number: string;
  date: string;
  fy: string;
  status: 'posted' | 'cancelled';
  docType: 'tax_invoice' | 'bill_of_supply';
  supply: 'intra' | 'inter';
  placeOfSupply: string;
  /** the buyer's GSTIN as on the bill */
  customerGstin: string | null;
  /** the invoice total as issued (payable, after round-off) */
  valuePaise: Paise;
  /** the GSTR-1 table the bill was posted in (app/core/gst/classes.ts) */
  gstClass: InvoiceClass;
  lines: ReturnLine[];
}

export interface ReturnCreditNote {
  id: string;
  number: string;
  date: string;
  fy: string;
  docType: 'tax_invoice' | 'bill_of_supply';
  supply: 'intra' | 'inter';
  placeOfSupply: string;
  valuePaise: Paise;
  /** its bill's GSTR-1 table */
  gstClass: InvoiceClass;
  lines: ReturnLine[];
  invoice: { number: string; date: string; fy: string; valuePaise: Paise; customerGstin: string | null };
}

export interface ReturnConsolidated {
  number: string;
  date: string;
}

/** Lines of one kind on a day (the gst_daily table's key and sums), or summed over a period (date: its first day). */
export interface GstSummaryRow {
  date: string;
  doc: 'invoice' | 'credit_note';
  docType: 'tax_invoice' | 'bill_of_supply';
  class: InvoiceClass;
  supply: 'intra' | 'inter';
  pos: string;
  hsn: string;
  unit: string;
  gstRateBp: number;
  cessRateBp: number;
  /** the alphabetically first product name, for the HSN summary's description */
  name: string;
  qtyMilli: number;
  taxablePaise: Paise;
  cgstPaise: Paise;
  sgstPaise: Paise;
  igstPaise: Paise;
  cessPaise: Paise;
}

/** Documents issued in one series (GSTR-1 table 13). */
export interface DocSeries {
  kind: 'invoice' | 'credit_note';
  series: string;
  from: string;
  to: string;
  total: number;
  cancelled: number;
}

/** A nil-rated line: no GST and no cess. It goes to GSTR-1's nil table and 3B's 3.1(c). */
export const isNilLine = (l: { gstRateBp: number; cessRateBp: number }) => l.gstRateBp === 0 && l.cessRateBp === 0;

/** A rate in basis points as the portal writes it: 1800 → 18, 25 → 0.25. */
export const rt = (bp: number) => bp / 100;

const summaryKey = (r: Omit<GstSummaryRow, 'name' | 'qtyMilli' | 'taxablePaise' | 'cgstPaise' | 'sgstPaise' | 'igstPaise' | 'cessPaise'>) =>
  [r.date, r.doc, r.docType, r.class, r.supply, r.pos, r.hsn, r.unit, r.gstRateBp, r.cessRateBp].join('|');

/** The rule the gst_daily triggers follow: posted bills add their lines, credit notes add theirs under 'credit_note', each under its stored table. */
export function summarize(invoices: readonly ReturnInvoice[], notes: readonly ReturnCreditNote[]): GstSummaryRow[] {
  const rows = new Map<string, GstSummaryRow>();
  const add = (base: Omit<GstSummaryRow, keyof ReturnLine>, l: ReturnLine) => {
    const key = summaryKey({ ...base, hsn: l.hsn, unit: l.unit, gstRateBp: l.gstRateBp, cessRateBp: l.cessRateBp });
    const r = rows.get(key);
    if (!r) rows.set(key, { ...base, ...l });
    else
      rows.set(key, {
        ...r,
        name: l.name < r.name ? l.name : r.name,
        qtyMilli: r.qtyMilli + l.qtyMilli,
        taxablePaise: r.taxablePaise + l.taxablePaise,
        cgstPaise: r.cgstPaise + l.cgstPaise,
        sgstPaise: r.sgstPaise + l.sgstPaise,
        igstPaise: r.igstPaise + l.igstPaise,
        cessPaise: r.cessPaise + l.cessPaise,
      });
  };
  for (const i of invoices) {
    if (i.status !== 'posted') continue;
    const base = { date: i.date, doc: 'invoice' as const, docType: i.docType, class: i.gstClass, supply: i.supply, pos: i.placeOfSupply };
    for (const l of i.lines) add(base, l);
  }
  for (const n of notes) {
    const base = {
      date: n.date,
      doc: 'credit_note' as const,
      docType: n.docType,
      class: n.gstClass,
      supply: n.supply,
      pos: n.placeOfSupply,
    };
    for (const l of n.lines) add(base, l);
  }
  return [...rows.values()].sort((a, b) => summaryKey(a).localeCompare(summaryKey(b)));
}

/** Table 13's rows from whole documents (the repo reads the same with SQL). */
export function docSeries(invoices: ReadonlyArray<{ number: string; status: string }>, notes: ReadonlyArray<{ number: string }>): DocSeries[] {
  const out = new Map<string, DocSeries & { fromSeq: number; toSeq: number }>();
  const add = (kind: DocSeries['kind'], number: string, cancelled: boolean) => {
    const { series, seq } = seriesOf(number);
    const key = `${kind}|${series}`;
    const s = out.get(key) ?? { kind, series, from: number, to: number, fromSeq: seq, toSeq: seq, total: 0, cancelled: 0 };
    if (seq < s.fromSeq) Object.assign(s, { from: number, fromSeq: seq });
    if (seq > s.toSeq) Object.assign(s, { to: number, toSeq: seq });
    s.total += 1;
    if (cancelled) s.cancelled += 1;
    out.set(key, s);
  };
  for (const i of invoices) add('invoice', i.number, i.status === 'cancelled');
  for (const n of notes) add('credit_note', n.number, false);
  return [...out.values()].map(({ fromSeq: _f, toSeq: _t, ...s }) => s).sort((a, b) => a.kind.localeCompare(b.kind) || a.series.localeCompare(b.series));
}
