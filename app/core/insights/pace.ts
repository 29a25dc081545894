/**
 * A yield point the host hands the engine (the counter gate on the worker's thread): the engine
 * stays pure and calls it between small units of work, so a bill being served meanwhile has the
 * machine to itself for its few milliseconds.
 */
export type Pause = () => void;

export const NO_PAUSE: Pause = () => {};

/** A tick to call once per item of a long loop: it calls `pause` every `every` items (a millisecond or so of work). */
export function pacer(pause: Pause = NO_PAUSE, every = 256): () => void {
  if (pause === NO_PAUSE) return NO_PAUSE;
  let n = 0;
  return () => {
    n += 1;
    if (n < every) return;
    n = 0;
    pause();
  };
}

/** The same items, with the tick between them: for a step that reads an iterable. */
export function* paced<T>(items: Iterable<T>, tick: () => void): Generator<T> {
  for (const item of items) {
    tick();
    yield item;
  }
}
