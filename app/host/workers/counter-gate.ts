/**
 * The counter goes first. Nice values (background-priority.ts) decide who gets a free core, but on
 * a two-core PC a job's thread still shares the memory bus, the caches and V8's helper threads
 * with the host's, and a bill takes half again as long beside it. So the host counts the requests
 * it is serving in shared memory, and a long job pauses at its yield points while one is in
 * flight: a bill takes a few milliseconds and the job hardly notices.
 */
const BUSY = 0;
const STARTED = 1;
/** 1 while a worker holds the write lock in a short transaction of its own (writeBesideCounter) */
const WRITING = 2;
/** the most a job waits for one request: a long import must not stall the nightly run */
const MAX_WAIT_MS = 20;
/**
 * The most a request waits for a worker's short transaction to end. Such a transaction lasts a
 * few milliseconds; past this the request goes on and meets SQLite's busy handler instead.
 */
const MAX_WRITE_WAIT_MS = 50;

export interface CounterGate {
  /** handed to a worker in its workerData */
  shared: SharedArrayBuffer;
  enter(): void;
  leave(): void;
}

export function createCounterGate(): CounterGate {
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const cells = new Int32Array(shared);
  return {
    shared,
    enter: () => {
      Atomics.add(cells, BUSY, 1);
      Atomics.add(cells, STARTED, 1);
      // A worker that began a write before this request came ends it before the request goes on:
      // the request's own write then finds the lock free, instead of sleeping in SQLite's busy
      // handler (whose sleeps grow 1, 2, 5, 10 ms and overshoot a short transaction).
      if (Atomics.load(cells, WRITING) === 0) return;
      const deadline = performance.now() + MAX_WRITE_WAIT_MS;
      while (Atomics.load(cells, WRITING) === 1) {
        const left = deadline - performance.now();
        if (left <= 0) return;
        Atomics.wait(cells, WRITING, 1, left);
      }
    },
    leave: () => {
      Atomics.sub(cells, BUSY, 1);
      Atomics.notify(cells, BUSY);
    },
  };
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

/** the most a worker's write waits for the counter to go quiet before it goes ahead anyway */
const MAX_WRITE_DEFER_MS = 200;

/**
 * The worker's side of a write: `write` (one short transaction) starts only while no request is in
 * flight on the host, and a request arriving meanwhile waits for it to end (enter() above). The
 * flag is raised before the counter is looked at, and the host raises its count before it looks at
 * the flag, so one of them always sees the other: a bill never meets the worker's lock half-way.
 */
export function writeBesideCounter(shared: SharedArrayBuffer | undefined): <T>(write: () => T) => T {
  if (!shared) return (write) => write();
  const cells = new Int32Array(shared);
  const lower = () => {
    Atomics.store(cells, WRITING, 0);
    Atomics.notify(cells, WRITING);
  };
  return (write) => {
    const deadline = performance.now() + MAX_WRITE_DEFER_MS;
    for (;;) {
      for (let busy = Atomics.load(cells, BUSY); busy > 0; busy = Atomics.load(cells, BUSY)) {
        const left = deadline - performance.now();
        if (left <= 0) break;
        Atomics.wait(cells, BUSY, busy, Math.min(left, MAX_WAIT_MS));
      }
      Atomics.store(cells, WRITING, 1);
      if (Atomics.load(cells, BUSY) === 0 || performance.now() >= deadline) break;
      lower();
    }
    try {
      return write();
    } finally {
      lower();
    }
  };
}

/** A worker that stopped mid-write (ended, out of memory) holds no lock any more: requests stop waiting for it. */
export function writerGone(shared: SharedArrayBuffer | undefined): void {
  if (!shared) return;
  const cells = new Int32Array(shared);
  Atomics.store(cells, WRITING, 0);
  Atomics.notify(cells, WRITING);
}
