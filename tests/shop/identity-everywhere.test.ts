import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { parseUpiLink } from '../../app/core/payments/upi';
import { makeTestHost, type TestHost } from '../support/test-host';
import { GUPTA_KIRANA, GUPTA_OWNER, signInOwner } from './support/real-shop';
import { returnPart } from '../support/selling';

/**
 * A real shop's identity, once set up, is what every paper and file carries: credit notes, purchase
 * orders, khata statements, the customer display, GSTR-1, the Tally export. Nothing says the demo's.
 */
const SHOP = GUPTA_KIRANA;
const DEMO_WORDS = /Sharma|sharmastore@upi|DEMO/;

let host: TestHost;
let owner: ApiClient;
let dir: string;
const pdfText = (name: string, base64: string) => {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sk-identity-'));
  host = makeTestHost({ setup: 'none' });
  const anon = host.client();
  await anon.call('shop.setup', { shop: SHOP, owner: GUPTA_OWNER, catalogue: 'demo' });
  owner = await signInOwner(host, 'identity-counter');
});
afterAll(() => {
  host?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the shop’s identity on every paper and file', () => {
  it('credit note, purchase order, khata statement, customer display, GSTR-1 and Tally carry the real shop, never the demo', async () => {
    const customer = await owner.call('customers.add', { name: 'Sunita Sharma Verma', phone: '9876543210', creditLimitPaise: 500000 });
    const bill = await owner.call('billing.postInvoice', {
      clientRef: 'identity-bill-1',
      customerId: customer.id,
      lines: [{ productId: 'prod-demo-004', qtyMilli: 2000 }],
      tenders: [{ method: 'credit', amountPaise: 5600 }],
    });
    expect(bill.number).toBe('GK/2627/0542');
    const note = await returnPart(owner, { clientRef: 'identity-cn-1', invoiceId: bill.id, refund: 'credit', reason: 'Torn' });
    expect(note.number).toBe('GKCN/1');
    const strip = (text: string) => text.replaceAll('Sunita Sharma Verma', '');

    const notePdf = pdfText('note.pdf', (await owner.call('accounting.creditNotePdf', { id: note.id })).base64);
    expect(notePdf).toContain(SHOP.gstin);
    expect(notePdf).toContain('GKCN/1');
    expect(strip(notePdf)).not.toMatch(DEMO_WORDS);

    const supplier = await owner.call('suppliers.add', { name: 'Malwa Traders', gstin: null, stateCode: '27', paymentTermsDays: 15 });
    const order = await owner.call('purchasing.createOrder', { supplierId: supplier.id, lines: [{ productId: 'prod-demo-004', qtyMilli: 10_000 }] });
    const orderPdf = pdfText('order.pdf', (await owner.call('purchasing.orderPdf', { id: order.id })).base64);
    expect(orderPdf).toMatch(/Gupta (Kirana|Traders LLP)/);
    expect(orderPdf).toContain(SHOP.gstin);
    expect(orderPdf).not.toMatch(DEMO_WORDS);

    const statement = pdfText('statement.pdf', (await owner.call('khata.statementPdf', { partyId: customer.id })).base64);
    expect(statement).toMatch(/Gupta (Kirana|Traders LLP)/);
    expect(strip(statement)).not.toMatch(DEMO_WORDS);

    const shown = await owner.call('display.publish', { stage: 'payment', lines: [], payablePaise: 5600, upiAmountPaise: 5600 });
    expect(shown.shopName).toBe('Gupta Kirana');
    expect(shown.upi?.vpa).toBe(SHOP.upiVpa);
    expect(parseUpiLink(shown.upi?.link ?? '')).toMatchObject({ pa: SHOP.upiVpa, pn: 'R K Gupta' });

    const month = host.clock.now().toISOString().slice(0, 7);
    const gstr1 = await owner.call('gst.gstr1', { period: `${month.slice(5, 7)}${month.slice(0, 4)}` });
    expect(gstr1.json.gstin).toBe(SHOP.gstin);

    const tally = await owner.call('accounting.tallyXml', { from: `${month}-01`, to: host.clock.now().toISOString().slice(0, 10) });
    const xml = Buffer.from(tally.base64, 'base64').toString('utf8');
    expect(xml).toMatch(/<SVCURRENTCOMPANY>Gupta (Kirana|Traders LLP)<\/SVCURRENTCOMPANY>/);
    expect(strip(xml)).not.toMatch(DEMO_WORDS);
  });
});
