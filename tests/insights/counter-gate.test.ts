import { afterEach, describe, expect, it } from 'vitest';
import { runInsights } from '../../app/core/insights';
import { simulateShop } from '../../app/core/insights/simulate/shop';
import { startInsightsJob } from '../../app/host/insights/runner';
import { createCounterGate, type CounterGate } from '../../app/host/workers/counter-gate';

/**
 * The insights job gives way to the counter: the pure engine calls the yield point it is handed
 * all through its long steps, and on the real worker thread that yield point is the host's
 * counter gate, so the job waits while a request is being served (each request once).
 */
const SHOP = { seed: 7, days: 90, billsPerDay: 80, products: 250, customers: 200 };
/** every yield point of a job under a stream of requests waits: a small shop keeps that run short */
const SMALL = { seed: 7, days: 30, billsPerDay: 40, products: 80, customers: 60 };

describe('the engine’s yield points', () => {
  it('pauses all through every long step, in proportion to its work', () => {
    const { history } = simulateShop(SHOP);
    // The step timer reads the clock as each step starts and ends; pauses between two reads fall in that step.
    let clock = 0;
    let pauses = 0;
    const marks: number[] = [];
    const report = runInsights(
      history,
      { alertsFromDay: 0 },
      {
        now: () => {
          marks.push(pauses);
          return clock++;
        },
        pause: () => (pauses += 1),
      },
    );
    const steps = Object.keys(report.stepMs);
    const inStep = Object.fromEntries(steps.map((name, i) => [name, (marks[2 * i + 1] ?? 0) - (marks[2 * i] ?? 0)]));
    const bills = history.bills.length;
    expect(bills).toBeGreaterThan(6000);
    // Every bill is read by these steps; each pauses at least once per 2,048 bills it reads.
    for (const step of ['customers', 'repeatProducts', 'baskets', 'anomalies', 'busyHours'])
      expect(inStep[step], step).toBeGreaterThanOrEqual(Math.floor(bills / 2048));
    expect(inStep.anomalies).toBeGreaterThanOrEqual(Math.floor((3 * bills) / 2048));
    expect(pauses).toBeGreaterThan(steps.length);
  });

  it('gives the same report with or without a yield point', () => {
    const { history } = simulateShop(SHOP);
    const plain = runInsights(history, { alertsFromDay: 0 });
    const paused = runInsights(history, { alertsFromDay: 0 }, { pause: () => {} });
    expect({ ...paused, stepMs: {} }).toEqual({ ...plain, stepMs: {} });
  });
});

describe('the insights worker behind the counter gate', () => {
  let stream: ReturnType<typeof setInterval> | null = null;
  afterEach(() => {
    if (stream) clearInterval(stream);
    stream = null;
  });

  const run = (gate: CounterGate, options = SHOP) =>
    startInsightsJob({ source: { kind: 'simulated', options }, alertsOverWholeHistory: true, counterGate: gate.shared }).result;

  it('passes its yield points without waiting while the host serves nothing', async () => {
    const reply = await run(createCounterGate());
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.pauses.yieldPoints).toBeGreaterThan(100);
    expect(reply.pauses.waits).toBeLessThanOrEqual(5);
  }, 60_000);

  it('waits at its yield points while requests keep arriving, and still finishes', async () => {
    const gate = createCounterGate();
    // Requests one after another with no gap: a new one starts before the last one ends.
    gate.enter();
    stream = setInterval(() => {
      gate.enter();
      gate.leave();
    }, 2);
    const reply = await run(gate, SMALL);
    clearInterval(stream);
    gate.leave();
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.report.counts.bills).toBeGreaterThan(1000);
    expect(reply.pauses.waits).toBeGreaterThanOrEqual(20);
    // Each wait is for one request and at most 20 ms of it.
    expect(reply.pauses.waitedMs).toBeGreaterThanOrEqual(reply.pauses.waits * 10);
  }, 120_000);

  it('waits for one long request once, then goes on', async () => {
    const gate = createCounterGate();
    gate.enter();
    const reply = await run(gate);
    gate.leave();
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.pauses.waits).toBeGreaterThanOrEqual(1);
    expect(reply.pauses.waits).toBeLessThanOrEqual(3);
    expect(reply.report.counts.bills).toBeGreaterThan(6000);
  }, 60_000);
});
