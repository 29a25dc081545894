import { describe, expect, it } from 'vitest';
import { startInsightsJob } from '../../app/host/insights/runner';
import { fromPieces, toPieces } from '../../app/host/insights/chunks';
import { bill, emptyHistory } from './helpers';

describe('the insights job on a worker thread', () => {
  it('runs a simulated shop and answers the report', async () => {
    const reply = await startInsightsJob({
      source: { kind: 'simulated', options: { seed: 5, days: 120, billsPerDay: 60, products: 200, customers: 150 } },
      alertsOverWholeHistory: true,
    }).result;
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.report.counts.bills).toBeGreaterThan(6000);
    expect(reply.report.rfm.length).toBeGreaterThan(100);
    expect(Object.keys(reply.report.repeatProducts).length).toBeGreaterThan(50);
    expect(reply.report.asOf).toBe('2024-07-29');
  });

  it('runs history handed to it', async () => {
    const reply = await startInsightsJob({ source: { kind: 'history', history: { ...emptyHistory(), bills: [bill('b1', 20_000)] } } }).result;
    expect(reply.ok && reply.report.rfm.length).toBe(1);
  });

  it('answers an error, not a crash, for input it cannot read', async () => {
    const reply = await startInsightsJob({ source: { kind: 'history', history: { bills: 'not a list' } as never } }).result;
    expect(reply.ok).toBe(false);
  });

  it('cuts long lists and maps into pieces and puts them back together', async () => {
    const report = {
      list: Array.from({ length: 1000 }, (_, i) => i),
      map: Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`k${i}`, i])),
      small: { a: 1 },
    };
    const pieces = toPieces(report);
    expect(pieces.length).toBe(3 + 3 + 1);
    expect((await fromPieces(pieces)).report).toEqual(report);
  });
});
