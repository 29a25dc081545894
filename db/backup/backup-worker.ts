import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type BackupJob } from './jobs';

/**
 * One backup job per worker. The answer goes back as a message, or, for a caller that blocks
 * until it is done (opening a file before a migration), as JSON in shared memory: word 0 turns
 * 1 when the answer is there, word 1 is its length in bytes, word 2 turns 1 once this worker
 * runs (a blocked caller cannot hear that it failed to start); the text follows.
 */
interface BackupWorkerData {
  job: BackupJob;
  shared?: SharedArrayBuffer;
}

const data = workerData as BackupWorkerData;
export const SHARED_HEADER_BYTES = 12;
if (data.shared) Atomics.store(new Int32Array(data.shared, 0, 3), 2, 1);

void runJob(data.job).then((result) => {
  if (data.shared) {
    const flag = new Int32Array(data.shared, 0, 3);
    const room = new Uint8Array(data.shared, SHARED_HEADER_BYTES);
    const bytes = new TextEncoder().encode(JSON.stringify(result));
    const fitted = bytes.length <= room.length ? bytes : new TextEncoder().encode(JSON.stringify({ ok: false, error: 'the answer did not fit' }));
    room.set(fitted);
    Atomics.store(flag, 1, fitted.length);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  } else parentPort?.postMessage(result);
});
