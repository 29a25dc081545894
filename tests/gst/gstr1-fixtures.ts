import type { Gstr1Data } from '../../app/core/gst/gstr1';
import type { DocSeries, GstSummaryRow, ReturnInvoice, ReturnLine } from '../../app/core/gst/return-docs';

/** Small hand-made documents for GSTR-1 tables; every amount is given, none computed. */
export const BUYER = '29AAGCB7383J1Z4';
export const OTHER_BUYER = '27AAPFU0939F1ZV';

export function aReturnLine(gstRateBp: number, taxable: number, tax: { cgst?: number; sgst?: number; igst?: number; cess?: number } = {}): ReturnLine {
  return {
    hsn: '1905',
    name: 'Biscuit',
    unit: 'pcs',
    qtyMilli: 1000,
    gstRateBp,
    cessRateBp: tax.cess ? 1200 : 0,
    taxablePaise: taxable,
    cgstPaise: tax.cgst ?? 0,
    sgstPaise: tax.sgst ?? 0,
    igstPaise: tax.igst ?? 0,
    cessPaise: tax.cess ?? 0,
  };
}

export function aReturnInvoice(number: string, lines: ReturnLine[], overrides: Partial<ReturnInvoice> = {}): ReturnInvoice {
  return {
    id: number,
    number,
    date: '2026-04-10',
    fy: '2026-27',
    status: 'posted',
    docType: 'tax_invoice',
    supply: 'intra',
    placeOfSupply: '27',
    customerGstin: OTHER_BUYER,
    valuePaise: lines.reduce((s, l) => s + l.taxablePaise + l.cgstPaise + l.sgstPaise + l.igstPaise + l.cessPaise, 0),
    gstClass: 'b2b',
    lines,
    ...overrides,
  };
}

export function aSummaryRow(overrides: Partial<GstSummaryRow>): GstSummaryRow {
  return {
    date: '2026-04-01',
    doc: 'invoice',
    docType: 'tax_invoice',
    class: 'b2cs',
    supply: 'intra',
    pos: '27',
    hsn: '1905',
    unit: 'pcs',
    gstRateBp: 500,
    cessRateBp: 0,
    name: 'Biscuit',
    qtyMilli: 1000,
    taxablePaise: 0,
    cgstPaise: 0,
    sgstPaise: 0,
    igstPaise: 0,
    cessPaise: 0,
    ...overrides,
  };
}

export function gstr1Data(parts: Partial<Pick<Gstr1Data, 'documents' | 'summary' | 'series' | 'consolidated'>>): Gstr1Data {
  return {
    gstin: '27AAPFU0939F1ZV',
    period: { label: 'April 2026', fp: '042026', from: '2026-04-01', to: '2026-04-30' },
    documents: [],
    notes: [],
    summary: [],
    series: [] satisfies DocSeries[],
    consolidated: [],
    ...parts,
  };
}
