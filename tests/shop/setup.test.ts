import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE, type MessageKey } from '../../app/core/i18n/catalogue';
import { fill } from '../../app/core/i18n/text';
import { refusalOf } from '../support/api-errors';
import { makeTestHost, type TestHost } from '../support/test-host';
import { GUPTA_KIRANA, GUPTA_OWNER, signInOwner } from './support/real-shop';
import { returnPart } from '../support/selling';

const SHOP = GUPTA_KIRANA;
const OWNER = GUPTA_OWNER;

let host: TestHost;
afterEach(() => host.dispose());

const ownerOf = (h: TestHost, pin?: string) => signInOwner(h, 'setup-test-counter', pin);

describe('first run', () => {
  it('a new file asks; bad inputs are refused naming the field, in Hindi too, and nothing is saved', async () => {
    host = makeTestHost({ setup: 'none' });
    const anon = host.client();
    expect(await anon.call('shop.status', {})).toMatchObject({ state: 'new', name: null, fyLabel: '2026-27' });
    const hindi = host.client(undefined, { lang: 'hi' });
    expect(Object.keys(CATALOGUE)).toContain('shop.nameEmpty');
    const cases: Array<[Partial<typeof SHOP>, RegExp, RegExp]> = [
      [{ gstin: '27AAPFU0939F1ZW' }, /^GSTIN 27AAPFU0939F1ZW is not valid/, /^जीएसटीआईएन 27AAPFU0939F1ZW मान्य नहीं/],
      [{ stateCode: '23' }, /^GSTIN: 27AAPFU0939F1ZV starts with state code 27/, /^जीएसटीआईएन: /],
      [{ upiVpa: 'guptakirana.okaxis' }, /^UPI ID: /, /^यूपीआई आईडी: /],
      [{ name: ' ' }, /^Shop name: /, /^दुकान का नाम: /],
      [{ saleSeries: { prefix: 'GUPTAKIRANA/26', next: '01' } }, /^Next bill number: GUPTAKIRANA\/26\/01 has 17 characters/, /^अगला बिल नंबर: /],
    ];
    for (const [bad, en, hi] of cases) {
      const params = { shop: { ...SHOP, ...bad }, owner: OWNER, catalogue: 'empty' as const };
      expect((await refusalOf(anon.call('shop.setup', params))).message).toMatch(en);
      const e = await refusalOf(hindi.call('shop.setup', params));
      expect(fill(CATALOGUE[e.key as MessageKey].hi, e.params)).toMatch(hi);
      expect(await anon.call('shop.status', {})).toMatchObject({ state: 'new' });
    }
    expect(host.store.shop.find()).toBeUndefined();
    expect(await anon.call('auth.users', {})).toEqual([]);
  });

  it('sets up a real shop; the first bill continues the paper book at GK/2627/0542 and a return takes GKCN/1', async () => {
    host = makeTestHost({ setup: 'none' });
    const anon = host.client();
    expect(await anon.call('shop.checkSetup', { shop: { gstin: SHOP.gstin, stateCode: '27', registration: 'regular', saleSeries: SHOP.saleSeries } })).toEqual({
      ok: true,
      pan: 'AAPFU0939F',
      firstSaleNumber: 'GK/2627/0542',
      firstCreditNoteNumber: null,
      upiTestLink: null,
    });
    const { owner } = await anon.call('shop.setup', { shop: SHOP, owner: OWNER, catalogue: 'demo' });
    expect(owner).toMatchObject({ name: 'Ramesh Gupta', role: 'owner' });
    expect(await anon.call('shop.status', {})).toMatchObject({ state: 'ready', name: 'Gupta Kirana' });
    expect((await refusalOf(anon.call('shop.setup', { shop: SHOP, owner: OWNER, catalogue: 'empty' }))).key).toBe('shop.alreadySetUp');
    expect((await refusalOf(anon.call('shop.startDemo', {}))).key).toBe('shop.alreadySetUp');

    const me = await ownerOf(host);
    const shop = await me.call('shop.get', {});
    expect(shop).toMatchObject({
      gstin: SHOP.gstin,
      composition: false,
      upiVpa: SHOP.upiVpa,
      upiPayee: 'R K Gupta',
      legalName: 'Gupta Traders LLP',
      demo: false,
    });
    const bill = await me.call('billing.postInvoice', {
      clientRef: 'setup-bill-0001',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    expect(bill.number).toBe('GK/2627/0542');
    const second = await me.call('billing.postInvoice', {
      clientRef: 'setup-bill-0002',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    expect(second.number).toBe('GK/2627/0543');
    const note = await returnPart(me, { clientRef: 'setup-cn-0001', invoiceId: bill.id, reason: 'Torn' });
    expect(note.number).toBe('GKCN/1');

    // Settings → Shop: a number already used in the year is refused, naming the field; nothing changes.
    const used = await refusalOf(
      me.call('shop.saveIdentity', { shop: { ...SHOP, saleSeries: { prefix: 'GK/2627', next: '0543' }, creditNoteSeries: { prefix: 'GKCN', next: '2' } } }),
    );
    expect(used.code).toBe('DUPLICATE');
    expect(used.message).toBe('Next bill number: GK/2627/0543 is already used in 2026-27; continue after the last number used');
    const third = await me.call('billing.postInvoice', {
      clientRef: 'setup-bill-0003',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    expect(third.number).toBe('GK/2627/0544');

    // Composition from now on: the GSTIN stays, bills become bills of supply.
    const nextNumbers = await me.call('shop.nextNumbers', {});
    expect(nextNumbers).toEqual({ saleSeries: { prefix: 'GK/2627', next: '0545' }, creditNoteSeries: { prefix: 'GKCN', next: '2' } });
    const after = await me.call('shop.saveIdentity', { shop: { ...SHOP, registration: 'composition', ...nextNumbers } });
    expect(after.composition).toBe(true);
    const supply = await me.call('billing.postInvoice', {
      clientRef: 'setup-bill-0004',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    expect(supply).toMatchObject({ number: 'GK/2627/0545', docType: 'bill_of_supply' });
    const audit = host.store.audit.list({ from: null, to: null, entity: 'shop', entityId: null, limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['shop.setup', 'shop.saveIdentity']));
  });

  it('the demo is marked, and leaving it puts its file aside whole and opens an empty one', async () => {
    host = makeTestHost({ setup: 'none' });
    const anon = host.client();
    await anon.call('shop.startDemo', {});
    expect(await anon.call('shop.status', {})).toMatchObject({ state: 'demo', name: 'Sharma General Store' });
    const staffUser = (await anon.call('auth.users', {})).find((u) => u.role === 'staff');
    if (!staffUser) throw new Error('no staff');
    const staff = host.client((await anon.call('auth.login', { userId: staffUser.id, pin: '3333', deviceId: 'demo-counter-1', deviceName: 'Counter' })).token);
    const bill = await staff.call('billing.postInvoice', {
      clientRef: 'demo-bill-0001',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    expect(bill.number).toBe('C1/2627/00001');
    expect((await refusalOf(staff.call('shop.leaveDemo', {}))).code).toBe('FORBIDDEN');
    const owner = await ownerOf(host, '1111');
    await owner.call('shop.leaveDemo', {});
    expect(await anon.call('shop.status', {})).toMatchObject({ state: 'new' });
    expect(await anon.call('auth.users', {})).toEqual([]);
    expect((await refusalOf(staff.call('billing.listInvoices', { date: '2026-11-24' }))).code).toBe('UNAUTHENTICATED');
    expect(readdirSync(host.dir).some((f) => /^demo-shop-.*shop\.sqlite$/.test(f))).toBe(true);
    await anon.call('shop.setup', { shop: SHOP, owner: OWNER, catalogue: 'empty' });
    const me = await ownerOf(host);
    // Nothing of the demo reached the real shop: no products, no bills, numbers from 0542.
    expect(await me.call('catalog.counterIndex', {})).toEqual([]);
    expect(await me.call('billing.listInvoices', { date: '2026-11-24' })).toEqual([]);
    expect(await me.call('shop.nextNumbers', {})).toMatchObject({ saleSeries: { next: '0542' } });
  });
});
