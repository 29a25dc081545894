import { describe, expect, it } from 'vitest';
import { cashierAlerts } from '../../app/core/insights/anomalies/cashier';
import { cashierDays } from '../../app/core/insights/anomalies/cashier-days';
import { oddHourAlerts } from '../../app/core/insights/anomalies/odd-hours';
import { registerAlerts } from '../../app/core/insights/anomalies/register';
import { salesDropAlerts } from '../../app/core/insights/anomalies/sales-drop';
import { shrinkageAlerts } from '../../app/core/insights/anomalies/shrinkage';
import { withDismissals } from '../../app/core/insights/anomalies/alert';
import { startOfDayAt } from '../../app/core/insights/ist';
import { renderMessage } from '../../app/core/insights/messages/render';
import type { BillRecord, CashierAction, RegisterClose } from '../../app/core/insights/types';
import { bill } from './helpers';

const POOJA = new Map([['K1', { id: 'K1', name: 'Pooja' }]]);
const D0 = 20_000;

/** `days` working days of `billsPerDay` bills, with `discounts(day)` discounts of ₹10 each. */
function cashierMonth(days: number, billsPerDay: number, discounts: (i: number) => number) {
  const bills: BillRecord[] = [];
  const actions: CashierAction[] = [];
  for (let i = 0; i < days; i++) {
    for (let b = 0; b < billsPerDay; b++) bills.push(bill(`${i}-${b}`, D0 + i, { customer: null, hour: 9 + (b % 10) }));
    for (let k = 0; k < discounts(i); k++) actions.push({ at: startOfDayAt(D0 + i) + 12 * 3_600_000, cashierId: 'K1', kind: 'discount', amountPaise: 1000 });
  }
  return { bills, actions };
}

describe('cashier actions against their own days', () => {
  it('says "Pooja gave 14 discounts today; her usual is 2"', () => {
    const { bills, actions } = cashierMonth(31, 100, (i) => (i === 30 ? 14 : 2 + (i % 3) - 1));
    const [alert, ...rest] = cashierAlerts(cashierDays(bills, actions), POOJA, D0 + 30, D0 + 30);
    expect(rest).toEqual([]);
    expect(alert?.type).toBe('cashier.discount');
    expect(alert?.message.params).toMatchObject({ name: 'Pooja', count: 14, usual: 2, amountPaise: 14_000 });
    expect(renderMessage(alert!.message, 'en', { today: alert!.day })).toBe('Pooja gave 14 discounts today (₹140.00); the usual for Pooja is 2 a day.');
    expect(renderMessage(alert!.message, 'hi', { today: alert!.day })).toBe('Pooja ने आज 14 छूट दीं (₹140.00); Pooja के लिए आम तौर पर दिन में 2।');
  });

  it('is quiet for a few more than usual, and for more on a day with more bills', () => {
    const small = cashierMonth(31, 100, (i) => (i === 30 ? 4 : 2));
    expect(cashierAlerts(cashierDays(small.bills, small.actions), POOJA, D0 + 30, D0 + 30)).toEqual([]);
    const busy = cashierMonth(30, 100, () => 2);
    for (let b = 0; b < 400; b++) busy.bills.push(bill(`busy-${b}`, D0 + 30, { customer: null }));
    for (let k = 0; k < 8; k++) busy.actions.push({ at: startOfDayAt(D0 + 30) + 3_600_000 * 12, cashierId: 'K1', kind: 'discount', amountPaise: 100 });
    expect(cashierAlerts(cashierDays(busy.bills, busy.actions), POOJA, D0 + 30, D0 + 30)).toEqual([]);
  });

  it('needs evidence: a new cashier with no one to compare with gets no alert', () => {
    const { bills, actions } = cashierMonth(4, 100, (i) => (i === 3 ? 20 : 1));
    expect(cashierAlerts(cashierDays(bills, actions), POOJA, D0, D0 + 3)).toEqual([]);
  });
});

describe('register closes', () => {
  const close = (i: number, diff: number): RegisterClose => ({
    at: startOfDayAt(D0 + i) + 22 * 3_600_000,
    cashierId: 'K1',
    expectedPaise: 500_000,
    countedPaise: 500_000 + diff,
  });

  it('flags one large difference and says which way', () => {
    const closes = [...Array.from({ length: 30 }, (_, i) => close(i, [0, 500, -700][i % 3] ?? 0)), close(30, -200_000)];
    const alerts = registerAlerts(closes, POOJA, D0, D0 + 30);
    expect(alerts.map((a) => a.type)).toEqual(['cash.over_short']);
    expect(renderMessage(alerts[0]!.message, 'en')).toBe(
      `The drawer was ₹2,000.00 short at Pooja's close on 03-11-2024 (counted ₹3,000.00, expected ₹5,000.00).`,
    );
  });

  it('flags short again and again, once per run', () => {
    const closes = Array.from({ length: 20 }, (_, i) => close(i, i >= 10 && i % 2 === 0 ? -30_000 : i >= 10 ? -8_000 : 0));
    const alerts = registerAlerts(closes, POOJA, D0, D0 + 20);
    expect(alerts.map((a) => [a.type, a.day])).toEqual([['cash.short_pattern', '2024-10-18']]);
    expect(alerts[0]?.message.params).toMatchObject({ shortCount: 5, closes: 10, amountPaise: 30_000 * 3 + 8_000 * 2 });
  });
});

describe('shrinkage at stock takes', () => {
  const names = new Map([['ghee', { id: 'ghee', name: 'Ghee 1 L' }]]);
  const count = (day: number, lostUnits: number) => ({
    at: startOfDayAt(day),
    productId: 'ghee',
    expectedMilli: 50_000,
    countedMilli: 50_000 - lostUnits * 1000,
    unitCostPaise: 5_000,
  });

  it('weighs what went missing against what sold since the last count', () => {
    const sold = () => 100_000;
    const [alert] = shrinkageAlerts([count(D0, 0), count(D0 + 28, 12)], sold, names, D0, D0 + 28);
    // 12 lost of 112 gone out: 10.7%, ₹600 at cost.
    expect(alert?.message.params).toMatchObject({ product: 'Ghee 1 L', lost: 12, amountPaise: 60_000, lossPct: 10.7 });
    expect(shrinkageAlerts([count(D0, 0), count(D0 + 28, 2)], sold, names, D0, D0 + 28)).toEqual([]);
    expect(shrinkageAlerts([count(D0, 0), count(D0 + 28, 4)], () => 1_000_000, names, D0, D0 + 28)).toEqual([]);
    // A first count only sets the baseline.
    expect(shrinkageAlerts([count(D0 + 28, 30)], sold, names, D0, D0 + 28)).toEqual([]);
  });
});

describe('sales drops and odd hours', () => {
  const names = new Map([['milk', { id: 'milk', name: 'Milk 500 ml' }]]);
  const shop = (dropFrom: number, shopClosedToo: boolean) => {
    const bills: BillRecord[] = [];
    for (let d = 0; d < 70; d++) {
      if (shopClosedToo && d >= dropFrom) continue;
      for (let b = 0; b < 40; b++)
        bills.push(bill(`${d}-${b}`, D0 + d, { customer: null, hour: 8 + (b % 12), products: b % 8 === 0 && d < dropFrom ? ['milk', 'bread'] : ['bread'] }));
    }
    return bills;
  };

  it('reports a product gone quiet while the shop is busy, once', () => {
    const alerts = salesDropAlerts(shop(63, false), names, D0, D0 + 69);
    expect(alerts.map((a) => [a.subject.id, a.day])).toEqual([['milk', '2024-12-10']]);
    // Four days without milk: 10 bills in the last seven against 35 a week.
    expect(alerts[0]?.message.params).toMatchObject({ product: 'Milk 500 ml', recent: 10, usual: 35 });
  });

  it('does not blame a product for the whole shop closing', () => {
    expect(salesDropAlerts(shop(63, true), names, D0, D0 + 69)).toEqual([]);
  });

  it('groups bills in hours the shop never bills in, per cashier and day', () => {
    const bills = shop(99, false).concat([bill('late1', D0 + 69, { hour: 2, customer: null }), bill('late2', D0 + 69, { hour: 3, customer: null })]);
    const alerts = oddHourAlerts(bills, POOJA, D0, D0 + 69);
    expect(alerts).toHaveLength(1);
    expect(renderMessage(alerts[0]!.message, 'en')).toBe(
      'Pooja made 2 bills on 12-12-2024 between 02:00 and 03:00; the shop usually bills between 08:00 and 20:00.',
    );
    expect(alerts[0]?.evidence.billIds).toBe('late1,late2');
  });
});

describe('dismissing', () => {
  it('keeps the alert listed with who dismissed it and why, by its stable id', () => {
    const { bills, actions } = cashierMonth(31, 100, (i) => (i === 30 ? 14 : 2));
    const alerts = cashierAlerts(cashierDays(bills, actions), POOJA, D0 + 30, D0 + 30);
    const again = cashierAlerts(cashierDays(bills, actions), POOJA, D0 + 30, D0 + 30);
    expect(again[0]?.id).toBe(alerts[0]?.id);
    const [shown] = withDismissals(again, [{ alertId: alerts[0]!.id, note: 'Diwali offer', by: 'owner', at: 0 }]);
    expect(shown?.dismissal?.note).toBe('Diwali offer');
  });
});
