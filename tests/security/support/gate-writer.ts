/**
 * A worker standing in for the heavy-work thread's writes: on 'write' it runs one "transaction"
 * (a busy spin of `ms`) through writeBesideCounter, saying when it starts and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeBesideCounter } from '../../../app/host/workers/counter-gate';

const beside = writeBesideCounter((workerData as { shared: SharedArrayBuffer }).shared);
parentPort?.on('message', (m: { ms: number }) => {
  beside(() => {
    parentPort?.postMessage('writing');
    const until = performance.now() + m.ms;
    while (performance.now() < until);
  });
  parentPort?.postMessage('done');
});
