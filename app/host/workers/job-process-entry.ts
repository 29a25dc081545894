import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runProcessInBackground } from './background-priority';
import { createCounterGate } from './counter-gate';
import type { FromJobProcess, ToJobProcess } from './job-process';

/**
 * A long job's process (job-process.ts): lowered whole first, before the job allocates anything,
 * then the job's worker thread started as the host would start it. This thread stays free to pass
 * messages and to keep the job's counter gate in step with the host's requests.
 */
runProcessInBackground(process.argv[2] === 'waited-for' ? 'waited-for' : 'nightly');
const gate = createCounterGate();
let worker: Worker | null = null;
const send = (message: FromJobProcess, then?: () => void) => process.send?.(message, undefined, {}, () => then?.());

function start(message: Extract<ToJobProcess, { type: 'start' }>): Worker {
  for (let i = 0; i < (message.inFlight ?? 0); i++) gate.enter();
  const workerData = message.inFlight === null ? message.workerData : { ...message.workerData, counterGate: gate.shared };
  const options = { workerData, resourceLimits: message.resourceLimits };
  const source = message.module.source;
  // From the source tree through tsx's loader, registered in the thread (a thread does not inherit it).
  const w = existsSync(fileURLToPath(source))
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`, { ...options, eval: true })
    : new Worker(new URL(`./${message.module.built}`, import.meta.url), options);
  w.on('message', (m: unknown) => send({ type: 'message', message: m }));
  w.on('error', (e: Error & { code?: string }) => send({ type: 'error', message: e.message, code: e.code }));
  // The exit goes after every message the thread sent; then the channel closes and this process ends.
  w.on('exit', (code) => send({ type: 'exit', code }, () => process.disconnect()));
  return w;
}

process.on('message', (message: ToJobProcess) => {
  if (message.type === 'start') worker ??= start(message);
  else if (message.type === 'message') worker?.postMessage(message.message);
  else if (message.type === 'enter') gate.enter();
  else gate.leave();
});
// The host has gone (closed, crashed or killed): the job goes with it.
process.on('disconnect', () => process.exit(0));
