import { describe, expect, it } from 'vitest';
import { formatRate, gstinCheckChar, gstinProblem, lineTax, taxByRate, taxOn, taxableOf } from '../../app/core/gst/index';

describe('line tax (hand-worked from gst-conventions.md)', () => {
  it('backs tax out of an MRP-inclusive price', () => {
    // ₹105.00 at 5%: taxable = 10500 × 10000 / 10500 = 10000; CGST = SGST = 250
    expect(lineTax(10500, { gstBp: 500, cessBp: 0 }, 'intra', 'inclusive')).toEqual({ taxable: 10000, cgst: 250, sgst: 250, igst: 0, cess: 0, total: 10500 });
  });
  it('rounds each head half-up on the line', () => {
    // ₹99.00 at 18% inclusive: 9900 × 10000 / 11800 = 8389.83 → 8390; CGST = 8390 × 900 / 10000 = 755.1 → 755
    const t = lineTax(9900, { gstBp: 1800, cessBp: 0 }, 'intra', 'inclusive');
    expect(t).toEqual({ taxable: 8390, cgst: 755, sgst: 755, igst: 0, cess: 0, total: 9900 });
  });
  it('charges IGST inter-state and cess on the taxable value', () => {
    // exclusive ₹1,000 at 40% + 12% cess inter-state
    expect(taxOn(100000, { gstBp: 4000, cessBp: 1200 }, 'inter')).toEqual({ taxable: 100000, cgst: 0, sgst: 0, igst: 40000, cess: 12000, total: 152000 });
    expect(taxableOf(15200, { gstBp: 4000, cessBp: 1200 }, 'inclusive')).toBe(10000);
  });
  it('can differ from the gross by a paisa (round-off absorbs it)', () => {
    // ₹10.00 at 18% inclusive: taxable 847.46 → 847; CGST 76.23 → 76 each; total 999
    expect(lineTax(1000, { gstBp: 1800, cessBp: 0 }, 'intra', 'inclusive').total).toBe(999);
  });
});

describe('GSTIN', () => {
  it('accepts a valid checksum and names what is wrong otherwise', () => {
    const body = '27AAPFU0939F1Z';
    const good = body + gstinCheckChar(body);
    expect(gstinProblem(good)).toBeUndefined();
    expect(gstinProblem(body + (good.endsWith('A') ? 'B' : 'A'))).toBe('checksum');
    expect(gstinProblem('27AAPFU0939F1')).toBe('format');
    expect(gstinProblem('99AAPFU0939F1Z' + gstinCheckChar('99AAPFU0939F1Z'))).toBe('state');
  });
  it('agrees with a published GSTIN', () => {
    // Published example GSTIN of the GSTN test data set.
    expect(gstinProblem('29AAGCB7383J1Z4')).toBeUndefined();
  });
});

describe('GST breakup by rate', () => {
  const line = (gstRateBp: number, taxablePaise: number, cgst: number, igst = 0, cessRateBp = 0, cessPaise = 0) => ({
    gstRateBp,
    cessRateBp,
    taxablePaise,
    cgstPaise: cgst,
    sgstPaise: cgst,
    igstPaise: igst,
    cessPaise,
  });
  it('groups lines by rate and cess, lowest first, summing the lines’ own heads', () => {
    const rows = taxByRate([line(1800, 10000, 900), line(500, 2000, 50), line(1800, 333, 30), line(4000, 1000, 0, 400, 1200, 120)]);
    expect(rows.map((r) => [r.gstRateBp, r.cessRateBp, r.taxablePaise, r.cgstPaise, r.igstPaise, r.cessPaise])).toEqual([
      [500, 0, 2000, 50, 0, 0],
      [1800, 0, 10333, 930, 0, 0],
      [4000, 1200, 1000, 0, 400, 120],
    ]);
    expect(formatRate(250)).toBe('2.5%');
  });
});
