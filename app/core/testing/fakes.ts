import type { Clock, IdSource } from '../services/ports';

/** A clock that stands still unless a test moves it. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** Predictable ids: inv-0001, inv-0002, prod-0001 … */
export function sequentialIds(): IdSource {
  const counters = new Map<string, number>();
  return {
    newId(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}-${String(n).padStart(4, '0')}`;
    },
  };
}
