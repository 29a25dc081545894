import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn } from '../../app/core/contract';
import { B2CL_THRESHOLD, invoiceClassOf, type InvoiceClass } from '../../app/core/gst/classes';
import { gstinCheckChar } from '../../app/core/gst/gstin';
import { summarize, type GstSummaryRow, type ReturnCreditNote, type ReturnInvoice, type ReturnLine } from '../../app/core/gst/return-docs';
import { makeTestHost, type TestHost } from '../support/test-host';
import { returnPart, sellPaidInFull } from '../support/selling';
import { ATTA, COLA } from '../support/demo-catalog';

/**
 * The core's rule (app/core/gst/classes.ts) and what the database keeps: every bill stores the table
 * the rule gives for its buyer, supply and value, a credit note stores its bill's, and the daily
 * summary the triggers keep is `summarize` of the documents, each under its stored table.
 */
const gstin = (body: string) => body + gstinCheckChar(body);
const TODAY = '2026-11-24';

let host: TestHost;
let seller: ApiClient;
let manager: ApiClient;
beforeAll(async () => {
  host = makeTestHost();
  // Billing to another state is a manager's choice.
  seller = await host.as('manager');
  manager = await host.as('manager');
  const local = await seller.call('customers.add', { name: 'Verma Traders', gstin: gstin('23AAACV1234K1Z') });
  const mumbai = await seller.call('customers.add', { name: 'Patil Stores', gstin: gstin('27AAACP5678L1Z') });
  const walkIn = await seller.call('customers.add', { name: 'Ramesh Kumar', phone: '9827000003' });
  const sell = (ref: string, qtyMilli: number, extra: Partial<ParamsIn<'billing.postInvoice'>> = {}) =>
    sellPaidInFull(seller, `classes-${ref}`, {
      lines: [
        { productId: ATTA, qtyMilli },
        { productId: COLA, qtyMilli: 2000 },
      ],
      ...extra,
    });
  await sell('b2b-intra', 2000, { customerId: local.id });
  await sell('b2b-inter', 2000, { customerId: mumbai.id, placeOfSupply: '27' });
  // Over ₹1,00,000 to an unregistered buyer in another state: b2cl; the same within the state, or a small one, b2cs.
  const big = await sell('b2cl', 400_000, { placeOfSupply: '27' });
  await sell('big-intra', 400_000);
  await sell('small-inter', 2000, { customerId: walkIn.id, placeOfSupply: '27' });
  const cancelled = await sell('cancelled', 1000);
  await manager.call('billing.cancelInvoice', { id: cancelled.id, reason: 'test' });
  await returnPart(manager, { clientRef: 'classes-cn', invoiceId: big.id, reason: 'Damaged' });
});
afterAll(() => host.dispose());

const invoicesWhole = (): ReturnInvoice[] => {
  const lines = host.store.raw
    .prepare<[], ReturnLine & { parent: string }>(
      `SELECT invoice_id AS parent, hsn, name, unit, qty_milli AS qtyMilli, gst_rate_bp AS gstRateBp, cess_rate_bp AS cessRateBp, taxable_paise AS taxablePaise,
        cgst_paise AS cgstPaise, sgst_paise AS sgstPaise, igst_paise AS igstPaise, cess_paise AS cessPaise FROM invoice_lines ORDER BY invoice_id, line_no`,
    )
    .all();
  return host.store.raw
    .prepare<[], Omit<ReturnInvoice, 'lines'>>(
      `SELECT id, number, date, fy, status, doc_type AS docType, supply, place_of_supply AS placeOfSupply, buyer_gstin AS customerGstin,
        payable_paise AS valuePaise, gst_class AS gstClass FROM invoices`,
    )
    .all()
    .map((i) => ({ ...i, lines: lines.filter((l) => l.parent === i.id).map(({ parent: _p, ...l }) => l) }));
};

describe('the GSTR-1 table, worked out once', () => {
  it('is stored on every bill as the core’s rule gives it, on both sides of ₹1,00,000', () => {
    const bills = invoicesWhole();
    const tables = bills.map((i) => i.gstClass).sort();
    expect(tables).toEqual<InvoiceClass[]>(['b2b', 'b2b', 'b2cl', 'b2cs', 'b2cs', 'b2cs']);
    for (const i of bills) expect(i.gstClass).toBe(invoiceClassOf(i));
    expect(bills.filter((i) => i.valuePaise > B2CL_THRESHOLD)).toHaveLength(2);
  });

  it('is stored on a credit note as its bill’s', () => {
    const rows = host.store.raw
      .prepare<[], { note: string; bill: string }>('SELECT n.gst_class AS note, i.gst_class AS bill FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id')
      .all();
    expect(rows).toEqual([{ note: 'b2cl', bill: 'b2cl' }]);
  });

  it('is what the daily summary sums by: the triggers’ rows are summarize() of the documents', () => {
    const notes: ReturnCreditNote[] = host.store.gst.listedNotes(TODAY, TODAY);
    expect(notes).toHaveLength(1);
    const key = (r: GstSummaryRow) => [r.doc, r.docType, r.class, r.supply, r.pos, r.hsn, r.unit, r.gstRateBp, r.cessRateBp].join('|');
    const byKey = (rows: readonly GstSummaryRow[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byKey(host.store.gst.summary(TODAY, TODAY))).toEqual(byKey(summarize(invoicesWhole(), notes)));
  });

  it('lists the b2b and b2cl bills for GSTR-1 by their stored table, through the partial index', () => {
    expect(
      host.store.gst
        .listedInvoices(TODAY, TODAY)
        .map((i) => i.gstClass)
        .sort(),
    ).toEqual(['b2b', 'b2b', 'b2cl']);
    const plan = host.store.raw
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT id FROM invoices WHERE "invoices"."gst_class" <> 'b2cs' AND "invoices"."date" BETWEEN '${TODAY}' AND '${TODAY}'`,
      )
      .all()
      .map((r) => r.detail)
      .join('; ');
    expect(plan).toContain('invoices_listed');
  });
});
