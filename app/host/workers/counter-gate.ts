/**
 * The counter goes first. Nice values (background-priority.ts) decide who gets a free core, but on
 * a two-core PC a job's thread still shares the memory bus, the caches and V8's helper threads
 * with the host's, and a bill takes half again as long beside it. So the host counts the requests
 * it is serving in shared memory, and a long job pauses at its yield points while one is in
 * flight: a bill takes a few milliseconds and the job hardly notices.
 */
const BUSY = 0;
const STARTED = 1;
/** the most a job waits for one request: a long import must not stall the nightly run */
const MAX_WAIT_MS = 20;

export interface CounterGate {
  /** handed to a worker in its workerData */
  shared: SharedArrayBuffer;
  enter(): void;
  leave(): void;
}

export type GateEvent = 'enter' | 'leave';

/**
 * Jobs in a process of their own (job-process.ts) cannot read this process's shared memory: they
 * are told of each request as it starts and ends, and keep a gate of their own in step.
 */
const watchers = new WeakMap<SharedArrayBuffer, Set<(event: GateEvent) => void>>();

export function createCounterGate(): CounterGate {
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const cells = new Int32Array(shared);
  const watching = new Set<(event: GateEvent) => void>();
  watchers.set(shared, watching);
  return {
    shared,
    enter: () => {
      Atomics.add(cells, BUSY, 1);
      Atomics.add(cells, STARTED, 1);
      for (const tell of watching) tell('enter');
    },
    leave: () => {
      Atomics.sub(cells, BUSY, 1);
      Atomics.notify(cells, BUSY);
      for (const tell of watching) tell('leave');
    },
  };
}

/** Calls `tell` as each request through the gate made by createCounterGate starts and ends; answers the stop. */
export function watchCounterGate(shared: SharedArrayBuffer, tell: (event: GateEvent) => void): () => void {
  const watching = watchers.get(shared);
  if (!watching) return () => {};
  watching.add(tell);
  return () => watching.delete(tell);
}

/**
 * The worker's side: a yield point to call between units of work (a product, a batch, a few
 * hundred rows). It costs one atomic read when the counter is idle. Each request is waited for
 * once, at most MAX_WAIT_MS, so a stream of long requests slows the job but never stops it.
 */
export function yieldToCounter(shared: SharedArrayBuffer | undefined): () => void {
  if (!shared) return () => {};
  const cells = new Int32Array(shared);
  let lastWaitedFor = -1;
  return () => {
    if (Atomics.load(cells, BUSY) === 0) return;
    const request = Atomics.load(cells, STARTED);
    if (request === lastWaitedFor) return;
    lastWaitedFor = request;
    const deadline = performance.now() + MAX_WAIT_MS;
    for (let busy = Atomics.load(cells, BUSY); busy > 0; busy = Atomics.load(cells, BUSY)) {
      const left = deadline - performance.now();
      if (left <= 0) return;
      Atomics.wait(cells, BUSY, busy, left);
    }
  };
}

/** The host thread's own look at the gate: requests in flight now, and how many have started so far. */
export function counterRequests(shared: SharedArrayBuffer): { inFlight(): number; started(): number } {
  const cells = new Int32Array(shared);
  return { inFlight: () => Atomics.load(cells, BUSY), started: () => Atomics.load(cells, STARTED) };
}
