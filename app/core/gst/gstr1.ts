import { docKindOf } from '../billing/numbering';
import { toRupeeNumber } from '../money';
import { addHeads, isZero, ZERO, type Heads } from './heads';
import type { ReturnPeriod } from './period';
import { docSeries, isNilLine, rt, type DocSeries, type GstSummaryRow, type ReturnCreditNote, type ReturnInvoice, type ReturnLine } from './return-docs';
import type { Uqc } from '../contract/vocabulary';
import { uqcFor } from './uqc';

/**
 * GSTR-1 in the portal's JSON shape (gst-and-market.md §9, gst-conventions.md): every section key
 * present even when empty, amounts as rupee numbers with two decimals, rates in percent. b2b and
 * b2cl list invoices (their nil-rated lines go to 'nil'); b2cs aggregates the other B2C supplies
 * by supply type, place of supply and rate with their credit notes netted in; cdnr and cdnur list
 * the notes on b2b and b2cl bills; hsn is split B2B/B2C and net of credit notes; doc_issue counts
 * each series with its cancelled bills. Cancelled bills appear only there.
 */
export const GSTR1_VERSION = 'GST3.1.6';
const money = toRupeeNumber;

/** One rate's amounts as itm_det: intra-state carries camt and samt, inter-state iamt. */
export function itemDetail(h: Heads, rateBp: number, supply: 'intra' | 'inter') {
  const base = { txval: money(h.taxablePaise), rt: rt(rateBp) };
  return supply === 'inter'
    ? { ...base, iamt: money(h.igstPaise), csamt: money(h.cessPaise) }
    : { ...base, camt: money(h.cgstPaise), samt: money(h.sgstPaise), csamt: money(h.cessPaise) };
}

/** Taxed lines grouped by GST rate, lowest first, as the portal's numbered items. */
function items(lines: readonly ReturnLine[], supply: 'intra' | 'inter') {
  const byRate = new Map<number, Heads>();
  for (const l of lines) if (!isNilLine(l)) byRate.set(l.gstRateBp, addHeads(byRate.get(l.gstRateBp) ?? ZERO, l));
  return [...byRate.entries()].sort((a, b) => a[0] - b[0]).map(([rate, h], i) => ({ num: i + 1, itm_det: itemDetail(h, rate, supply) }));
}

const taxedTotal = (lines: readonly ReturnLine[]) => lines.filter((l) => !isNilLine(l)).reduce<Heads>((h, l) => addHeads(h, l), ZERO);
export const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));

export interface Gstr1Data {
  gstin: string;
  period: ReturnPeriod;
  /** posted tax invoices of the period to a GSTIN (b2b) or inter-state over ₹1 lakh (b2cl) */
  documents: readonly ReturnInvoice[];
  /** credit notes of the period on b2b and b2cl bills */
  notes: readonly ReturnCreditNote[];
  summary: readonly GstSummaryRow[];
  series: readonly DocSeries[];
  consolidated: ReadonlyArray<{ number: string }>;
  /** each HSN's description in the portal's HSN master; a code it lacks is named by its first product */
  hsnNames?: ReadonlyMap<string, string>;
  /** The UQC products name for themselves, by `uqcKey(hsn, unit)`. */
  uqcs?: ReadonlyMap<string, Uqc>;
}

export function buildGstr1(d: Gstr1Data) {
  const invoice = (i: ReturnInvoice) => ({
    inum: i.number,
    idt: ddmmyyyy(i.date),
    val: money(i.valuePaise),
    pos: i.placeOfSupply,
    rchrg: 'N',
    inv_typ: 'R',
    itms: items(i.lines, i.supply),
  });
  const note = (n: ReturnCreditNote) => ({
    ntty: 'C',
    nt_num: n.number,
    nt_dt: ddmmyyyy(n.date),
    val: money(n.valuePaise),
    pos: n.placeOfSupply,
    rchrg: 'N',
    inv_typ: 'R',
    itms: items(n.lines, n.supply),
  });
  const summary = { b2b: ZERO, b2cl: ZERO, b2cs: ZERO, cdnr: ZERO, cdnur: ZERO, nilPaise: 0 };

  const b2b = new Map<string, Array<ReturnType<typeof invoice>>>();
  const b2cl = new Map<string, Array<Omit<ReturnType<typeof invoice>, 'pos' | 'rchrg' | 'inv_typ'>>>();
  for (const i of d.documents) {
    if (i.status !== 'posted' || i.docType !== 'tax_invoice' || !i.lines.some((l) => !isNilLine(l))) continue;
    const cls = i.gstClass;
    summary[cls] = addHeads(summary[cls], taxedTotal(i.lines));
    if (cls === 'b2b' && i.customerGstin) b2b.set(i.customerGstin, [...(b2b.get(i.customerGstin) ?? []), invoice(i)]);
    if (cls === 'b2cl') {
      const { pos, rchrg: _r, inv_typ: _t, ...rest } = invoice(i);
      b2cl.set(pos, [...(b2cl.get(pos) ?? []), rest]);
    }
  }
  const cdnr = new Map<string, Array<ReturnType<typeof note>>>();
  const cdnur: Array<{ typ: 'B2CL'; ntty: string; nt_num: string; nt_dt: string; val: number; pos: string; itms: ReturnType<typeof items> }> = [];
  for (const n of d.notes) {
    if (n.docType !== 'tax_invoice' || !n.lines.some((l) => !isNilLine(l))) continue;
    const gstin = n.invoice.customerGstin;
    if (gstin) {
      summary.cdnr = addHeads(summary.cdnr, taxedTotal(n.lines));
      cdnr.set(gstin, [...(cdnr.get(gstin) ?? []), note(n)]);
    } else {
      summary.cdnur = addHeads(summary.cdnur, taxedTotal(n.lines));
      const { rchrg: _r, inv_typ: _t, ...rest } = note(n);
      cdnur.push({ typ: 'B2CL', ...rest });
    }
  }

  // The summary rows: b2cs, nil and the HSN table (tax invoices only; bills of supply are not in GSTR-1).
  const b2cs = new Map<string, { sply_ty: 'INTRA' | 'INTER'; pos: string; rateBp: number; heads: Heads }>();
  const nil = { INTRB2B: 0, INTRAB2B: 0, INTRB2C: 0, INTRAB2C: 0 };
  const hsn = { b2b: new Map<string, GstSummaryRow>(), b2c: new Map<string, GstSummaryRow>() };
  for (const r of d.summary) {
    if (r.docType !== 'tax_invoice') continue;
    const sign = r.doc === 'invoice' ? 1 : -1;
    if (isNilLine(r)) nil[`${r.supply === 'inter' ? 'INTR' : 'INTRA'}${r.class === 'b2b' ? 'B2B' : 'B2C'}`] += sign * r.taxablePaise;
    else if (r.class === 'b2cs') {
      const key = `${r.supply}|${r.pos}|${String(r.gstRateBp).padStart(5, '0')}`;
      const row = b2cs.get(key) ?? { sply_ty: r.supply === 'intra' ? ('INTRA' as const) : ('INTER' as const), pos: r.pos, rateBp: r.gstRateBp, heads: ZERO };
      b2cs.set(key, { ...row, heads: addHeads(row.heads, r, sign) });
      summary.b2cs = addHeads(summary.b2cs, r, sign);
    }
    const table = r.class === 'b2b' ? hsn.b2b : hsn.b2c;
    const key = `${r.hsn}|${uqcFor(r.hsn, r.unit, d.uqcs)}|${String(r.gstRateBp).padStart(5, '0')}`;
    const h = table.get(key);
    const signed = { ...r, qtyMilli: sign * r.qtyMilli, ...addHeads(ZERO, r, sign) };
    table.set(key, h ? { ...h, name: r.name < h.name ? r.name : h.name, qtyMilli: h.qtyMilli + signed.qtyMilli, ...addHeads(h, signed) } : signed);
  }
  summary.nilPaise = nil.INTRB2B + nil.INTRAB2B + nil.INTRB2C + nil.INTRAB2C;

  const json = {
    gstin: d.gstin,
    fp: d.period.fp,
    version: GSTR1_VERSION,
    hash: 'hash',
    b2b: sorted(b2b).map(([ctin, inv]) => ({ ctin, inv: inv.sort((a, b) => a.inum.localeCompare(b.inum)) })),
    b2cl: sorted(b2cl).map(([pos, inv]) => ({ pos, inv: inv.sort((a, b) => a.inum.localeCompare(b.inum)) })),
    b2cs: sorted(b2cs)
      .map(([, r]) => r)
      .filter((r) => !isZero(r.heads))
      .map((r) => ({ sply_ty: r.sply_ty, pos: r.pos, typ: 'OE', ...itemDetail(r.heads, r.rateBp, r.sply_ty === 'INTRA' ? 'intra' : 'inter') })),
    cdnr: sorted(cdnr).map(([ctin, nt]) => ({ ctin, nt: nt.sort((a, b) => a.nt_num.localeCompare(b.nt_num)) })),
    cdnur: cdnur.sort((a, b) => a.nt_num.localeCompare(b.nt_num)),
    nil: { inv: (['INTRB2B', 'INTRAB2B', 'INTRB2C', 'INTRAB2C'] as const).map((k) => ({ sply_ty: k, expt_amt: 0, nil_amt: money(nil[k]), ngsup_amt: 0 })) },
    hsn: { hsn_b2b: hsnRows(hsn.b2b, d.hsnNames, d.uqcs).map(hsnJson), hsn_b2c: hsnRows(hsn.b2c, d.hsnNames, d.uqcs).map(hsnJson) },
    doc_issue: docIssue(d.series, d.consolidated),
  };
  const documents = d.series.reduce((s, x) => s + x.total, 0) + d.consolidated.length;
  const cancelled = d.series.reduce((s, x) => s + x.cancelled, 0);
  const listed = (groups: ReadonlyArray<{ inv?: unknown[]; nt?: unknown[] }>) => groups.reduce((n, g) => n + (g.inv ?? g.nt ?? []).length, 0);
  const counts = {
    b2b: listed(json.b2b),
    b2cl: listed(json.b2cl),
    b2cs: json.b2cs.length,
    cdnr: listed(json.cdnr),
    cdnur: json.cdnur.length,
  };
  return {
    json,
    summary: { ...summary, documents, cancelled },
    counts,
    hsn: { b2b: hsnRows(hsn.b2b, d.hsnNames, d.uqcs), b2c: hsnRows(hsn.b2c, d.hsnNames, d.uqcs) },
  };
}

export type Gstr1Json = ReturnType<typeof buildGstr1>['json'];

/** The HSN summary's rows in paise and milli-units, in the portal's order. */
export interface HsnSummaryRow extends Heads {
  hsn: string;
  description: string;
  uqc: string;
  qtyMilli: number;
  rateBp: number;
}

function hsnRows(rows: Map<string, GstSummaryRow>, names: ReadonlyMap<string, string> = new Map(), uqcs?: ReadonlyMap<string, Uqc>): HsnSummaryRow[] {
  return sorted(rows)
    .map(([, r]) => r)
    .filter((r) => r.qtyMilli !== 0 || !isZero(r))
    .map((r) => ({
      hsn: r.hsn,
      description: names.get(r.hsn) ?? r.name,
      uqc: uqcFor(r.hsn, r.unit, uqcs),
      qtyMilli: r.qtyMilli,
      rateBp: r.gstRateBp,
      taxablePaise: r.taxablePaise,
      igstPaise: r.igstPaise,
      cgstPaise: r.cgstPaise,
      sgstPaise: r.sgstPaise,
      cessPaise: r.cessPaise,
    }));
}

const hsnJson = (r: HsnSummaryRow, i: number) => ({
  num: i + 1,
  hsn_sc: r.hsn,
  desc: r.description,
  uqc: r.uqc,
  qty: r.qtyMilli / 1000,
  rt: rt(r.rateBp),
  txval: money(r.taxablePaise),
  iamt: money(r.igstPaise),
  camt: money(r.cgstPaise),
  samt: money(r.sgstPaise),
  csamt: money(r.cessPaise),
});

/** Table 13: invoices (slips for small bills are not invoices: the day's consolidated invoice stands for them) and credit notes. */
function docIssue(series: readonly DocSeries[], consolidated: ReadonlyArray<{ number: string }>) {
  const rows = (list: ReadonlyArray<Omit<DocSeries, 'kind'>>) =>
    [...list]
      .sort((a, b) => a.series.localeCompare(b.series))
      .map((s, i) => ({ num: i + 1, from: s.from, to: s.to, totnum: s.total, cancel: s.cancelled, net_issue: s.total - s.cancelled }));
  const invoices = series.filter((s) => s.kind === 'invoice' && docKindOf(s.from) !== 'small_bill');
  const cons = consolidated.length > 0 ? docSeriesOfNumbers(consolidated.map((c) => c.number)) : [];
  const det = [
    { doc_num: 1, doc_typ: 'Invoices for outward supply', docs: rows([...invoices, ...cons]) },
    { doc_num: 5, doc_typ: 'Credit Note', docs: rows(series.filter((s) => s.kind === 'credit_note')) },
  ];
  return { doc_det: det.filter((x) => x.docs.length > 0) };
}

const docSeriesOfNumbers = (numbers: readonly string[]) =>
  docSeries(
    numbers.map((number) => ({ number, status: 'posted' })),
    [],
  );
