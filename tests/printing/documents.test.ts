import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract/index';
import { parseUpiLink } from '../../app/core/payments/upi';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { makeTestHost, type TestHost } from '../support/test-host';

/** Sharing a bill: the PDF route's two ways in (a session, or a key for one invoice) and the WhatsApp link. */
let host: TestHost;
let http: HttpServer;
let staff: ApiClient;
let token = '';
let invoiceId = '';
let otherId = '';

beforeAll(async () => {
  host = makeTestHost();
  http = await startHttpServer(host, { port: 0 });
  const anon = host.client();
  const user = (await anon.call('auth.users', {})).find((u) => u.role === 'staff')!;
  token = (await anon.call('auth.login', { userId: user.id, pin: '3333', deviceId: 'docs-test', deviceName: 'Counter' })).token;
  staff = host.client(token);
  const sunita = (await staff.call('customers.search', { q: 'Sunita', limit: 1 }))[0]!.id;
  invoiceId = (
    await staff.call('billing.postInvoice', {
      clientRef: 'docs-00001',
      customerId: sunita,
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    })
  ).id;
  otherId = (
    await staff.call('billing.postInvoice', {
      clientRef: 'docs-00002',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    })
  ).id;
});
afterAll(async () => {
  await http.close();
  host.dispose();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${http.url}${path}`, { headers });

describe('invoice PDF over HTTP', () => {
  it('opens for a logged-in screen, by header or by token, as A4 or A5', async () => {
    const byHeader = await get(`/invoices/${invoiceId}.pdf`, { authorization: `Bearer ${token}`, 'x-sk-device': 'docs-test' });
    expect(byHeader.status).toBe(200);
    expect(byHeader.headers.get('content-type')).toBe('application/pdf');
    expect(byHeader.headers.get('content-disposition')).toContain('C1-2627-00001.pdf');
    expect(
      Buffer.from(await byHeader.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await get(`/invoices/${invoiceId}.pdf?token=${token}&device=docs-test&size=A5`)).status).toBe(200);
    // The token alone, or with another device, opens nothing: it is bound to the device that logged in.
    expect((await get(`/invoices/${invoiceId}.pdf?token=${token}&size=A5`)).status).toBe(401);
    expect((await get(`/invoices/${invoiceId}.pdf`, { authorization: `Bearer ${token}`, 'x-sk-device': 'another-browser' })).status).toBe(401);
  });

  it('refuses anyone without a session or a key, and a wrong key', async () => {
    expect((await get(`/invoices/${invoiceId}.pdf`)).status).toBe(401);
    expect((await get(`/invoices/${invoiceId}.pdf?key=not-a-key`)).status).toBe(401);
  });
});

describe('WhatsApp share link', () => {
  it('without a LAN address: the summary text only, to the customer’s number', async () => {
    const link = await staff.call('printing.shareLink', { invoiceId });
    expect(link.pdfUrl).toBeNull();
    expect(link.whatsappUrl).toMatch(/^https:\/\/wa\.me\/919876543210\?text=/);
    expect(decodeURIComponent(link.whatsappUrl.split('text=')[1]!)).toBe(link.text);
    expect(link.text).toContain('Tax invoice C1/2627/00001 dated 24-11-2026');
    expect(link.text).toContain('Amount: Rs. 28.00');
  });

  it('on the shop’s LAN: a PDF link whose key opens this invoice only, until it expires', async () => {
    host.setLanBaseUrl(http.url);
    const link = await staff.call('printing.shareLink', { invoiceId, phone: '9425012345' });
    expect(link.whatsappUrl).toMatch(/^https:\/\/wa\.me\/919425012345\?text=/);
    expect(link.text).toContain(`Invoice PDF: ${link.pdfUrl}`);
    const key = new URL(link.pdfUrl!).searchParams.get('key')!;
    expect((await get(new URL(link.pdfUrl!).pathname + `?key=${key}`)).status).toBe(200);
    expect((await get(`/invoices/${otherId}.pdf?key=${key}`)).status).toBe(401);
    host.clock.advance(31 * 86_400_000);
    expect((await get(`/invoices/${invoiceId}.pdf?key=${key}`)).status).toBe(401);
  });
});

describe('customer display', () => {
  it('publishes the counter’s bill as a host event, with the UPI QR at payment time', async () => {
    const seen: unknown[] = [];
    const off = host.events.subscribe((e) => e.event === 'display.update' && seen.push(e.payload));
    const lines = [{ name: 'Tata Salt 1kg', nameHi: 'टाटा नमक', qtyMilli: 2000, unit: 'pcs' as const, amountPaise: 5600 }];
    await staff.call('display.publish', { stage: 'cart', lines, payablePaise: 5600 });
    const paying = await staff.call('display.publish', { stage: 'payment', lines, payablePaise: 5600, upiAmountPaise: 5600 });
    off();
    expect(seen).toHaveLength(2);
    expect(paying).toMatchObject({ deviceCode: 'C1', stage: 'payment', itemCount: 1, payablePaise: 5600, upi: { amountPaise: 5600, vpa: 'sharmastore@upi' } });
    expect(parseUpiLink(paying.upi!.link)).toMatchObject({ am: '56.00', pa: 'sharmastore@upi' });
    expect(await staff.call('display.current', {})).toEqual(paying);
    expect(await staff.call('display.current', { deviceCode: 'T9' })).toBeNull();
  });
});
