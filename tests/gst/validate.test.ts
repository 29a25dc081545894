import { describe, expect, it } from 'vitest';
import { invoiceClassOf } from '../../app/core/gst/classes';
import { gstinCheckChar } from '../../app/core/gst/gstin';
import type { GstSummaryRow, ReturnInvoice } from '../../app/core/gst/return-docs';
import { validateReturn, type ValidationInput } from '../../app/core/gst/validate';

/** What the portal would reject, found before filing. */
const gstin = (body: string) => body + gstinCheckChar(body);
const SHOP = { gstin: gstin('23ABCPS1234K1Z'), stateCode: '23', composition: false, fyStartMonth: 4 };
const line = {
  hsn: '1101',
  name: 'Atta 5kg',
  unit: 'pcs',
  qtyMilli: 1000,
  gstRateBp: 500,
  cessRateBp: 0,
  taxablePaise: 27143,
  cgstPaise: 679,
  sgstPaise: 679,
  igstPaise: 0,
  cessPaise: 0,
};
const invoice = (number: string, customerGstin: string | null): ReturnInvoice => ({
  id: number,
  number,
  date: '2026-11-02',
  fy: '2026-27',
  status: 'posted',
  docType: 'tax_invoice',
  supply: 'intra',
  placeOfSupply: '23',
  customerGstin,
  valuePaise: 28500,
  gstClass: invoiceClassOf({ customerGstin, supply: 'intra', valuePaise: 28500 }),
  lines: [line],
});
const row = (over: Partial<GstSummaryRow>): GstSummaryRow => ({
  date: '2026-11-02',
  doc: 'invoice',
  docType: 'tax_invoice',
  class: 'b2cs',
  supply: 'intra',
  pos: '23',
  ...line,
  ...over,
});
const input = (over: Partial<ValidationInput>): ValidationInput => ({ shop: SHOP, hsnDigits: 4, documents: [], notes: [], summary: [], numbers: [], ...over });
const codes = (v: ValidationInput) => validateReturn(v).map((i) => `${i.severity}:${i.code}:${i.document ?? ''}`);

describe('validateReturn', () => {
  it('passes a clean month', () => {
    expect(
      codes(
        input({
          documents: [invoice('C1/2627/00001', gstin('23AAGFG1234M1Z'))],
          summary: [row({})],
          numbers: [{ kind: 'Invoice', number: 'C1/2627/00001', fy: '2026-27', uses: 1 }],
        }),
      ),
    ).toEqual([]);
  });

  it('flags a buyer GSTIN with a wrong check character', () => {
    const good = gstin('23AAGFG1234M1Z');
    const bad = good.slice(0, 14) + (good.endsWith('A') ? 'B' : 'A');
    expect(codes(input({ documents: [invoice('C1/2627/00001', bad)] }))).toEqual(['error:BAD_GSTIN:C1/2627/00001']);
  });

  it('flags a missing HSN, and a 4-digit one when the turnover needs 6', () => {
    expect(codes(input({ summary: [row({ hsn: '' })] }))).toEqual(['error:HSN:']);
    expect(codes(input({ hsnDigits: 6, summary: [row({})] }))).toEqual(['error:HSN:']);
  });

  it('flags a number over 16 characters, a character the portal refuses, and a number used twice in the year', () => {
    expect(
      codes(
        input({
          numbers: [
            { kind: 'Invoice', number: 'COUNTER1/2627/000001', fy: '2026-27', uses: 1 },
            { kind: 'Invoice', number: 'C1#2627', fy: '2026-27', uses: 1 },
            { kind: 'Credit note', number: 'C1CN/2627/00001', fy: '2026-27', uses: 2 },
          ],
        }),
      ),
    ).toEqual(['error:DOC_NUMBER:COUNTER1/2627/000001', 'error:DOC_NUMBER:C1#2627', 'error:DUPLICATE_NUMBER:C1CN/2627/00001']);
  });

  it('flags IGST on an intra-state supply and a place of supply that is no state', () => {
    expect(codes(input({ summary: [row({ igstPaise: 1357, cgstPaise: 0, sgstPaise: 0 }), row({ pos: '99', supply: 'inter' })] }))).toEqual([
      'error:TAX_HEADS:',
      'error:BAD_POS:',
    ]);
  });

  it('flags a shop without a valid GSTIN and a composition shop', () => {
    expect(codes(input({ shop: { ...SHOP, gstin: null } }))).toEqual(['error:SHOP_GSTIN:']);
    expect(codes(input({ shop: { ...SHOP, composition: true } }))).toEqual(['error:COMPOSITION:']);
  });
});
