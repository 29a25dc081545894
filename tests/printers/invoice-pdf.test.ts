import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { lineTax } from '../../app/core/gst';
import { creditNoteDoc, purchaseOrderDoc, type DocLine } from '../../printers/pdf/document';
import { renderPdf } from '../../printers/pdf/render';
import { hostWithClients, makeTestHost, type TestHost } from '../support/test-host';

/**
 * The A4/A5 invoice PDF: text pulled out with pdftotext to check every rule-46 particular, pages
 * rendered with pdftoppm into test-results/pdf/ to be looked at.
 */
const OUT = 'test-results/pdf';
let host: TestHost;
let staff: ApiClient;
let gupta = '';

function savePdf(name: string, bytes: Buffer): { text: string; pages: string[] } {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '70', '-png', file, join(OUT, name)]);
  return { text, pages: readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')) };
}

beforeAll(async () => {
  ({ host, staff } = await hostWithClients({ staff: 'staff' }));
  gupta = (await staff.call('customers.search', { q: 'Gupta', limit: 1 }))[0]!.id;
});
afterAll(() => host.dispose());

async function postB2b(ref: string, lines: Array<{ productId: string; qtyMilli: number }>) {
  const q = await staff.call('billing.quote', { lines, customerId: gupta });
  return staff.call('billing.postInvoice', {
    clientRef: `pdf-${ref}`,
    lines,
    customerId: gupta,
    tenders: [{ method: 'credit', amountPaise: q.totals.payablePaise }],
  });
}

describe('GST tax invoice PDF', () => {
  it('carries every rule-46 particular, Hindi names, the amount in words and a UPI QR for the khata amount', async () => {
    const inv = await postB2b('rule46', [
      { productId: 'prod-demo-001', qtyMilli: 2000 },
      { productId: 'prod-demo-005', qtyMilli: 1500 },
      { productId: 'prod-demo-035', qtyMilli: 1000 },
    ]);
    const pdf = await staff.call('printing.invoicePdf', { invoiceId: inv.id, size: 'A4' });
    expect(pdf.fileName).toBe('C1-2627-00001.pdf');
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = savePdf('tax-invoice-a4', bytes);
    const flat = text.replace(/\s+/g, ' ');
    const required = [
      'TAX INVOICE',
      'Sharma General Store',
      '14, Sadar Bazar, Indore',
      'GSTIN: 23ABCPS1234K1ZU', // (a) supplier
      'Invoice no.: C1/2627/00001', // (b) serial number
      'Date: 24-11-2026', // (c) date
      'Gupta Traders',
      'Siyaganj, Indore',
      `GSTIN: ${inv.customer!.gstin}`, // (d) recipient
      'Place of supply: Madhya Pradesh (23)', // (n)
      '1101',
      '1701',
      '3402', // (g) HSN
      'Aashirvaad Atta 5kg',
      'Sugar (loose)', // (h) description
      '2 pcs',
      '1.500 kg', // (i) quantity and unit
      'Taxable',
      'CGST',
      'SGST',
      '5%',
      '18%', // (k)(l)(m)
      'Reverse charge: No', // (p)
      'Authorised signatory', // (q)
      'Amount in words:',
      'Rupees',
      'Scan to pay by UPI',
    ];
    for (const r of required) expect(flat, r).toContain(r);
    expect(flat).toContain(`Invoice total (₹) ${(inv.totals.payablePaise / 100).toLocaleString('en-IN', { minimumFractionDigits: 2 })}`);
    expect(flat).toContain('चीनी'); // the Hindi name, extractable
    // Proof of shaping: glyphs are stored in visual order, so the i-matra of "किलो" comes before
    // its consonant and the reph of "आशीर्वाद" after the syllable it sits on.
    expect(flat).toContain('िकलो');
    expect(flat).toContain('आशीवार्द');
    expect(pages).toHaveLength(1);
  });

  it('a 30-line invoice runs onto a second page with the table heading again', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => ({ productId: `prod-demo-${String((i % 40) + 1).padStart(3, '0')}`, qtyMilli: 1000 }));
    const inv = await postB2b('thirty', lines);
    const res = await fetchPdf(inv.id, 'A4');
    const { text, pages } = savePdf('thirty-lines-a4', res);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(text.match(/Description/g)?.length).toBe(pages.length);
    const a5 = savePdf('thirty-lines-a5', await fetchPdf(inv.id, 'A5'));
    expect(a5.pages.length).toBeGreaterThan(pages.length - 1);
  });

  it('a bill paid in full by UPI has no "scan to pay" QR: the customer already paid', async () => {
    const lines = [{ productId: 'prod-demo-014', qtyMilli: 2000 }];
    const q = await staff.call('billing.quote', { lines });
    const inv = await staff.call('billing.postInvoice', {
      clientRef: 'pdf-upi-paid',
      lines,
      tenders: [{ method: 'upi', amountPaise: q.totals.payablePaise }],
    });
    const pdf = await staff.call('printing.invoicePdf', { invoiceId: inv.id, size: 'A4' });
    const flat = savePdf('upi-paid-a4', Buffer.from(pdf.base64, 'base64')).text.replace(/\s+/g, ' ');
    expect(flat).toContain('Paid: UPI');
    expect(flat).not.toContain('Scan to pay');
  });

  it('a composition shop gets a bill of supply with no tax columns', async () => {
    const compo = makeTestHost();
    try {
      await (await compo.as('owner')).call('shop.update', { composition: true });
      const cashier = await compo.as('staff');
      const inv = await cashier.call('billing.postInvoice', {
        clientRef: 'pdf-bos-0001',
        lines: [{ productId: 'prod-demo-001', qtyMilli: 1000 }],
        tenders: [{ method: 'cash', amountPaise: 28500 }],
      });
      const pdf = await cashier.call('printing.invoicePdf', { invoiceId: inv.id, size: 'A5' });
      const { text } = savePdf('bill-of-supply-a5', Buffer.from(pdf.base64, 'base64'));
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Composition taxable person, not eligible to collect tax on supplies');
      expect(flat).toContain('BILL OF SUPPLY');
      expect(flat).not.toMatch(/CGST|SGST|IGST/);
      expect(flat).toContain('Rupees Two Hundred Eighty Five Only');
    } finally {
      compo.dispose();
    }
  });
});

const line = (
  description: string,
  descriptionHi: string | null,
  hsn: string,
  qtyMilli: number,
  ratePaise: number,
  gstRateBp: number,
  supply: 'intra' | 'inter',
): DocLine => {
  const gross = Math.round((qtyMilli * ratePaise) / 1000);
  const t = lineTax(gross, { gstBp: gstRateBp, cessBp: 0 }, supply, 'exclusive');
  return {
    description,
    descriptionHi,
    hsn,
    qtyMilli,
    unit: 'pcs',
    ratePaise,
    discountPaise: 0,
    taxablePaise: t.taxable,
    gstRateBp,
    cessRateBp: 0,
    cgstPaise: t.cgst,
    sgstPaise: t.sgst,
    igstPaise: t.igst,
    cessPaise: t.cess,
    totalPaise: t.total,
  };
};

describe('credit notes and purchase orders use the same engine', () => {
  it('a credit note names the original invoice and the reason', async () => {
    const shop = await staff.call('shop.get', {});
    const bytes = await renderPdf(
      creditNoteDoc({
        shop,
        number: 'CN1/2627/00001',
        date: '2026-11-25',
        against: { number: 'C1/2627/00001', date: '2026-11-24' },
        reason: 'Damaged packet returned',
        counterparty: { name: 'Gupta Traders', address: 'Siyaganj, Indore', phone: '', gstin: null, stateCode: '23' },
        supply: 'intra',
        placeOfSupply: '23',
        lines: [line('Aashirvaad Atta 5kg', 'आशीर्वाद आटा 5 किलो', '1101', 1000, 27143, 500, 'intra')],
      }),
      'A5',
    );
    const flat = savePdf('credit-note-a5', bytes).text.replace(/\s+/g, ' ');
    expect(flat).toContain('CREDIT NOTE');
    expect(flat).toContain('Credit note no.: CN1/2627/00001');
    expect(flat).toContain('Against invoice: C1/2627/00001 dated 24-11-2026');
    expect(flat).toContain('Reason: Damaged packet returned');
  });

  it('a purchase order to an out-of-state supplier shows the IGST the shop expects', async () => {
    const shop = await staff.call('shop.get', {});
    const bytes = await renderPdf(
      purchaseOrderDoc({
        shop,
        number: 'PO/2627/0007',
        date: '2026-11-26',
        counterparty: { name: 'Agro Foods Pvt Ltd', address: 'MIDC, Nagpur', phone: '9822000000', gstin: null, stateCode: '27' },
        supply: 'inter',
        placeOfSupply: '23',
        lines: [
          line('Toor Dal 30kg bag', 'तूर दाल', '0713', 10000, 420000, 0, 'inter'),
          line('Surf Excel 1kg (case of 20)', null, '3402', 5000, 240000, 1800, 'inter'),
        ],
      }),
      'A4',
    );
    const flat = savePdf('purchase-order-a4', bytes).text.replace(/\s+/g, ' ');
    expect(flat).toContain('PURCHASE ORDER');
    expect(flat).toContain('PO number: PO/2627/0007');
    expect(flat).toContain('IGST');
    expect(flat).toContain('Supplier Agro Foods Pvt Ltd');
  });
});

async function fetchPdf(invoiceId: string, size: 'A4' | 'A5'): Promise<Buffer> {
  const pdf = await staff.call('printing.invoicePdf', { invoiceId, size });
  return Buffer.from(pdf.base64, 'base64');
}
