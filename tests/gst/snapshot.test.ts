import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn } from '../../app/core/contract';
import { gstinCheckChar } from '../../app/core/gst/gstin';
import { receiptBlocks } from '../../printers/receipt/layout';
import { hostWithClients, type TestHost } from '../support/test-host';
import { ATTA } from '../support/demo-catalog';

/**
 * A bill keeps its buyer and its GSTR-1 table as posted (migration 0007): editing a customer's
 * GSTIN afterwards moves neither the bill nor its cancellation to another table, and the old
 * invoice still shows the GSTIN it was made out to. No method edits a customer yet, so the tests
 * change the customer file directly, as a future edit would.
 */
const gstin = (body: string) => body + gstinCheckChar(body);
const OLD = gstin('23AAACV1234K1Z');
const NEW = gstin('23AAACV9876K1Z');
const TODAY = '2026-11-24';

let host: TestHost;
let staff: ApiClient;
let manager: ApiClient;
beforeEach(async () => ({ host, staff, manager } = await hostWithClients({ staff: 'staff', manager: 'manager' })));
afterEach(() => host.dispose());

const sell = async (ref: string, extra: Partial<ParamsIn<'billing.postInvoice'>> = {}, qtyMilli = 1000) => {
  const lines = [{ productId: ATTA, qtyMilli }];
  const { totals } = await staff.call('billing.quote', { lines, ...extra });
  return staff.call('billing.postInvoice', { clientRef: `snapshot-${ref}`, lines, tenders: [{ method: 'cash', amountPaise: totals.payablePaise }], ...extra });
};
const editCustomer = (id: string, gstinNow: string | null) =>
  host.store.raw.prepare('UPDATE customers SET gstin = ?, state_code = ? WHERE id = ?').run(gstinNow, gstinNow ? gstinNow.slice(0, 2) : '23', id);
const dailyRows = () =>
  host.store.raw
    .prepare<[string], { class: string; lines: number; taxable: number }>(
      'SELECT class, lines, taxable_paise AS taxable FROM gst_daily WHERE date = ? ORDER BY class',
    )
    .all(TODAY);

describe('a GSTIN edited after the sale', () => {
  it('leaves the sale and its cancellation in the sale’s table (b2b): they net to nothing there', async () => {
    const c = await staff.call('customers.add', { name: 'Verma Traders', gstin: OLD });
    const bill = await sell('b2b', { customerId: c.id });
    expect(dailyRows()).toEqual([{ class: 'b2b', lines: 1, taxable: bill.totals.taxablePaise }]);

    editCustomer(c.id, null); // the buyer turns out to be unregistered
    await manager.call('billing.cancelInvoice', { id: bill.id, reason: 'wrong buyer' });
    expect(dailyRows()).toEqual([{ class: 'b2b', lines: 0, taxable: 0 }]);
    const r = await manager.call('gst.gstr1', { period: '112026' });
    expect(r.summary.b2cs.taxablePaise).toBe(0);
    expect(r.summary.b2b.taxablePaise).toBe(0);
  });

  it('leaves an unregistered buyer’s sale and cancellation in b2cs when a GSTIN is added later', async () => {
    const c = await staff.call('customers.add', { name: 'Ramesh Kumar', phone: '9827000003' });
    const bill = await sell('b2cs', { customerId: c.id });
    editCustomer(c.id, NEW);
    await manager.call('billing.cancelInvoice', { id: bill.id, reason: 'registered now' });
    expect(dailyRows()).toEqual([{ class: 'b2cs', lines: 0, taxable: 0 }]);
  });

  it('still shows the old invoice made out to the old GSTIN: view, bill list, receipt and PDF', async () => {
    const c = await staff.call('customers.add', { name: 'Verma Traders', gstin: OLD });
    const bill = await sell('view', { customerId: c.id });
    editCustomer(c.id, NEW);
    host.store.raw.prepare('UPDATE customers SET name = ? WHERE id = ?').run('Verma & Sons', c.id);

    const view = await staff.call('billing.getInvoice', { id: bill.id });
    expect(view.customer).toMatchObject({ id: c.id, name: 'Verma Traders', gstin: OLD, stateCode: '23' });
    const [listed] = await staff.call('billing.listInvoices', { date: TODAY, limit: 5 });
    expect(listed?.customerName).toBe('Verma Traders');

    const shop = await staff.call('shop.get', {});
    const receipt = JSON.stringify(
      receiptBlocks({ shop, invoice: view, copy: 'duplicate' }, { width: 48, qr: 'off', hindi: 'off', drawer: 'never', drawerPin: 2, cut: 'none' }),
    );
    expect(receipt).toContain(OLD);
    expect(receipt).not.toContain(NEW);

    const pdf = await staff.call('printing.invoicePdf', { invoiceId: bill.id, size: 'A4' });
    const file = join(host.dir, 'invoice.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(OLD);
    expect(text).not.toContain(NEW);
    expect(text).toContain('Verma Traders');
  });
});
