import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCounterGate } from '../../app/host/workers/counter-gate';
import { startJobProcess, type JobProcess } from '../../app/host/workers/job-process';

/**
 * Long jobs run on a worker thread inside a process of their own, lowered whole: V8's
 * garbage-collector helpers are per process, and in the host's process they kept the host's
 * priority however low the job's own thread was set.
 */
const ECHO = { source: new URL('./heavy-work-echo-worker.ts', import.meta.url), built: 'no-such-bundle.mjs' };

const ask = (job: JobProcess, message: unknown) =>
  new Promise<{ echo: unknown; label: unknown; busy: number | null }>((resolve) => {
    job.once('message', resolve);
    job.postMessage(message);
  });

/** the nice value of each thread of a process (field 19 of /proc/<pid>/task/<tid>/stat) */
const niceOfThreads = (pid: number) =>
  readdirSync(`/proc/${pid}/task`).map((tid) => Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ')[16]));

describe('a long job’s process', () => {
  it.runIf(process.platform === 'linux')(
    'runs every one of its threads at the low priority, the GC helpers too',
    async () => {
      const job = startJobProcess(ECHO, { workerData: { label: 'nightly job' }, level: 'nightly' });
      try {
        expect(await ask(job, 'ping')).toEqual({ echo: 'ping', label: 'nightly job', busy: null });
        const nice = niceOfThreads(job.pid ?? 0);
        // main, V8's platform helpers, libuv's pool, the job's thread
        expect(nice.length).toBeGreaterThan(4);
        expect(new Set(nice)).toEqual(new Set([19]));
      } finally {
        await job.terminate();
      }
    },
    60_000,
  );

  it('keeps the job’s counter gate in step with the host’s requests', async () => {
    const gate = createCounterGate();
    gate.enter();
    const job = startJobProcess(ECHO, { workerData: { label: 'gated' }, counterGate: gate.shared, level: 'waited-for' });
    try {
      // a request in flight when the job starts counts
      expect((await ask(job, 1)).busy).toBe(1);
      gate.enter();
      expect((await ask(job, 2)).busy).toBe(2);
      gate.leave();
      gate.leave();
      expect((await ask(job, 3)).busy).toBe(0);
    } finally {
      await job.terminate();
    }
  }, 60_000);

  it('reports the end of its process as the exit of the job', async () => {
    const job = startJobProcess(ECHO, { workerData: { label: 'stopped' }, level: 'nightly' });
    const exited = new Promise<number>((resolve) => job.once('exit', resolve));
    await ask(job, 'ready');
    await job.terminate();
    expect(typeof (await exited)).toBe('number');
  }, 60_000);
});
