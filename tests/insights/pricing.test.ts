import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_RULES, marginBp, marginFloorPrice, priceSuggestions, type PricedProduct } from '../../app/core/insights/pricing/price-rules';
import { isNicePrice, nearestNicePrice, roundDownToEnding, roundUpToEnding } from '../../app/core/insights/pricing/rounding';
import { renderMessage } from '../../app/core/insights/messages/render';

const TODAY = 20_000;
const base: PricedProduct = {
  id: 'p',
  name: 'Ghee 1 L',
  pricePaise: 60_000,
  costPaise: 50_000,
  mrpPaise: 65_000,
  stockMilli: 10_000,
  soldMilliLast30Days: 30_000,
};
const rules = (p: Partial<PricedProduct>) => priceSuggestions({ ...base, ...p }, TODAY).map((s) => [s.rule, s.suggestedPaise]);

describe('rounding to prices that end in 0, 5 or 9 rupees', () => {
  it('rounds up, down and to the nearest inside limits', () => {
    expect(roundUpToEnding(4_730)).toBe(4_900);
    expect(roundUpToEnding(4_500)).toBe(4_500);
    expect(roundDownToEnding(4_730)).toBe(4_500);
    expect(roundDownToEnding(4_199)).toBe(4_000);
    expect(roundDownToEnding(50)).toBe(0);
    expect(nearestNicePrice(4_730, 0, 10_000)).toBe(4_900);
    expect(nearestNicePrice(4_630, 0, 10_000)).toBe(4_500);
    // ₹47 is ₹2 from both ₹45 and ₹49: ties go up, unless the MRP says no.
    expect(nearestNicePrice(4_700, 0, 10_000)).toBe(4_900);
    expect(nearestNicePrice(4_700, 0, 4_800)).toBe(4_500);
    expect(nearestNicePrice(4_700, 4_600, 4_800)).toBeNull();
    expect(isNicePrice(4_900)).toBe(true);
    expect(isNicePrice(4_950)).toBe(false);
  });
});

describe('margins', () => {
  it('is on the selling price, in basis points', () => {
    expect(marginBp(60_000, 50_000)).toBe(1666);
    expect(marginBp(0, 10)).toBe(0);
    // 8% on price: cost ₹500 → ₹543.48 (543.478… rounded up to the paisa)
    expect(marginFloorPrice(50_000, 800)).toBe(54_348);
    expect(marginBp(54_348, 50_000)).toBeGreaterThanOrEqual(800);
    expect(marginBp(54_347, 50_000)).toBeLessThan(800);
  });
});

describe('price suggestions', () => {
  it('caps at MRP first', () => {
    expect(rules({ pricePaise: 66_000 })).toEqual([['mrp_ceiling', 65_000]]);
  });

  it('lifts a price under the margin floor to the next nice price, within MRP', () => {
    expect(rules({ pricePaise: 52_000 })).toEqual([['margin_floor', 54_500]]);
    // ₹545 would pass the ₹544 MRP: the MRP itself still meets 8%.
    expect(rules({ pricePaise: 52_000, mrpPaise: 54_400 })).toEqual([['margin_floor', 54_400]]);
    expect(rules({ pricePaise: 52_000, mrpPaise: 53_000 })).toEqual([['margin_blocked', null]]);
  });

  it('suggests a nice price when the price is odd', () => {
    expect(rules({ pricePaise: 60_300 })).toEqual([['round', 60_500]]);
    expect(rules({ pricePaise: 60_199 })).toEqual([['round', 60_000]]);
    expect(rules({ pricePaise: 60_000 })).toEqual([]);
  });

  it('marks down near expiry by days left, and only what will not sell in time', () => {
    // 20 units expiring in 10 days, selling 1 a day: 20% off ₹600 is ₹480, under the ₹500 cost: ₹500.
    expect(rules({ lots: [{ expiryDay: TODAY + 10, qtyMilli: 20_000 }] })).toEqual([['markdown_expiry', 50_000]]);
    expect(rules({ lots: [{ expiryDay: TODAY + 10, qtyMilli: 5_000 }] })).toEqual([]);
    // In the last week 30% off, even under cost: ₹420.
    expect(rules({ lots: [{ expiryDay: TODAY + 5, qtyMilli: 20_000 }] })).toEqual([['markdown_expiry', 42_000]]);
    const [s] = priceSuggestions({ ...base, lots: [{ expiryDay: TODAY + 5, qtyMilli: 20_000 }] }, TODAY);
    expect(renderMessage(s!.message, 'en')).toBe('Ghee 1 L: 20 expire in 5 days; 30% off (₹420.00) should clear them.');
  });

  it('marks down slow stock, not below the margin floor', () => {
    // 200 units at 1 a day is 200 days of stock: 10% off ₹600 is ₹540, under the ₹543.48 floor.
    expect(rules({ stockMilli: 200_000 })).toEqual([['markdown_slow', 54_348]]);
    expect(rules({ stockMilli: 200_000, costPaise: 40_000 })).toEqual([['markdown_slow', 54_000]]);
    expect(rules({ stockMilli: 5_000, soldMilliLast30Days: 0 })).toEqual([['markdown_slow', 54_348]]);
  });

  it('notes competitors, and the room to raise up to MRP', () => {
    expect(rules({ competitors: [{ source: 'DMart', pricePaise: 55_000 }] })).toEqual([['competitor_lower', null]]);
    expect(rules({ competitors: [{ source: 'Kirana next door', pricePaise: 64_000 }] })).toEqual([['competitor_higher', 64_000]]);
    expect(rules({ competitors: [{ source: 'Kirana next door', pricePaise: 70_000 }] })).toEqual([['competitor_higher', 65_000]]);
    expect(rules({ competitors: [{ source: 'BigBasket', pricePaise: 61_000 }] })).toEqual([]);
    const [note] = priceSuggestions({ ...base, competitors: [{ source: 'DMart', pricePaise: 55_000 }] }, TODAY);
    expect(renderMessage(note!.message, 'hi')).toBe('DMart पर Ghee 1 L ₹550.00 में है, आपके ₹600.00 से 8.3% कम।');
  });

  it('keeps its settings in basis points', () => {
    expect(DEFAULT_PRICE_RULES.marginFloorBp).toBe(800);
  });
});
