import { describe, expect, it } from 'vitest';
import { buildGstr1, type HsnSummaryRow } from '../../app/core/gst/gstr1';
import type { DocSeries, GstSummaryRow } from '../../app/core/gst/return-docs';
import { aSummaryRow as row, gstr1Data } from './gstr1-fixtures';

/** GSTR-1's HSN summary (table 12) and documents issued (table 13) from hand-made rows, figures worked by hand. */
type HsnLine = [
  hsn: string,
  description: string,
  uqc: string,
  qtyMilli: number,
  rateBp: number,
  taxable: number,
  cgst: number,
  sgst: number,
  igst: number,
  cess: number,
];
const hsnLine = (r: HsnSummaryRow): HsnLine => [
  r.hsn,
  r.description,
  r.uqc,
  r.qtyMilli,
  r.rateBp,
  r.taxablePaise,
  r.cgstPaise,
  r.sgstPaise,
  r.igstPaise,
  r.cessPaise,
];
const cn = (r: Partial<GstSummaryRow>) => row({ doc: 'credit_note', ...r });
const biscuits = { taxablePaise: 10000, cgstPaise: 250, sgstPaise: 250 };

type HsnRow = [string, GstSummaryRow[], HsnLine[], HsnLine[]];
const HSN: HsnRow[] = [
  ['one row', [row(biscuits)], [], [['1905', 'Biscuit', 'NOS', 1000, 500, 10000, 250, 250, 0, 0]]],
  // one HSN, unit and rate: quantities and heads add up, the alphabetically first name describes it
  [
    'two products under one HSN',
    [row({ ...biscuits, name: 'Marie' }), row({ name: 'Bourbon', qtyMilli: 2000, taxablePaise: 20000, cgstPaise: 500, sgstPaise: 500 })],
    [],
    [['1905', 'Bourbon', 'NOS', 3000, 500, 30000, 750, 750, 0, 0]],
  ],
  [
    'one HSN at two rates',
    [row({ gstRateBp: 1800, taxablePaise: 1000, cgstPaise: 90, sgstPaise: 90 }), row(biscuits)],
    [],
    [
      ['1905', 'Biscuit', 'NOS', 1000, 500, 10000, 250, 250, 0, 0],
      ['1905', 'Biscuit', 'NOS', 1000, 1800, 1000, 90, 90, 0, 0],
    ],
  ],
  // 3 sold, 1 back: 30000 − 10000, 750 − 250
  [
    'a credit note taken off',
    [row({ qtyMilli: 3000, taxablePaise: 30000, cgstPaise: 750, sgstPaise: 750 }), cn(biscuits)],
    [],
    [['1905', 'Biscuit', 'NOS', 2000, 500, 20000, 500, 500, 0, 0]],
  ],
  [
    'B2B sales in their own table',
    [row({ ...biscuits, class: 'b2b', supply: 'inter', pos: '29', cgstPaise: 0, sgstPaise: 0, igstPaise: 500 })],
    [['1905', 'Biscuit', 'NOS', 1000, 500, 10000, 0, 0, 500, 0]],
    [],
  ],
  // loose atta: 1.250 kg nil-rated is still an HSN line, in KGS
  [
    'a nil-rated loose line',
    [row({ hsn: '1101', name: 'Atta', unit: 'kg', gstRateBp: 0, qtyMilli: 1250, taxablePaise: 5000 })],
    [],
    [['1101', 'Atta', 'KGS', 1250, 0, 5000, 0, 0, 0, 0]],
  ],
  ['a sale wholly returned', [row(biscuits), cn(biscuits)], [], []],
  ['a bill of supply', [row({ ...biscuits, docType: 'bill_of_supply' })], [], []],
];

describe('GSTR-1 HSN summary by hand', () => {
  it.each(HSN)('%s', (_name, summary, b2b, b2c) => {
    const r = buildGstr1(gstr1Data({ summary }));
    expect(r.hsn.b2b.map(hsnLine)).toEqual(b2b);
    expect(r.hsn.b2c.map(hsnLine)).toEqual(b2c);
    expect(r.json.hsn.hsn_b2c.map((h) => [h.hsn_sc, h.qty, h.txval])).toEqual(b2c.map((h) => [h[0], h[3] / 1000, h[5] / 100]));
  });
});

const series = (kind: DocSeries['kind'], prefix: string, first: number, last: number, cancelled = 0): DocSeries => ({
  kind,
  series: prefix,
  from: `${prefix}/${String(first).padStart(5, '0')}`,
  to: `${prefix}/${String(last).padStart(5, '0')}`,
  total: last - first + 1,
  cancelled,
});
type Doc = { num: number; from: string; to: string; totnum: number; cancel: number; net_issue: number };
const INVOICES = 'Invoices for outward supply';

type DocRow = [string, DocSeries[], string[], Array<{ doc_num: number; doc_typ: string; docs: Doc[] }>];
const DOCS: DocRow[] = [
  ['nothing issued', [], [], []],
  [
    'one series with a cancelled bill',
    [series('invoice', 'C1/2627', 1, 10, 1)],
    [],
    [{ doc_num: 1, doc_typ: INVOICES, docs: [{ num: 1, from: 'C1/2627/00001', to: 'C1/2627/00010', totnum: 10, cancel: 1, net_issue: 9 }] }],
  ],
  [
    'credit notes only',
    [series('credit_note', 'C1CN/2627', 1, 3)],
    [],
    [{ doc_num: 5, doc_typ: 'Credit Note', docs: [{ num: 1, from: 'C1CN/2627/00001', to: 'C1CN/2627/00003', totnum: 3, cancel: 0, net_issue: 3 }] }],
  ],
  ['small-bill slips are not invoices', [series('invoice', 'C1S/2627', 1, 40)], [], []],
  [
    'the consolidated invoices stand for the slips',
    [series('invoice', 'C1S/2627', 1, 40)],
    ['C1CI/2627/00002', 'C1CI/2627/00001'],
    [{ doc_num: 1, doc_typ: INVOICES, docs: [{ num: 1, from: 'C1CI/2627/00001', to: 'C1CI/2627/00002', totnum: 2, cancel: 0, net_issue: 2 }] }],
  ],
  [
    'two counters in series order',
    [series('invoice', 'C2/2627', 1, 5, 2), series('invoice', 'C1/2627', 7, 9)],
    [],
    [
      {
        doc_num: 1,
        doc_typ: INVOICES,
        docs: [
          { num: 1, from: 'C1/2627/00007', to: 'C1/2627/00009', totnum: 3, cancel: 0, net_issue: 3 },
          { num: 2, from: 'C2/2627/00001', to: 'C2/2627/00005', totnum: 5, cancel: 2, net_issue: 3 },
        ],
      },
    ],
  ],
  [
    'invoices and credit notes',
    [series('credit_note', 'C1CN/2627', 1, 1), series('invoice', 'C1/2627', 1, 2)],
    [],
    [
      { doc_num: 1, doc_typ: INVOICES, docs: [{ num: 1, from: 'C1/2627/00001', to: 'C1/2627/00002', totnum: 2, cancel: 0, net_issue: 2 }] },
      { doc_num: 5, doc_typ: 'Credit Note', docs: [{ num: 1, from: 'C1CN/2627/00001', to: 'C1CN/2627/00001', totnum: 1, cancel: 0, net_issue: 1 }] },
    ],
  ],
];

describe('GSTR-1 documents issued by hand', () => {
  it.each(DOCS)('%s', (_name, list, consolidated, det) => {
    const r = buildGstr1(gstr1Data({ series: list, consolidated: consolidated.map((number) => ({ number })) }));
    expect(r.json.doc_issue).toEqual({ doc_det: det });
  });
});
