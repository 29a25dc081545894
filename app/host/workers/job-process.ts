import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import type { WorkerModule } from '../../../db/worker-module';
import type { BackgroundLevel } from './background-priority';
import { counterRequests, watchCounterGate, type GateEvent } from './counter-gate';

/**
 * Long jobs (the heavy-work lane, insights, forecasts) run in a process of their own at low
 * priority, on a worker thread inside it. A niced worker thread in the host's own process still
 * had its garbage collected by V8's helper threads, which the whole process shares and which keep
 * the host's priority: on two cores they took turns with the counter's thread. A process of its
 * own is lowered whole (job-process-entry.ts), GC helpers included, and has a heap of its own.
 * The handle answers like a worker thread: `message`, `error` and `exit` events, postMessage,
 * terminate and unref.
 */
export interface JobProcessOptions {
  workerData: Record<string, unknown>;
  resourceLimits?: ResourceLimits;
  /** the host's counter gate: the job's thread gets a gate kept in step with it as `workerData.counterGate` */
  counterGate?: SharedArrayBuffer;
  level: BackgroundLevel;
}

/** What the host sends the job's process. */
export type ToJobProcess =
  | {
      type: 'start';
      module: { source: string; built: string };
      workerData: Record<string, unknown>;
      resourceLimits?: ResourceLimits;
      /** requests in flight at the start, or null for a job without a gate */
      inFlight: number | null;
    }
  | { type: 'message'; message: unknown }
  | { type: GateEvent };

/** What the job's process sends back: its thread's messages, failure and end. */
export type FromJobProcess = { type: 'message'; message: unknown } | { type: 'error'; message: string; code?: string } | { type: 'exit'; code: number };

const ENTRY: WorkerModule = { source: new URL('./job-process-entry.ts', import.meta.url), built: 'job-process.mjs' };

function forkEntry(level: BackgroundLevel): ChildProcess {
  // In Electron the app's own binary runs the job as plain Node.
  const common = { serialization: 'advanced' as const, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } };
  const source = fileURLToPath(ENTRY.source);
  if (source.endsWith('.ts') && existsSync(source)) {
    // From the source tree (tests, dev, benchmarks) through tsx, registered in the new process.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return fork(source, [level], { ...common, execArgv: ['--import', tsx] });
  }
  return fork(fileURLToPath(new URL(`./${ENTRY.built}`, import.meta.url)), [level], { ...common, execArgv: [] });
}

export class JobProcess extends EventEmitter {
  private readonly child: ChildProcess;
  private ended = false;
  private readonly stopWatching: () => void;

  constructor(module: WorkerModule, options: JobProcessOptions) {
    super();
    const child = forkEntry(options.level);
    this.child = child;
    const gate = options.counterGate;
    this.send({
      type: 'start',
      module: { source: module.source.href, built: module.built },
      workerData: options.workerData,
      resourceLimits: options.resourceLimits,
      inFlight: gate ? counterRequests(gate).inFlight() : null,
    });
    this.stopWatching = gate ? watchCounterGate(gate, (event) => this.send({ type: event })) : () => {};
    child.on('message', (message: FromJobProcess) => {
      if (message.type === 'message') this.emit('message', message.message);
      else if (message.type === 'error') this.emit('error', Object.assign(new Error(message.message), { code: message.code }));
      else this.end(message.code);
    });
    child.on('error', (e) => this.emit('error', e));
    child.on('exit', (code) => this.end(code ?? 1));
  }

  private send(message: ToJobProcess): void {
    // A process that has ended takes nothing more; its exit is reported on its own.
    if (this.child.connected) this.child.send(message, () => {});
  }

  private end(code: number): void {
    if (this.ended) return;
    this.ended = true;
    this.stopWatching();
    this.emit('exit', code);
  }

  postMessage(message: unknown): void {
    this.send({ type: 'message', message });
  }

  /** Stops the job at once, as terminating a worker thread does. */
  terminate(): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    return exited;
  }

  /** the job's process id (its threads are listed under /proc/<pid>/task on Linux) */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The job's process does not keep the host's process alive. */
  unref(): void {
    this.child.unref();
    this.child.channel?.unref();
  }
}

/** Starts `module` on a worker thread in a low-priority process of its own. */
export function startJobProcess(module: WorkerModule, options: JobProcessOptions): JobProcess {
  return new JobProcess(module, options);
}
