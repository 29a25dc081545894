import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { runOuts, weekdayName } from '../../app/core/insights';
import { isQuiet } from '../../app/renderer/src/features/insights/quiet-hours';
import { makeTestHost, type TestHost } from '../support/test-host';

describe('forecast run-outs (pure)', () => {
  const products = [
    { productId: 'atta', name: 'Aata 10kg', onHandMilli: 10_000, leadTimeDays: 2 },
    { productId: 'salt', name: 'Salt 1kg', onHandMilli: 100_000, leadTimeDays: 2 },
    { productId: 'oil', name: 'Oil 1l', onHandMilli: 0, leadTimeDays: 2 },
    { productId: 'dal', name: 'Dal 1kg', onHandMilli: 2_000, leadTimeDays: 1 },
  ];
  const days = ['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08'].flatMap((day) => [
    { productId: 'atta', day, point: 3 },
    { productId: 'salt', day, point: 3 },
    { productId: 'oil', day, point: 3 },
    { productId: 'dal', day, point: 2.5 },
  ]);

  it('adds the daily demand from tomorrow until it passes the stock, and names the day to order by', () => {
    // Today is Tuesday 01-12-2026: atta 3+3+3+3 ≥ 10 on the 4th day (05-12), lead 2 → order by Thursday 03-12.
    const r = runOuts('2026-12-01', products, [...days, { productId: 'atta', day: '2026-12-02', point: 3 }]);
    expect(r.map((x) => [x.name, x.daysLeft, x.runoutDate, x.orderBy])).toEqual([
      ['Dal 1kg', 2, '2026-12-03', '2026-12-02'],
      ['Aata 10kg', 4, '2026-12-05', '2026-12-03'],
    ]);
    expect(weekdayName('2026-12-03', 'en')).toBe('Thursday');
    expect(weekdayName('2026-12-03', 'hi')).toBe('गुरुवार');
  });

  it('says nothing for stock that lasts past the lead time and slack, for what is already out, or for a forecast of the past', () => {
    expect(runOuts('2026-12-01', products.slice(1, 3), days)).toEqual([]);
    expect(runOuts('2026-12-10', products, days)).toEqual([]);
  });

  it('the desktop pop-ups keep quiet hours, across midnight too', () => {
    const q = { from: '22:00', to: '07:00' };
    expect([isQuiet(q, '23:30'), isQuiet(q, '06:59'), isQuiet(q, '07:00'), isQuiet(q, '12:00')]).toEqual([true, true, false, false]);
    expect(isQuiet({ from: '13:00', to: '15:00' }, '14:00')).toBe(true);
  });
});

describe('the bell: new web orders and forecast run-outs', () => {
  let host: TestHost;
  let owner: ApiClient;
  let ownerHi: ApiClient;
  let today: string;
  let atta: { id: string; name: string; onHandMilli: number };

  beforeAll(async () => {
    host = makeTestHost();
    owner = await host.as('owner');
    ownerHi = await host.as('owner', 'bell-device-hi', 'hi');
    today = (await owner.call('insights.dashboard', { period: 'day' })).current.from;
    const p = await owner.call('catalog.get', { id: 'prod-demo-001' });
    atta = { id: p.id, name: p.name, onHandMilli: p.onHandMilli };
  });
  afterAll(() => host.dispose());

  it('lists a web order waiting to be accepted, with its screen, until it is accepted', async () => {
    const at = new Date().toISOString();
    const order = {
      id: 'web-order-1',
      number: 'W-0001',
      status: 'placed' as const,
      reason: null,
      name: 'Rahul Verma',
      phone: '9810000099',
      fulfilment: 'delivery' as const,
      address: '12 MG Road',
      slot: 'slot-1',
      slotLabel: '5–7 pm',
      slotLabelHi: 'शाम 5–7',
      payment: 'cod' as const,
      lines: [{ productId: atta.id, name: atta.name, nameHi: null, qty: 2, pricePaise: 30_000, mrpPaise: null, amountPaise: 60_000 }],
      itemsPaise: 60_000,
      feePaise: 2_000,
      totalPaise: 62_000,
      billNumber: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
      idempotencyKey: 'bell-test-order-1',
      requestHash: 'h',
      viewKeyHash: 'v',
      addressKey: '12mgroad',
      lang: 'en' as const,
      relayId: null,
    };
    host.store.webOrders.add(order);
    const { notifications } = await owner.call('insights.notifications', {});
    const notice = notifications.find((n) => n.kind === 'web_order');
    expect(notice).toMatchObject({
      id: 'web_order:web-order-1',
      severity: 'act',
      path: '/orders',
      text: 'New web order W-0001 from Rahul Verma: 1 item(s), ₹620.00, delivery 5–7 pm.',
    });
    const hi = (await ownerHi.call('insights.notifications', {})).notifications.find((n) => n.kind === 'web_order');
    expect(hi?.text).toBe('नया वेब ऑर्डर W-0001 — Rahul Verma: 1 सामान, ₹620.00, डिलीवरी शाम 5–7।');
    host.store.webOrders.move('web-order-1', 'accepted', null, at);
    expect((await owner.call('insights.notifications', {})).notifications.some((n) => n.kind === 'web_order')).toBe(false);
  });

  it('names a product the stored forecast says runs out soon, and the day to order by, in both languages', async () => {
    const store = host.store.forecasting;
    store.insertRun({ id: 'run-bell', trigger: 'manual', requestedBy: null, startedAt: `${today}T01:00:00.000Z`, origin: today, horizon: 7, products: 1 });
    const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    // Demand of a third of the stock a day: gone on the third day; the default lead time is 2 days.
    const point = atta.onHandMilli / 3000;
    store.writeProducts('run-bell', [
      {
        productId: atta.id,
        category: 'Staples',
        method: 'ets',
        demandClass: 'smooth',
        enoughHistory: true,
        dispersion: 1,
        backtestError: null,
        naiveError: null,
        days: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ day: day(n), mean: point, point, lower: 0, upper: point * 2 })),
      },
    ]);
    const figure = { wape: null, naiveWape: null, units: 0 };
    store.finishRun({
      runId: 'run-bell',
      finishedAt: `${today}T01:05:00.000Z`,
      seconds: 1,
      model: null,
      products: 1,
      summary: { accuracy: { ...figure, fromDate: today, toDate: today, byCategory: {} }, festivals: [], methods: {}, stockOutDays: 0 },
    });
    const notices = (await owner.call('insights.notifications', {})).notifications.filter((n) => n.kind === 'forecast_runout');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ id: `forecast_runout:${atta.id}:${day(3)}`, path: '/forecast', severity: 'watch' });
    expect(notices[0]?.text).toBe(`${atta.name} runs out in ~3 days; order by ${weekdayName(day(1), 'en')}.`);
    const hi = (await ownerHi.call('insights.notifications', {})).notifications.find((n) => n.kind === 'forecast_runout');
    expect(hi?.text).toBe(`${atta.name} ~3 दिन में ख़त्म हो जाएगा; ${weekdayName(day(1), 'hi')} तक ऑर्डर करें।`);
  });
});
