import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerModule } from '../../db/worker-module';
import { createCounterGate, writerGone } from '../../app/host/workers/counter-gate';

/**
 * The counter and a worker's writes never meet at SQLite's lock: the worker starts a transaction
 * only while no request is in flight, and a request arriving during one waits for it to end.
 * A real worker thread, the same shared memory the host hands to its heavy-work thread.
 */
const gate = createCounterGate();
const WRITING = 2;
let worker: Worker;
const said: string[] = [];
let heard: () => void = () => {};
const next = (word: string) =>
  new Promise<void>((resolve) => {
    heard = () => said.includes(word) && resolve();
    heard();
  });

beforeAll(async () => {
  worker = startWorkerModule({ source: new URL('./support/gate-writer.ts', import.meta.url), built: 'none.mjs' }, { workerData: { shared: gate.shared } });
  worker.on('message', (m: string) => {
    said.push(m);
    heard();
  });
  // The worker is up once one write went through.
  worker.postMessage({ ms: 0 });
  await next('done');
}, 30_000);
afterAll(() => worker.terminate());

describe('the counter gate between the host and a writing worker', () => {
  it('holds a worker’s write back while a request is in flight, and lets it go when the request ends', async () => {
    said.length = 0;
    gate.enter();
    worker.postMessage({ ms: 5 });
    await new Promise((r) => setTimeout(r, 150));
    expect(said).toEqual([]);
    gate.leave();
    await next('done');
    expect(said).toEqual(['writing', 'done']);
  });

  it('makes a request that arrives mid-write wait until the write is over', async () => {
    said.length = 0;
    worker.postMessage({ ms: 30 });
    await next('writing');
    const cells = new Int32Array(gate.shared);
    expect(Atomics.load(cells, WRITING)).toBe(1);
    gate.enter();
    // enter() came back only once the worker had lowered its flag: the request meets no lock.
    expect(Atomics.load(cells, WRITING)).toBe(0);
    gate.leave();
    await next('done');
  });

  it('stops waiting for a worker that died holding the flag', () => {
    const cells = new Int32Array(gate.shared);
    Atomics.store(cells, WRITING, 1);
    writerGone(gate.shared);
    expect(Atomics.load(cells, WRITING)).toBe(0);
  });
});
