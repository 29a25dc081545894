import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, rateInForce, type ApiClient } from '../../app/core/contract/index';
import { CATALOGUE } from '../../app/core/i18n/catalogue';
import { textIn } from '../../app/core/i18n/text';
import { hostWithClients, type TestHost } from '../support/test-host';

/**
 * GST rates by date: from 22-09-2025 (GST 2.0) the slabs are 5, 18 and 40% (with 0.25, 1.5 and 3%
 * for stones and metals); 12% and 28% went, 28% staying only for goods with compensation cess.
 * A product takes a rate in force today when it is added or its rate changes; one that still has
 * an older rate keeps it while its other fields change.
 */
describe('which rates are in force on a date', () => {
  it.each([
    [1200, '2025-09-21', 0, true],
    [1200, '2025-09-22', 0, false],
    [2800, '2025-09-21', 0, true],
    [2800, '2025-09-22', 0, false],
    [2800, '2026-11-24', 6000, true],
    [4000, '2025-09-21', 0, false],
    [4000, '2025-09-22', 0, true],
    [500, '2026-11-24', 0, true],
    [150, '2026-11-24', 0, true],
    [1000, '2026-11-24', 0, false],
  ])('%i bp on %s with cess %i bp: %s', (rate, date, cess, allowed) => {
    expect(rateInForce(rate, date, cess)).toBe(allowed);
  });
});

let host: TestHost;
let manager: ApiClient;
beforeAll(async () => ({ host, manager } = await hostWithClients({ manager: 'manager' })));
afterAll(() => host.dispose());

const product = (gstRateBp: number, cessRateBp = 0) => ({
  name: `Rate ${gstRateBp}`,
  hsn: '21069099',
  gstRateBp,
  cessRateBp,
  pricePaise: 10_000,
  unit: 'pcs' as const,
});
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'saved',
    (e: unknown) => (e instanceof ApiError ? e.message : String(e)),
  );

describe('a product’s rate on 24-11-2026 (the test shop’s today)', () => {
  it.each([
    [500, 0, 'saved'],
    [1800, 0, 'saved'],
    [4000, 0, 'saved'],
    [2800, 6000, 'saved'],
    [1200, 0, 'GST rate: 12% is not a GST rate on 24-11-2026; choose one of 0%, 0.25%, 1.5%, 3%, 5%, 18%, 40%'],
    [2800, 0, 'GST rate: 28% is not a GST rate on 24-11-2026; choose one of 0%, 0.25%, 1.5%, 3%, 5%, 18%, 40%'],
  ])('a new product at %i bp (cess %i bp): %s', async (rate, cess, outcome) => {
    expect(await refusal(manager.call('catalog.addProduct', product(rate, cess)))).toBe(outcome);
  });

  it('says so in Hindi too, naming the field', async () => {
    const error = await manager.call('catalog.addProduct', product(1200)).then(
      () => null,
      (e: unknown) => (e instanceof ApiError ? e : null),
    );
    expect(error?.key).toBe('catalog.rateNotInForce');
    expect(textIn(CATALOGUE['catalog.rateNotInForce'], 'hi', error?.params)).toBe(
      'जीएसटी दर: 24-11-2026 को 12% जीएसटी की दर नहीं है; इनमें से चुनें: 0%, 0.25%, 1.5%, 3%, 5%, 18%, 40%',
    );
  });

  it('keeps an older rate while other fields change, and refuses changing to one', async () => {
    const id = (await manager.call('catalog.addProduct', product(500))).id;
    // A product from before GST 2.0 still carries 12% in the shop file.
    host.store.raw.prepare('UPDATE products SET gst_rate_bp = 1200 WHERE id = ?').run(id);
    expect(await refusal(manager.call('catalog.updateProduct', { id, name: 'Old rate, new name', gstRateBp: 1200 }))).toBe('saved');
    expect((await manager.call('catalog.updateProduct', { id, gstRateBp: 500 })).gstRateBp).toBe(500);
    expect(await refusal(manager.call('catalog.updateProduct', { id, gstRateBp: 1200 }))).toMatch(/^GST rate: 12% is not a GST rate/);
    expect((await manager.call('catalog.search', { q: 'Old rate', limit: 1 }))[0]?.gstRateBp).toBe(500);
  });
});
