import { describe, expect, it } from 'vitest';
import { buildGstr1 } from '../../app/core/gst/gstr1';
import type { GstSummaryRow, ReturnInvoice } from '../../app/core/gst/return-docs';
import { aReturnInvoice, aReturnLine as line, aSummaryRow as row, BUYER, gstr1Data, OTHER_BUYER } from './gstr1-fixtures';

/** GSTR-1's B2B and B2CS tables from small hand-made inputs, every figure worked by hand. */
type Heads = [taxable: number, cgst: number, sgst: number, igst: number, cess: number];
const headsOf = (h: { taxablePaise: number; cgstPaise: number; sgstPaise: number; igstPaise: number; cessPaise: number }): Heads => [
  h.taxablePaise,
  h.cgstPaise,
  h.sgstPaise,
  h.igstPaise,
  h.cessPaise,
];
const itm = (d: { rt: number; txval: number; camt?: number; samt?: number; iamt?: number; csamt: number }) => [
  d.rt,
  d.txval,
  d.camt ?? 0,
  d.samt ?? 0,
  d.iamt ?? 0,
  d.csamt,
];

const inv = aReturnInvoice;
const intra18 = line(1800, 10000, { cgst: 900, sgst: 900 });

type B2bRow = [string, ReturnInvoice[], Array<[string, Array<[string, number, number[][]]>]>, Heads];
const B2B: B2bRow[] = [
  // ₹100 + ₹9 + ₹9 = ₹118
  ['one intra invoice at 18%', [inv('C1/2627/00001', [intra18])], [[OTHER_BUYER, [['C1/2627/00001', 118, [[18, 100, 9, 9, 0, 0]]]]]], [10000, 900, 900, 0, 0]],
  [
    'an inter-state invoice at 12%',
    [inv('C1/2627/00002', [line(1200, 50000, { igst: 6000 })], { supply: 'inter', placeOfSupply: '29', customerGstin: BUYER })],
    [[BUYER, [['C1/2627/00002', 560, [[12, 500, 0, 0, 60, 0]]]]]],
    [50000, 0, 0, 6000, 0],
  ],
  // 200 + 5 + 5 + 100 + 9 + 9 + 30 (nil) = 358; the nil line is left out of the items and the heads
  [
    'two rates and a nil line on one invoice',
    [inv('C1/2627/00003', [line(500, 20000, { cgst: 500, sgst: 500 }), intra18, line(0, 3000)])],
    [
      [
        OTHER_BUYER,
        [
          [
            'C1/2627/00003',
            358,
            [
              [5, 200, 5, 5, 0, 0],
              [18, 100, 9, 9, 0, 0],
            ],
          ],
        ],
      ],
    ],
    [30000, 1400, 1400, 0, 0],
  ],
  ['a cancelled invoice', [inv('C1/2627/00004', [intra18], { status: 'cancelled' })], [], [0, 0, 0, 0, 0]],
  ['a bill of supply', [inv('C1/2627/00005', [intra18], { docType: 'bill_of_supply' })], [], [0, 0, 0, 0, 0]],
  ['a nil-rated invoice', [inv('C1/2627/00006', [line(0, 5000)])], [], [0, 0, 0, 0, 0]],
  ['a B2CL invoice', [inv('C1/2627/00007', [intra18], { gstClass: 'b2cl', customerGstin: null })], [], [0, 0, 0, 0, 0]],
  // buyers by GSTIN (27… before 29…), each buyer's invoices by number
  [
    'two buyers, invoices in number order',
    [
      inv('C1/2627/00009', [line(500, 1000, { cgst: 25, sgst: 25 })]),
      inv('C1/2627/00008', [line(500, 2000, { cgst: 50, sgst: 50 })]),
      inv('C1/2627/00010', [line(500, 4000, { cgst: 100, sgst: 100 })], { customerGstin: BUYER }),
    ],
    [
      [
        OTHER_BUYER,
        [
          ['C1/2627/00008', 21, [[5, 20, 0.5, 0.5, 0, 0]]],
          ['C1/2627/00009', 10.5, [[5, 10, 0.25, 0.25, 0, 0]]],
        ],
      ],
      [BUYER, [['C1/2627/00010', 42, [[5, 40, 1, 1, 0, 0]]]]],
    ],
    [7000, 175, 175, 0, 0],
  ],
];

type B2csRow = [string, GstSummaryRow[], Array<[string, string, ...number[]]>, Heads];
const cn = (r: Partial<GstSummaryRow>) => row({ doc: 'credit_note', ...r });
const B2CS: B2csRow[] = [
  [
    'one intra row at 5%',
    [row({ taxablePaise: 95238, cgstPaise: 2381, sgstPaise: 2381 })],
    [['INTRA', '27', 5, 952.38, 23.81, 23.81, 0, 0]],
    [95238, 2381, 2381, 0, 0],
  ],
  [
    'two rows of one rate and place summed',
    [
      row({ taxablePaise: 10000, cgstPaise: 250, sgstPaise: 250 }),
      row({ date: '2026-04-02', hsn: '0902', taxablePaise: 20000, cgstPaise: 500, sgstPaise: 500 }),
    ],
    [['INTRA', '27', 5, 300, 7.5, 7.5, 0, 0]],
    [30000, 750, 750, 0, 0],
  ],
  [
    'a credit note netted in',
    [row({ taxablePaise: 10000, cgstPaise: 250, sgstPaise: 250 }), cn({ taxablePaise: 4000, cgstPaise: 100, sgstPaise: 100 })],
    [['INTRA', '27', 5, 60, 1.5, 1.5, 0, 0]],
    [6000, 150, 150, 0, 0],
  ],
  [
    'a sale wholly returned',
    [row({ taxablePaise: 10000, cgstPaise: 250, sgstPaise: 250 }), cn({ taxablePaise: 10000, cgstPaise: 250, sgstPaise: 250 })],
    [],
    [0, 0, 0, 0, 0],
  ],
  [
    'inter-state before intra, rates in order',
    [
      row({ gstRateBp: 1800, taxablePaise: 1000, cgstPaise: 90, sgstPaise: 90 }),
      row({ taxablePaise: 2000, cgstPaise: 50, sgstPaise: 50 }),
      row({ supply: 'inter', pos: '29', gstRateBp: 1800, taxablePaise: 50000, igstPaise: 9000 }),
    ],
    [
      ['INTER', '29', 18, 500, 0, 0, 90, 0],
      ['INTRA', '27', 5, 20, 0.5, 0.5, 0, 0],
      ['INTRA', '27', 18, 10, 0.9, 0.9, 0, 0],
    ],
    [53000, 140, 140, 9000, 0],
  ],
  [
    'B2B, nil-rated and bill-of-supply rows stay out',
    [
      row({ class: 'b2b', taxablePaise: 1000, cgstPaise: 25, sgstPaise: 25 }),
      row({ gstRateBp: 0, taxablePaise: 5000 }),
      row({ docType: 'bill_of_supply', taxablePaise: 700 }),
    ],
    [],
    [0, 0, 0, 0, 0],
  ],
  [
    'GST with cess',
    [row({ gstRateBp: 2800, cessRateBp: 1200, taxablePaise: 10000, cgstPaise: 1400, sgstPaise: 1400, cessPaise: 1200 })],
    [['INTRA', '27', 28, 100, 14, 14, 0, 12]],
    [10000, 1400, 1400, 0, 1200],
  ],
];

describe('GSTR-1 B2B by hand', () => {
  it.each(B2B)('%s', (_name, documents, groups, heads) => {
    const r = buildGstr1(gstr1Data({ documents }));
    expect(r.json.b2b.map((g) => [g.ctin, g.inv.map((i) => [i.inum, i.val, i.itms.map((x) => itm(x.itm_det))])])).toEqual(groups);
    expect(headsOf(r.summary.b2b)).toEqual(heads);
    expect(r.counts.b2b).toBe(groups.reduce((n, [, list]) => n + list.length, 0));
  });
});

describe('GSTR-1 B2CS by hand', () => {
  it.each(B2CS)('%s', (_name, summary, rows, heads) => {
    const r = buildGstr1(gstr1Data({ summary }));
    expect(r.json.b2cs.map((x) => [x.sply_ty, x.pos, ...itm(x)])).toEqual(rows);
    expect(r.json.b2cs.every((x) => x.typ === 'OE')).toBe(true);
    expect(headsOf(r.summary.b2cs)).toEqual(heads);
  });
});
