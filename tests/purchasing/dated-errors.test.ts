import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn } from '../../app/core/contract';
import { translate, type Lang, type Params } from '../../app/core/i18n';
import { refusalOf } from '../support/api-errors';
import { hostWithClients, type TestHost } from '../support/test-host';

/**
 * Every refusal of a purchase bill that names a date says it as the shop reads dates, DD-MM-YYYY,
 * in English and in Hindi: the bill's dates, a lot's manufacture and expiry dates, a date that is
 * not on the calendar.
 */
const MALWA = 'supp-demo-001';
const TODAY = '2026-11-24';
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
type Bill = ParamsIn<'purchasing.postBill'>;
type Line = Bill['lines'][number];

let host: TestHost;
let clients: { en: ApiClient; hi: ApiClient };

const bill = (line: Partial<Line>, supplierDate = TODAY): Bill => ({
  supplierId: MALWA,
  supplierInvoiceNo: `MA/${supplierDate}`,
  supplierDate,
  lines: [{ productId: 'prod-demo-014', qtyMilli: 10_000, unitCostPaise: 2000, ...line }],
});

/** Each dated refusal: the bill, and the date (DD-MM-YYYY) its message must name. */
const DATED: [string, Bill, string][] = [
  ['expiry before manufacture', bill({ mfgDate: '2026-10-01', expiryDate: '2026-09-30' }), '30-09-2026'],
  ['made after the bill', bill({ mfgDate: '2026-12-05' }), '05-12-2026'],
  ['made after the bill, which is named', bill({ mfgDate: '2026-12-05' }), '24-11-2026'],
  ['expired before it came', bill({ expiryDate: '2026-11-20' }), '20-11-2026'],
  ['a bill date not on the calendar', bill({}, '2026-02-31'), '31-02-2026'],
  ['an expiry not on the calendar', bill({ expiryDate: '2027-02-30' }), '30-02-2027'],
  ['a manufacture date not on the calendar', bill({ mfgDate: '2026-09-31' }), '31-09-2026'],
];

/** What the screen shows for a refusal: its message key in the reader's language (as ui/errors.ts says it). */
const isParams = (v: unknown): v is Params =>
  typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');
const shownIn = (lang: Lang, e: { key?: string | undefined; params?: unknown; message: string }) =>
  (e.key && translate(e.key, lang, isParams(e.params) ? e.params : undefined)) || e.message;

beforeAll(async () => {
  let en: ApiClient;
  ({ host, en } = await hostWithClients({ en: 'manager' }));
  host.clock.set(`${TODAY}T06:00:00.000Z`);
  clients = { en, hi: await host.as('manager', 'hindi-office', 'hi') };
});
afterAll(() => host.dispose());

describe('a purchase bill’s refusals say dates as DD-MM-YYYY', () => {
  for (const [what, params, shown] of DATED)
    for (const lang of ['en', 'hi'] as const)
      it(`${what} (${lang}): priced and posted`, async () => {
        const { supplierInvoiceNo: _number, ...priced } = params;
        const calls = [() => clients[lang].call('purchasing.priceBill', priced), () => clients[lang].call('purchasing.postBill', params)];
        for (const call of calls) {
          const refusal = await refusalOf(call());
          for (const words of [refusal.message, shownIn(lang, refusal)]) {
            expect(words).toContain(shown);
            expect(words).not.toMatch(ISO_DATE);
          }
          if (lang === 'hi') expect(shownIn(lang, refusal)).toMatch(/[\u0900-\u097F]/);
        }
      });
});
