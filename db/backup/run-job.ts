import { startWorkerModule } from '../worker-module';
import type { BackupJob, BackupJobResult } from './jobs';

const WORKER = { source: new URL('./backup-worker.ts', import.meta.url), built: 'backup-worker.mjs' };
const ANSWER_BYTES = 64 * 1024;
const HEADER_BYTES = 12;
const START_WAIT_MS = 60_000;

/** Runs a backup job on a worker thread; the calling thread keeps serving. */
export function runBackupJob(job: BackupJob): Promise<BackupJobResult> {
  return new Promise((resolve) => {
    const worker = startWorkerModule(WORKER, { workerData: { job } });
    let answered = false;
    worker.once('message', (result: BackupJobResult) => {
      answered = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      answered = true;
      resolve({ ok: false, error: e.message });
    });
    worker.once('exit', (code) => {
      if (!answered) resolve({ ok: false, error: `the backup worker stopped (${code})` });
    });
  });
}

/**
 * The same, with the calling thread waiting for it: only where nothing else may run meanwhile
 * (opening the shop file before a migration, closing the host).
 */
export function runBackupJobSync(job: BackupJob, timeoutMs = 30 * 60_000): BackupJobResult {
  const shared = new SharedArrayBuffer(HEADER_BYTES + ANSWER_BYTES);
  const flag = new Int32Array(shared, 0, 3);
  const worker = startWorkerModule(WORKER, { workerData: { job, shared } });
  const started = Date.now();
  try {
    while (Atomics.load(flag, 0) === 0) {
      Atomics.wait(flag, 0, 0, 1000);
      const waited = Date.now() - started;
      if (Atomics.load(flag, 2) === 0 && waited > START_WAIT_MS) return { ok: false, error: 'the backup worker did not start' };
      if (waited > timeoutMs) return { ok: false, error: `the backup did not finish within ${Math.round(timeoutMs / 60_000)} minutes` };
    }
  } finally {
    void worker.terminate();
  }
  const length = Atomics.load(flag, 1);
  return JSON.parse(new TextDecoder().decode(new Uint8Array(shared, HEADER_BYTES, length).slice())) as BackupJobResult;
}
