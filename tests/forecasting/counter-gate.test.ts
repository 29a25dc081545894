import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createCounterGate } from '../../app/host/workers/counter-gate';

/**
 * A long job's thread pauses while the host serves a request: on a real worker thread with the
 * real yield point, the host's side in this test's thread.
 */
const source = fileURLToPath(new URL('../../app/host/workers/counter-gate.ts', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');

/** A worker that calls the yield point `times` times, reporting how long each call waited. */
function jobThread(shared: SharedArrayBuffer, times: number): Worker {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { yieldToCounter } = require(${JSON.stringify(tsx)}).require(${JSON.stringify(source)}, __filename);
    const pause = yieldToCounter(workerData.shared);
    parentPort.postMessage({ ready: true });
    parentPort.once('message', () => {
      for (let i = 0; i < workerData.times; i += 1) {
        const t = performance.now();
        pause();
        parentPort.postMessage({ waitedMs: performance.now() - t });
      }
    });`;
  return new Worker(code, { eval: true, workerData: { shared, times } });
}

const started: Worker[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.terminate()));
});

function run(shared: SharedArrayBuffer, times: number) {
  const worker = jobThread(shared, times);
  started.push(worker);
  const waits: number[] = [];
  const ready = new Promise<void>((resolve) =>
    worker.on('message', (m: { ready?: true; waitedMs?: number }) => (m.ready ? resolve() : waits.push(m.waitedMs ?? -1))),
  );
  return { go: () => worker.postMessage('go'), ready, waits };
}

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 2));
  return check();
};

describe('the counter gate', () => {
  it('lets the job through at once while the host serves nothing', async () => {
    const gate = createCounterGate();
    const job = run(gate.shared, 1_000);
    await job.ready;
    job.go();
    expect(await until(() => job.waits.length === 1_000)).toBe(true);
    expect(job.waits.reduce((a, b) => a + b, 0)).toBeLessThan(100);
  });

  it('holds the job while a request is in flight and lets it go when the request ends', async () => {
    const gate = createCounterGate();
    const job = run(gate.shared, 1);
    await job.ready;
    gate.enter();
    job.go();
    await new Promise((r) => setTimeout(r, 5));
    expect(job.waits).toEqual([]);
    gate.leave();
    expect(await until(() => job.waits.length === 1)).toBe(true);
  });

  it('waits for one long request at most a short while, and only once', async () => {
    const gate = createCounterGate();
    const job = run(gate.shared, 3);
    await job.ready;
    gate.enter();
    job.go();
    expect(await until(() => job.waits.length === 3)).toBe(true);
    const [first = 0, second = 0, third = 0] = job.waits;
    expect(first).toBeGreaterThanOrEqual(15);
    expect(second + third).toBeLessThan(10);
    // A new request is waited for again.
    gate.leave();
  });
});
