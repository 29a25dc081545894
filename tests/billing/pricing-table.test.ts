import { describe, expect, it } from 'vitest';
import { priceBill, type PricingShop } from '../../app/core/billing/pricing';
import type { CartLine } from '../../app/core/billing/types';
import type { Pricing } from '../../app/core/gst';
import { aLine, aProduct } from '../../app/core/testing/builders';

/** Bills priced by hand: every figure below is worked in the comment beside its row. */
const SHOP: PricingShop = { stateCode: '27', composition: false, roundOff: true };

const biscuit = aProduct({ id: 'p1', gstRateBp: 500, mrpPaise: 1000, pricePaise: 1000 });
const soap = aProduct({ id: 'p2', gstRateBp: 1800, mrpPaise: 2000, pricePaise: 1000 });
const shampoo = aProduct({ id: 'p3', gstRateBp: 1800, mrpPaise: 500, pricePaise: 500 });
const atta = aProduct({ id: 'p4', unit: 'kg', loose: true, gstRateBp: 0, mrpPaise: null, pricePaise: 4000 });
const dal = aProduct({ id: 'p5', unit: 'kg', loose: true, gstRateBp: 500, mrpPaise: 15000, pricePaise: 12345 });
const cola = aProduct({ id: 'p6', gstRateBp: 2800, cessRateBp: 1200, mrpPaise: 14000, pricePaise: 14000 });

interface Expected {
  lineTaxable: number[];
  billShares: number[];
  taxable: number;
  cgst: number;
  sgst: number;
  igst: number;
  cess: number;
  discount: number;
  value: number;
  roundOff: number;
  payable: number;
}

interface Row {
  name: string;
  cart: CartLine[];
  /** a discount on the whole bill, in paise */
  billDiscount?: number;
  /** what differs from SHOP */
  shop?: Partial<PricingShop>;
  /** the place of supply: the shop's own state unless given */
  pos?: string;
  pricing: Pricing;
  want: Expected;
}

const ROWS: Row[] = [
  // 1000 × 10000 / 10500 = 952.38 → 952; CGST = SGST = 952 × 500 / 20000 = 23.8 → 24; 952 + 48 = 1000
  {
    name: 'inclusive intra 5%',
    cart: [aLine(biscuit)],
    pricing: 'inclusive',
    want: { lineTaxable: [952], billShares: [0], taxable: 952, cgst: 24, sgst: 24, igst: 0, cess: 0, discount: 0, value: 1000, roundOff: 0, payable: 1000 },
  },
  // exclusive: taxable 1000; CGST = SGST = 1000 × 1800 / 20000 = 90; value 1180 → ₹11.80 rounds half-up to ₹12
  {
    name: 'exclusive intra 18%, round-off up',
    cart: [aLine(soap)],
    pricing: 'exclusive',
    want: { lineTaxable: [1000], billShares: [0], taxable: 1000, cgst: 90, sgst: 90, igst: 0, cess: 0, discount: 0, value: 1180, roundOff: 20, payable: 1200 },
  },
  // the same bill with round-off turned off pays the value to the paisa
  {
    name: 'exclusive intra 18%, no round-off',
    cart: [aLine(soap)],
    shop: { roundOff: false },
    pricing: 'exclusive',
    want: { lineTaxable: [1000], billShares: [0], taxable: 1000, cgst: 90, sgst: 90, igst: 0, cess: 0, discount: 0, value: 1180, roundOff: 0, payable: 1180 },
  },
  // 2 × 1000 = 2000 taxable; IGST = 2000 × 1800 / 10000 = 360; 2360 → ₹24
  {
    name: 'exclusive inter-state 18%',
    cart: [aLine(soap, 2000)],
    pos: '29',
    pricing: 'exclusive',
    want: { lineTaxable: [2000], billShares: [0], taxable: 2000, cgst: 0, sgst: 0, igst: 360, cess: 0, discount: 0, value: 2360, roundOff: 40, payable: 2400 },
  },
  // 3 × 1000 − 150 = 2850; 2850 × 10000 / 10500 = 2714.29 → 2714; CGST = 2714 × 500 / 20000 = 67.85 → 68; ₹28.50 → ₹29
  {
    name: 'line discount',
    cart: [aLine(biscuit, 3000, { discountPaise: 150 })],
    pricing: 'inclusive',
    want: {
      lineTaxable: [2714],
      billShares: [0],
      taxable: 2714,
      cgst: 68,
      sgst: 68,
      igst: 0,
      cess: 0,
      discount: 150,
      value: 2850,
      roundOff: 50,
      payable: 2900,
    },
  },
  // ₹1.01 off two lines of ₹10 each: 50 + 50, the leftover paisa to the first (tie) → 949 and 950 gross.
  // 949 × 10000 / 10500 = 903.81 → 904, CGST 904 × 500 / 20000 = 22.6 → 23, total 950;
  // 950 × 10000 / 11800 = 805.08 → 805, CGST 805 × 1800 / 20000 = 72.45 → 72, total 949; 1899 → ₹19
  {
    name: 'bill discount spread by gross',
    cart: [aLine(biscuit), aLine(shampoo, 2000)],
    billDiscount: 101,
    pricing: 'inclusive',
    want: {
      lineTaxable: [904, 805],
      billShares: [51, 50],
      taxable: 1709,
      cgst: 95,
      sgst: 95,
      igst: 0,
      cess: 0,
      discount: 101,
      value: 1899,
      roundOff: 1,
      payable: 1900,
    },
  },
  // 1.250 kg × ₹40 = 1250 × 4000 / 1000 = 5000, nil-rated
  {
    name: 'loose quantity, nil-rated',
    cart: [aLine(atta, 1250)],
    pricing: 'inclusive',
    want: { lineTaxable: [5000], billShares: [0], taxable: 5000, cgst: 0, sgst: 0, igst: 0, cess: 0, discount: 0, value: 5000, roundOff: 0, payable: 5000 },
  },
  // 0.333 kg × ₹123.45 = 333 × 12345 / 1000 = 4110.885 → 4111; 4111 × 10000 / 10500 = 3915.24 → 3915;
  // CGST = 3915 × 500 / 20000 = 97.875 → 98; 3915 + 196 = 4111 → ₹41.11 rounds down to ₹41
  {
    name: 'loose quantity, round-off down',
    cart: [aLine(dal, 333)],
    pricing: 'inclusive',
    want: { lineTaxable: [3915], billShares: [0], taxable: 3915, cgst: 98, sgst: 98, igst: 0, cess: 0, discount: 0, value: 4111, roundOff: -11, payable: 4100 },
  },
  // 14000 × 10000 / (10000 + 2800 + 1200) = 10000; CGST = SGST = 1400; cess = 10000 × 1200 / 10000 = 1200
  {
    name: 'GST with cess',
    cart: [aLine(cola)],
    pricing: 'inclusive',
    want: {
      lineTaxable: [10000],
      billShares: [0],
      taxable: 10000,
      cgst: 1400,
      sgst: 1400,
      igst: 0,
      cess: 1200,
      discount: 0,
      value: 14000,
      roundOff: 0,
      payable: 14000,
    },
  },
  // a composition shop charges no tax: the whole gross is the value
  {
    name: 'composition bill of supply',
    cart: [aLine(biscuit, 2000)],
    shop: { composition: true },
    pricing: 'inclusive',
    want: { lineTaxable: [2000], billShares: [0], taxable: 2000, cgst: 0, sgst: 0, igst: 0, cess: 0, discount: 0, value: 2000, roundOff: 0, payable: 2000 },
  },
];

describe('priceBill by hand', () => {
  it.each(ROWS)('$name', ({ cart, billDiscount = 0, shop = {}, pos = SHOP.stateCode, pricing, want }) => {
    const bill = priceBill(cart, billDiscount, { ...SHOP, ...shop }, pos, pricing);
    expect(bill.lines.map((l) => l.taxable)).toEqual(want.lineTaxable);
    expect(bill.lines.map((l) => l.billDiscountPaise)).toEqual(want.billShares);
    const { lineTaxable: _l, billShares: _b, ...totals } = want;
    expect(bill.totals).toMatchObject(totals);
    expect(bill.docType).toBe(shop.composition ? 'bill_of_supply' : 'tax_invoice');
    expect(bill.supply).toBe(pos === SHOP.stateCode ? 'intra' : 'inter');
  });
});
