import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { ageDue, ageParty, type DayMovement, type PartyDue } from '../../app/core/khata/ageing';
import { hostWithClients, type TestHost } from '../support/test-host';

/**
 * Khata ageing reads each party's totals and walks back from its newest bill only as far as the
 * amount due; it must age every party exactly as settling the whole history oldest first does.
 */
const dueFromDays = (days: readonly DayMovement[], walked: { n: number }): PartyDue => ({
  raisedPaise: days.reduce((s, d) => s + d.raisesPaise, 0),
  loweredPaise: days.reduce((s, d) => s + d.lowersPaise, 0),
  lastDate: days.at(-1)?.date ?? '',
  newestRaises: {
    *[Symbol.iterator]() {
      for (const d of [...days].reverse())
        if (d.raisesPaise > 0) {
          walked.n++;
          yield { date: d.date, raisedPaise: d.raisesPaise };
        }
    },
  },
});

const dayArb = fc.record({
  day: fc.integer({ min: 0, max: 400 }),
  raisesPaise: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000_00 })),
  lowersPaise: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000_00 })),
});
const isoDay = (n: number) => new Date(Date.UTC(2025, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('ageing from the totals and the newest bills', () => {
  it('equals FIFO settlement over the whole history, and reads no bill older than the oldest still open', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 60 }), fc.integer({ min: 0, max: 500 }), (raw, asOfDay) => {
        const byDay = new Map<number, DayMovement>();
        for (const r of raw) byDay.set(r.day, { date: isoDay(r.day), raisesPaise: r.raisesPaise, lowersPaise: r.lowersPaise });
        const days = [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d);
        const asOf = isoDay(asOfDay);
        const upTo = days.filter((d) => d.date <= asOf);
        const walked = { n: 0 };
        const fifo = ageParty(days, asOf);
        expect(ageDue(dueFromDays(upTo, walked), asOf)).toEqual(fifo);
        const stillOpen = upTo.filter((d) => d.raisesPaise > 0 && fifo.oldestDue !== null && d.date >= fifo.oldestDue).length;
        expect(walked.n).toBe(stillOpen);
      }),
      { seed: 43, numRuns: 500 },
    );
  });
});

describe('khata.ageing on a real shop file', () => {
  let host: TestHost;
  let owner: ApiClient;
  const ids: string[] = [];
  const days = new Map<string, DayMovement[]>();
  beforeAll(async () => {
    ({ host, owner } = await hostWithClients({ owner: 'owner' }));
    for (let i = 0; i < 4; i++) ids.push((await owner.call('customers.add', { name: `Ageing Customer ${i + 1}`, phone: `91234${String(56780 + i)}` })).id);
    // Bills and payments on khata over five months, in a fixed order: some paid up, one in advance, some part-paid.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let day = 0; day < 150; day += 1 + (next() % 6)) {
      const partyId = ids[next() % ids.length] ?? '';
      const paid = next() % 3 === 0;
      const amount = 100_00 + (next() % 500) * 100;
      const date = isoDay(day);
      await owner.call('accounting.journal', {
        date,
        narration: paid ? 'Khata payment' : 'Khata bill',
        lines: paid
          ? [
              { account: 'CASH', debitPaise: amount },
              { account: 'DEBTORS', creditPaise: amount, partyId },
            ]
          : [
              { account: 'DEBTORS', debitPaise: amount, partyId },
              { account: 'SALES', creditPaise: amount },
            ],
      });
      const list = days.get(partyId) ?? [];
      const last = list.at(-1);
      const move = { date, raisesPaise: paid ? 0 : amount, lowersPaise: paid ? amount : 0 };
      if (last?.date === date)
        list[list.length - 1] = { date, raisesPaise: last.raisesPaise + move.raisesPaise, lowersPaise: last.lowersPaise + move.lowersPaise };
      else list.push(move);
      days.set(partyId, list);
    }
    const advance = ids[0] ?? '';
    await owner.call('accounting.journal', {
      date: isoDay(151),
      narration: 'Paid in advance',
      lines: [
        { account: 'CASH', debitPaise: 1_00_000_00 },
        { account: 'DEBTORS', creditPaise: 1_00_000_00, partyId: advance },
      ],
    });
    days.get(advance)?.push({ date: isoDay(151), raisesPaise: 0, lowersPaise: 1_00_000_00 });
  }, 60_000);
  afterAll(() => host.dispose());

  it.each(['2025-05-15', '2025-06-30', '2025-08-01', '2025-09-01'])('as on %s ages every customer as FIFO over the whole history does', async (asOf) => {
    const report = await owner.call('khata.ageing', { asOf });
    const expected = ids
      .map((id) => ({ id, a: ageParty(days.get(id) ?? [], asOf) }))
      .filter(({ a }) => a.balancePaise !== 0)
      .map(({ id, a }) => ({ partyId: id, ...a }));
    const got = report.rows.map(({ partyId, balancePaise, advancePaise, oldestDue, d0_30, d31_60, d61_90, d90_plus }) => ({
      partyId,
      balancePaise,
      advancePaise,
      oldestDue,
      d0_30,
      d31_60,
      d61_90,
      d90_plus,
    }));
    expect(got.length).toBeGreaterThan(1);
    expect(got).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
    expect(got).toHaveLength(expected.length);
  });
});
