import { parentPort, workerData } from 'node:worker_threads';

/** A job's thread for heavy-work-process.test.ts: answers what it was started with and what its counter gate reads. */
const data = workerData as { counterGate?: SharedArrayBuffer; [key: string]: unknown };
parentPort?.on('message', (message: unknown) => {
  const busy = data.counterGate ? Atomics.load(new Int32Array(data.counterGate), 0) : null;
  parentPort?.postMessage({ echo: message, label: data.label, busy });
});
