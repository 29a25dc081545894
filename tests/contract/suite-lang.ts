import { describe, expect, it } from 'vitest';
import type { ApiClient, MethodName } from '../../app/core/contract';
import { translate } from '../../app/core/i18n';
import type { SuiteContext } from './suite-context';
import { DEVANAGARI, ID_LIKE } from '../support/words';
import { expectApiError } from '../support/api-errors';
import { ATTA } from '../support/demo-catalog';

const ATTA_NAME = 'Aashirvaad Atta 5kg';
const UUID_ID = (kind: string) => `${kind}-0199f1a2-7c3e-7d4a-9b1c-0123456789ab`;

type Caller = 'staff' | 'manager' | 'owner';

/** [what, who, method, params, code, the id the call names]: refusals that must not say the id back. */
const ABOUT_IDS: Array<[string, Caller, MethodName, unknown, string, string]> = [
  ['an unknown product', 'staff', 'catalog.get', { id: UUID_ID('prod') }, 'NOT_FOUND', UUID_ID('prod')],
  ['an unknown product on a bill', 'staff', 'billing.quote', { lines: [{ productId: UUID_ID('prod'), qtyMilli: 1000 }] }, 'NOT_FOUND', UUID_ID('prod')],
  ['an unknown bill', 'staff', 'billing.getInvoice', { id: 'inv-9999' }, 'NOT_FOUND', 'inv-9999'],
  [
    'an unknown customer on a bill',
    'staff',
    'billing.quote',
    { lines: [{ productId: ATTA, qtyMilli: 1000 }], customerId: 'cust-0999' },
    'NOT_FOUND',
    'cust-0999',
  ],
  [
    'an unknown batch in an adjustment',
    'manager',
    'inventory.adjust',
    { lines: [{ productId: ATTA, batchId: UUID_ID('lot'), qtyMilli: -1000, reason: 'damage' }] },
    'NOT_FOUND',
    UUID_ID('lot'),
  ],
  ['an unknown supplier', 'manager', 'suppliers.get', { id: 'sup-0999' }, 'NOT_FOUND', 'sup-0999'],
  ['an unknown voucher', 'manager', 'accounting.voucher', { id: UUID_ID('vch') }, 'NOT_FOUND', UUID_ID('vch')],
  ['an unknown bill to print', 'staff', 'printing.invoicePdf', { invoiceId: 'inv-9999' }, 'NOT_FOUND', 'inv-9999'],
];

/** The words of the reply in the language the call named: errors in English by default, Hindi when asked. */
export function langCases(ctx: SuiteContext): void {
  describe('language', () => {
    const hindi = (role: Caller) => ctx.t.as(role, `lang-hi-${role}`, 'hi');
    const zeroAtta = (client: ApiClient) => client.call('billing.quote', { lines: [{ productId: ATTA, qtyMilli: 0 }] });

    it('words a refusal in English by default, and gives Hindi words for the same key when the call is in Hindi', async () => {
      const english = await expectApiError(zeroAtta(ctx.staff), 'INVALID_QUANTITY');
      expect(english.key).toBe('billing.qtyNotPositive');
      expect(english.params).toEqual({ product: ATTA_NAME });
      expect(english.message).toBe(`Quantity of ${ATTA_NAME} must be more than 0`);
      expect(translate(english.key ?? '', 'en', english.params)).toBe(english.message);

      const inHindi = await expectApiError(zeroAtta(await hindi('staff')), 'INVALID_QUANTITY');
      // The message stays English for logs and tools; the key and params say it in Hindi.
      expect(inHindi.message).toBe(english.message);
      expect(translate(inHindi.key ?? '', 'hi', inHindi.params)).toBe(`${ATTA_NAME} की मात्रा 0 से ज़्यादा होनी चाहिए`);
    });

    it('names a refused field in Hindi words when the call is in Hindi', async () => {
      const client = await hindi('staff');
      const asText = await expectApiError(client.call('billing.quote', { lines: [{ productId: ATTA, qtyMilli: '1000' }] } as never), 'BAD_PARAMS');
      expect(asText.message).toBe('Quantity (line 1) must be a number');
      expect(asText.params).toEqual({ field: 'मात्रा (पंक्ति 1)' });
      expect(translate(asText.key ?? '', 'hi', asText.params)).toBe('मात्रा (पंक्ति 1) में संख्या लिखें');
      expect(asText.details).toMatchObject({ field: 'lines.0.qtyMilli', fields: [{ field: 'lines.0.qtyMilli', message: 'मात्रा (पंक्ति 1) में संख्या लिखें' }] });

      const missing = await expectApiError(client.call('customers.add', { phone: '9893012345' } as never), 'BAD_PARAMS');
      expect(translate(missing.key ?? '', 'hi', missing.params)).toBe('नाम भरें');
      const phone = await expectApiError(client.call('customers.add', { name: 'Asha', phone: '12345' }), 'BAD_PARAMS');
      expect(translate(phone.key ?? '', 'hi', phone.params)).toBe('फ़ोन नंबर: 10 अंकों का मोबाइल नंबर लिखें');
    });

    it('says a role refusal in Hindi too', async () => {
      const refused = await expectApiError((await hindi('staff')).call('billing.cancelInvoice', { id: 'inv-0001', reason: 'Wrong item' }), 'FORBIDDEN');
      expect(translate(refused.key ?? '', 'hi', refused.params)).toMatch(DEVANAGARI);
    });

    it.each(ABOUT_IDS)('never says an id back: %s', async (_what, who, method, params, code, id) => {
      const error = await expectApiError(ctx[who].call(method, params as never), code as never);
      for (const words of [error.message, translate(error.key ?? '', 'en', error.params), translate(error.key ?? '', 'hi', error.params)]) {
        expect(words).toBeDefined();
        expect(words).not.toContain(id);
        expect(words).not.toMatch(ID_LIKE);
      }
    });

    it('names the product that already has a barcode, not its id', async () => {
      const atta = await ctx.manager.call('catalog.get', { id: ATTA });
      const barcode = atta.barcodes[0] ?? '';
      const taken = await expectApiError(
        ctx.manager.call('catalog.addProduct', {
          name: `Lang test ${ctx.tag}`,
          pricePaise: 100,
          mrpPaise: 100,
          hsn: '1101',
          gstRateBp: 0,
          barcodes: [barcode],
        }),
        'DUPLICATE',
      );
      expect(taken.message).toBe(`Barcode ${barcode} already belongs to ${ATTA_NAME}`);
    });

    it('answers in English when the call names a language it does not speak', async () => {
      const reply = await ctx.t.host.dispatch({ id: 1, method: 'auth.login', params: { pin: '1234', deviceId: 'lang-fr-device' }, lang: 'fr' as never });
      expect(reply.ok ? null : reply.error).toMatchObject({ code: 'BAD_PARAMS', message: 'User is missing', params: { field: 'User' } });
    });
  });
}
