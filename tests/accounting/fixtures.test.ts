import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trialBalanceDifference, unbalancedEntries } from '../support/accounting';
import { postFixtures, readFixture, type FixtureBooks, type FixtureFile } from './fixture-host';

/**
 * The hand-worked fixture set (tests/accounting/fixtures/README.md): 30 documents of a regular shop and
 * 4 of a composition shop, posted through the real services; every figure the returns and
 * statements give must equal the figure worked by hand.
 */
const file = readFixture<FixtureFile>('documents.json');
interface Expected {
  profitAndLoss: Record<string, Record<string, number>>;
  balanceSheet: { asOn: string; rows: Record<string, number>; totalAssetsPaise: number; totalLiabilitiesPaise: number };
  khata: Record<string, number>;
  gstr3b: {
    outwardTaxable: Record<string, number>;
    nilExempt: Record<string, number>;
    interStateUnregistered: Record<string, { taxable: number; igst: number }>;
    itc: Record<string, number>;
    payable: Record<string, number>;
  };
  numbers: Record<string, string>;
}
const expected = readFixture<Expected>('expected-books.json');
const heads = (h: Record<string, number>) => ({ taxablePaise: h.tx, cgstPaise: h.c, sgstPaise: h.s, igstPaise: h.i, cessPaise: h.cs });
const sectionAmounts = (sections: ReadonlyArray<{ rows: ReadonlyArray<{ code: string; amountPaise: number }> }>) =>
  Object.fromEntries(sections.flatMap((s) => s.rows.map((r) => [r.code, r.amountPaise])));

describe('hand-worked books of a regular shop', () => {
  let books: FixtureBooks;
  beforeAll(async () => {
    books = await postFixtures(file.shop, file.steps);
  }, 60_000);
  afterAll(() => books.host.dispose());

  it('numbers every document as worked out', () => {
    expect(Object.fromEntries(books.numbers)).toEqual(expected.numbers);
  });

  it('keeps every entry balanced', () => {
    expect(unbalancedEntries(books.host.store.raw)).toEqual([]);
    expect(trialBalanceDifference(books.host.store.raw)).toBe(0);
  });

  it('gives GSTR-1 for September 2025 (12% and 28% before GST 2.0, 5% and 18% after) exactly', async () => {
    const r = await books.manager.call('gst.gstr1', { period: '092025' });
    expect(r.json).toEqual(readFixture('gstr1-092025.json'));
  });

  it('gives GSTR-1 for November 2026 exactly, and nothing the portal would reject', async () => {
    const r = await books.manager.call('gst.gstr1', { period: '112026' });
    expect(r.json).toEqual(readFixture('gstr1-112026.json'));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('gives the GSTR-3B figures for November 2026', async () => {
    const r = await books.manager.call('gst.gstr3b', { period: '112026' });
    const e = expected.gstr3b;
    expect(r.outward.taxable).toEqual(heads(e.outwardTaxable));
    expect(r.outward.nilExempt).toEqual(heads(e.nilExempt));
    expect(r.interStateUnregistered).toEqual(
      Object.entries(e.interStateUnregistered).map(([placeOfSupply, v]) => ({ placeOfSupply, taxablePaise: v.taxable, igstPaise: v.igst })),
    );
    expect(r.itc.net).toEqual({ cgstPaise: e.itc.c, sgstPaise: e.itc.s, igstPaise: e.itc.i, cessPaise: e.itc.cs });
    expect(r.payable).toEqual({ cgstPaise: e.payable.cgst, sgstPaise: e.payable.sgst, igstPaise: e.payable.igst, cessPaise: e.payable.cess });
  });

  it.each([
    ['2025-26', '2025-04-01', '2026-03-31'],
    ['2026-11', '2026-04-01', '2026-11-30'],
  ])('gives the profit and loss of %s', async (key, from, to) => {
    const { grossProfitPaise, netProfitPaise, ...rows } = expected.profitAndLoss[key] ?? {};
    const pl = await books.manager.call('accounting.profitAndLoss', { from, to });
    expect({ grossProfitPaise: pl.grossProfitPaise, netProfitPaise: pl.netProfitPaise }).toEqual({ grossProfitPaise, netProfitPaise });
    const got = sectionAmounts(pl.sections);
    for (const [code, amount] of Object.entries(rows)) expect([code, got[code] ?? 0]).toEqual([code, amount]);
  });

  it('gives the balance sheet as on 30-11-2026', async () => {
    const bs = await books.manager.call('accounting.balanceSheet', { asOf: expected.balanceSheet.asOn });
    expect(sectionAmounts([...bs.assets, ...bs.liabilities, bs.capital])).toEqual(expected.balanceSheet.rows);
    expect([bs.totalAssetsPaise, bs.totalLiabilitiesPaise, bs.differencePaise]).toEqual([
      expected.balanceSheet.totalAssetsPaise,
      expected.balanceSheet.totalLiabilitiesPaise,
      0,
    ]);
  });

  it('leaves each customer’s khata as worked out, and the debtors account equal to their sum', async () => {
    for (const [k, balance] of Object.entries(expected.khata)) {
      const ledger = await books.manager.call('khata.ledger', { partyId: books.ids.get(k) ?? k });
      expect([k, ledger.closingPaise]).toEqual([k, balance]);
    }
    const bs = await books.manager.call('accounting.balanceSheet', { asOf: expected.balanceSheet.asOn });
    expect(sectionAmounts(bs.assets).DEBTORS).toBe(Object.values(expected.khata).reduce((a, b) => a + b, 0));
  });
});

describe('hand-worked books of a composition shop', () => {
  let books: FixtureBooks;
  const c = file.composition;
  const e = c.expected as {
    cmp08: { fy: string; quarter: number; turnoverPaise: number; cgstPaise: number; sgstPaise: number };
    profitAndLoss: Record<string, number>;
    docTypes: string[];
  };
  beforeAll(async () => {
    books = await postFixtures({ ...c.shop, composition: true }, c.steps);
  }, 60_000);
  afterAll(() => books.host.dispose());

  it('issues bills of supply with no tax', async () => {
    const bills = await Promise.all(['C1', 'C2', 'C3'].map((k) => books.manager.call('billing.getInvoice', { id: books.ids.get(k) ?? k })));
    expect(bills.map((b) => b.docType)).toEqual(e.docTypes);
    expect(bills.map((b) => b.totals.cgstPaise + b.totals.sgstPaise + b.totals.igstPaise + b.totals.cessPaise)).toEqual([0, 0, 0]);
  });

  it('gives CMP-08 for the quarter at 1% of turnover net of returns', async () => {
    const { fy, quarter, ...figures } = e.cmp08;
    expect(await books.manager.call('gst.cmp08', { fy, quarter })).toMatchObject(figures);
  });

  it('reports no outward supplies in GSTR-1 (a composition shop files CMP-08 and GSTR-4)', async () => {
    const r = await books.manager.call('gst.gstr1', { period: '112026' });
    expect(r.json).toMatchObject({ b2b: [], b2cl: [], b2cs: [], cdnr: [], cdnur: [], hsn: { hsn_b2b: [], hsn_b2c: [] } });
  });

  it('gives its profit and loss', async () => {
    const { grossProfitPaise, netProfitPaise, ...rows } = e.profitAndLoss;
    const pl = await books.manager.call('accounting.profitAndLoss', { from: '2026-04-01', to: '2026-11-30' });
    expect({ grossProfitPaise: pl.grossProfitPaise, netProfitPaise: pl.netProfitPaise }).toEqual({ grossProfitPaise, netProfitPaise });
    expect(sectionAmounts(pl.sections)).toMatchObject(rows);
  });

  it('refuses an inter-state sale', async () => {
    await expect(
      books.manager.call('billing.postInvoice', {
        clientRef: 'comp-inter-0001',
        placeOfSupply: '27',
        lines: [{ productId: books.ids.get('atta') ?? '', qtyMilli: 1000 }],
        tenders: [{ method: 'cash', amountPaise: 28500 }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
