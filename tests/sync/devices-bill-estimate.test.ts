import { afterAll, describe, expect, it } from 'vitest';
import { estimateBill } from '../../app/renderer/src/api/sync/bill-estimate';
import { makeTestHost } from '../support/test-host';

/**
 * A tablet prices an offline bill itself and the tender it takes must add up when the counter
 * posts it: the device's estimate against the counter's own quote, on the demo shop's real
 * products (every GST rate, loose and packed), 300 seeded random carts.
 */
const host = makeTestHost();
afterAll(() => host.dispose());

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('an offline bill priced on the device', () => {
  it('comes to the paisa the counter charges for the same cart', async () => {
    const manager = await host.as('manager');
    const products = await manager.call('catalog.search', { q: '', minPricePaise: 0, limit: 200 });
    const shop = await manager.call('shop.get', {});
    const rates = new Set(products.map((p) => p.gstRateBp));
    expect(rates.size).toBeGreaterThan(2);
    const random = rng(20261204);
    for (let round = 0; round < 300; round += 1) {
      const picked = new Map<string, (typeof products)[number]>();
      const size = 1 + Math.floor(random() * 6);
      while (picked.size < size) {
        const p = products[Math.floor(random() * products.length)]!;
        picked.set(p.id, p);
      }
      const cart = [...picked.values()].map((p) => ({ p, qtyMilli: p.loose ? 50 + Math.floor(random() * 2950) : 1000 * (1 + Math.floor(random() * 4)) }));
      const quote = await manager.call('billing.quote', {
        lines: cart.map(({ p, qtyMilli }) => ({ productId: p.id, qtyMilli, unitPricePaise: p.pricePaise })),
      });
      const estimate = estimateBill(
        cart.map(({ p, qtyMilli }) => ({ qtyMilli, unitPricePaise: p.pricePaise, gstRateBp: p.gstRateBp, cessRateBp: p.cessRateBp })),
        { roundOff: shop.roundOff, composition: false },
      );
      expect({ round, payable: estimate.payablePaise, roundOff: estimate.roundOffPaise }).toEqual({
        round,
        payable: quote.totals.payablePaise,
        roundOff: quote.totals.roundOffPaise,
      });
      expect(estimate.taxPaise).toBe(quote.totals.cgstPaise + quote.totals.sgstPaise + quote.totals.igstPaise + quote.totals.cessPaise);
    }
  }, 60_000);
});
